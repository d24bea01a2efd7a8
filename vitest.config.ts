import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The redaction engine's tests (pure functions over text, no DOM, no mocks) share one module graph per worker: each
// of its 51 files otherwise re-imports the engine, its word lists and compromise, and builds a DOM it never uses
// (the folder took 691 s that way against 222 s shared, back to back at load ~16). Component and browser-API tests
// keep a fresh module graph and happy-dom per file.
const redactionEngineTests = ['tests/redaction/**/*.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    setupFiles: ['fake-indexeddb/auto', 'tests/setup.ts'],
    // Two cores here: keep workers to what the machine has.
    maxWorkers: 2,
    // Long enough for a PDF render or a whole-corpus scan on a loaded machine (a stress run at load ~25 saw
    // 1.5-second tests pass 20 s); a hung test still fails.
    testTimeout: 90_000,
    // Like the end-to-end suite: on a shared 2-core machine one retry absorbs a race with the machine, never a real
    // failure twice.
    retry: process.env.CI ? 1 : 0,
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'tests/e2e-firefox/**', 'node_modules/**', ...redactionEngineTests],
        },
      },
      {
        extends: true,
        test: { name: 'redaction-engine', environment: 'node', include: redactionEngineTests, isolate: false },
      },
    ],
  },
});
