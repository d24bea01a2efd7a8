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
    testTimeout: 20_000,
    restoreMocks: true,
  },
});
