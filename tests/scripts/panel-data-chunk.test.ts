import { expect, test } from 'vitest';
import type { InlineConfig } from 'vite';
import { groupPanelDataChunk, isPanelDataModule } from '../../scripts/panel-data-chunk';

test('the shared data modules are grouped, with either path separator', () => {
  for (const id of [
    '/repo/node_modules/dexie/dist/dexie.js',
    '/repo/node_modules/dexie-react-hooks/dist/dexie-react-hooks.mjs',
    '/repo/lib/db/schema.ts',
    'C:\\repo\\lib\\db\\traces.ts',
    '/repo/lib/settings/profile.ts',
    '/repo/components/trace-editor/use-create-trace.ts',
  ])
    expect(isPanelDataModule(id), id).toBe(true);
});

test('modules that import lazily (and so need the side panel entry’s preload helper) are left out', () => {
  for (const id of [
    '/repo/lib/trace/trace-autosave.ts',
    '/repo/lib/panel/export-worker-client.ts',
    '/repo/lib/db/search-index.ts',
    '/repo/entrypoints/sidepanel/App.tsx',
    '/repo/node_modules/react-dom/index.js',
  ])
    expect(isPanelDataModule(id), id).toBe(false);
});

test("the group is added to the pages' build without losing WXT's file names", () => {
  const config: InlineConfig = {
    build: { rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js', entryFileNames: '[name].js' } } },
  };
  groupPanelDataChunk(config);
  const output = config.build!.rollupOptions!.output as Record<string, unknown>;
  expect(output).toMatchObject({
    chunkFileNames: 'chunks/[name]-[hash].js',
    entryFileNames: '[name].js',
    codeSplitting: { groups: [{ name: 'panel-data', includeDependenciesRecursively: false }] },
  });
});
