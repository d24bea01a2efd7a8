import type { InlineConfig } from 'vite';

/**
 * The database and settings modules the side panel's views and the options page share (Dexie and its React hook, the
 * traces' queries and updates, the frameworks, the profile and district policy), put in one chunk of the extension
 * pages' build instead of the ten that automatic chunking made of them (each shared by a different set of views,
 * some of a few hundred bytes).
 *
 * Why: a side panel opened by the Capture click fetches the trace editor's chunks with its entry
 * (preload-lazy-entry-chunks.ts), and every file costs the panel's main thread its request, its response and its
 * module record while it starts: 16 files came to ~60 ms of that thread's 330 ms of CPU from the panel's commit to
 * the draft on screen (CDP trace of the real side panel, fastest-path e2e, panel closed, load 16, 2026-12-01).
 *
 * Modules are moved, not copied (each keeps one instance), and not their dependencies: those live in the pages'
 * common chunk (React, zod, the models), which imports nothing from this one, so no chunk cycle can form. Only modules
 * that import nothing lazily belong here: Vite's preload helper for lazy imports lives in the side panel's entry chunk,
 * and a module that needs it would make the options page import (and run) the side panel's entry — the trace's
 * autosave and the export workers' client stay in a chunk of their own for that reason (check-bundles.mjs checks
 * that no page imports another page's entry).
 */
const panelDataModules = [
  /node_modules[\\/]dexie[\\/]/,
  /node_modules[\\/]dexie-react-hooks[\\/]/,
  /[\\/]lib[\\/]db[\\/](schema|traces)\.ts$/,
  /[\\/]lib[\\/]framework[\\/](default-framework|active-framework|framework-labels)\.ts$/,
  /[\\/]lib[\\/]model[\\/]framework\.ts$/,
  /[\\/]lib[\\/]settings[\\/](managed|profile)\.ts$/,
  /[\\/]lib[\\/]capture[\\/]apply-turn-fixes\.ts$/,
  /[\\/]lib[\\/]trace[\\/](create-trace|trace-updates)\.ts$/,
  /[\\/]components[\\/]library[\\/]site-label\.ts$/,
  /[\\/]components[\\/]trace-editor[\\/]use-create-trace\.ts$/,
];

export function isPanelDataModule(id: string): boolean {
  return panelDataModules.some((pattern) => pattern.test(id));
}

/** Adds the group to a build of the extension pages (the side panel's build group). */
export function groupPanelDataChunk(viteConfig: InlineConfig): void {
  viteConfig.build ??= {};
  viteConfig.build.rollupOptions ??= {};
  const { output } = viteConfig.build.rollupOptions;
  if (Array.isArray(output)) throw new Error('groupPanelDataChunk: one output expected');
  viteConfig.build.rollupOptions.output = {
    ...output,
    codeSplitting: {
      groups: [{ name: 'panel-data', test: isPanelDataModule, includeDependenciesRecursively: false }],
    },
  };
}
