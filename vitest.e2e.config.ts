import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium with the built extension (.output/chrome-mv3). One browser at a time:
// the machines here have two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // A real browser on a shared 2-core machine: one retry absorbs a rare slow start, never a real failure twice.
    retry: process.env.CI ? 1 : 0,
  },
});
