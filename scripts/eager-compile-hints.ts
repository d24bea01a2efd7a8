import type { Plugin } from 'vite';

/** V8's explicit compile hint (Chrome 136+): compile every function of the file eagerly, on the streaming thread. */
export const eagerCompileHint = '//# allFunctionsCalledOnLoad';

/**
 * Puts V8's "all functions called on load" hint first in the chunks a page needs for its first view: its entry
 * chunk, what that imports, and the chunks of `lazyModules` (the views it loads at once) with their imports.
 *
 * Why: V8 compiles a function lazily, on the main thread, the first time it is called. A side panel opened by a
 * Capture click runs React's and the editor's code for the first time on the way to the draft, and those lazy
 * compiles took ~21 ms of its main thread's CPU in a fresh profile (V8.CompileCode, trace of the real side panel,
 * fastest-path's closed-panel case, 3 runs, load 22, 2026-12-01); with the hint they are compiled while the file
 * streams in, off the main thread, which waits for the other files meanwhile (1.4–5.5 ms left on it). Chrome keeps a
 * code cache of these files after the first open, so this matters most for the first open after install. Other
 * browsers read the hint as a comment. Only the first view's chunks carry it: compiling eagerly what runs later (the
 * PDF engine, the library) would spend CPU and memory for nothing.
 */
export function eagerCompileHints(page: string, lazyModules: string[]): Plugin {
  return {
    name: 'showwork:eager-compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const endsWith = (id: string | null, suffix: string) => id?.replaceAll('\\', '/').endsWith(suffix) ?? false;
        // WXT builds the entrypoints in groups: the page is in one of them only.
        const entry = chunks.find((c) => c.isEntry && endsWith(c.facadeModuleId, page));
        if (!entry) return;
        const roots = [
          entry,
          ...lazyModules.map((module) => {
            const chunk = chunks.find((c) => endsWith(c.facadeModuleId, module));
            if (!chunk) throw new Error(`eagerCompileHints: no chunk for ${module} in ${page}`);
            return chunk;
          }),
        ];
        const hinted = new Set<string>();
        const hint = (fileName: string) => {
          const chunk = byFile.get(fileName);
          if (!chunk || hinted.has(fileName)) return;
          hinted.add(fileName);
          // First in the file, as V8 looks for it; a chunk never starts with a hashbang or a directive here.
          if (!chunk.code.startsWith(eagerCompileHint)) chunk.code = `${eagerCompileHint}\n${chunk.code}`;
          for (const imported of chunk.imports) hint(imported);
        };
        for (const root of roots) hint(root.fileName);
      },
    },
  };
}
