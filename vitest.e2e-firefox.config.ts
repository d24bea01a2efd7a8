import { defineConfig } from 'vitest/config';

// Firefox end-to-end tests: headless Firefox ESR (puppeteer-core over WebDriver BiDi) with the built extension
// (.output/firefox-mv3). One browser at a time on the two-core machines here; Firefox starts slower than
// Chromium, hence the generous timeouts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 90_000,
    // As in the Chromium suite: one retry on CI absorbs a rare slow start, never a real failure twice.
    retry: process.env.CI ? 1 : 0,
  },
});
