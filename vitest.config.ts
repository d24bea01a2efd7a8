import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/e2e-firefox/**', 'node_modules/**'],
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
  },
});
