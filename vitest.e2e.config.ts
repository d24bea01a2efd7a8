import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium with the built extension (.output/chrome-mv3) and headless Firefox ESR with
// .output/firefox-mv3, in one run of three projects.
//
// E2E_WORKERS=2 runs two test files at a time, each in its own browser: a browser test spends much of its time
// waiting (a launch, the extension's worker, IndexedDB, the PDF tools), so two files may share two cores well.
// Nothing is shared between files: every profile and work folder is a fresh mkdtemp, every loopback server listens
// on a port the system picks, and .output is only read (a test that needs a changed build copies it first). One
// file at a time is the default until the whole suite has run green two at a time at a quiet time: its only such run
// was at load 30-40 (other work on the machine), where 22 tests timed out (none failed on a collision) and the
// chromium-alone files, one at a time, timed out too. Six files (auto-record, turn-fixing, options, virtualised-page, redaction, Firefox's
// capture-lands-in-trace) took 262 s two at a time (load 19-31) against 488 s one at a time right after (load 29-38),
// each file about as long either way.
//
// The files whose point is timing or a user action's time window always run last, one at a time, with no second
// browser beside them (chromium-alone: a later sequence.groupOrder than the others'): the first click to a captured trace
// (fastest-path), the side panel opened within the click's user action (panel-open-under-load), the pre-reader's
// first round begun within 150 ms of its start (capture-pre-read), the panel's longest main-thread task while a
// 20,000-word diff runs (trace-editor).
const chromiumFiles = 'tests/e2e/**/*.e2e.test.ts';
const firefoxFiles = 'tests/e2e-firefox/**/*.e2e.test.ts';
const aloneFiles = [
  'tests/e2e/fastest-path.e2e.test.ts',
  'tests/e2e/panel-open-under-load.e2e.test.ts',
  'tests/e2e/capture-pre-read.e2e.test.ts',
  'tests/e2e/trace-editor.e2e.test.ts',
];
const chromiumTimeouts = { testTimeout: 90_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    environment: 'node',
    maxWorkers: Number(process.env.E2E_WORKERS ?? 1),
    // A real browser on a shared 2-core machine: one retry absorbs a rare slow start, never a real failure twice.
    retry: process.env.CI ? 1 : 0,
    projects: [
      {
        extends: true,
        test: {
          name: 'chromium',
          include: [chromiumFiles],
          exclude: aloneFiles,
          sequence: { groupOrder: 1 },
          ...chromiumTimeouts,
        },
      },
      // Firefox starts slower than Chromium, hence the longer timeouts.
      {
        extends: true,
        test: {
          name: 'firefox',
          include: [firefoxFiles],
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 90_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'chromium-alone',
          include: aloneFiles,
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
          ...chromiumTimeouts,
        },
      },
    ],
  },
});
