import { defineConfig } from 'vitest/config';
import { slowFilesFirst } from './tests/slow-files-first.ts';

// End-to-end tests: real Chromium with the built extension (.output/chrome-mv3) and headless Firefox ESR with
// .output/firefox-mv3, in one run of three projects.
//
// Two test files run at a time (E2E_WORKERS=1 for one), each in its own browser: a browser test spends much of its
// time waiting (a launch, the extension's worker, IndexedDB, the PDF tools), so two files share two cores well.
// Nothing is shared between files: every profile and work folder is a fresh mkdtemp, every loopback server listens
// on a port the system picks, and .output is only read (a test that needs a changed build copies it first). Measured
// (ci17 and the lead, 2 Dec 2026): two at a time at load 30-40 timed out 22 tests (none failed on a collision);
// at load 2-30 (the lead's scoring runs beside it) all 78 passed in 892 s; six files took 262 s two at a time
// (load 19-31) against 488 s one at a time right after (load 29-38).
//
// The files whose point is timing or a user action's time window always run last, one at a time, with no second
// browser beside them (chromium-alone: a later sequence.groupOrder than the others'): the first click to a captured trace
// (fastest-path), the side panel opened within the click's user action (panel-open-under-load), the pre-reader's
// first round begun within 150 ms of its start (capture-pre-read), the panel's longest main-thread task while a
// 20,000-word diff runs (trace-editor-long-diff). Only those tests: the trace editor's others and the pre-reader's
// exactness check outcomes and run two at a time (trace-editor, capture-pre-read-exact: 68 s of the 86 s their
// whole files took alone in CI at load ~10, moved out of the tail, where one core idles).
const chromiumFiles = 'tests/e2e/**/*.e2e.test.ts';
const firefoxFiles = 'tests/e2e-firefox/**/*.e2e.test.ts';
const aloneFiles = [
  'tests/e2e/fastest-path.e2e.test.ts',
  'tests/e2e/panel-open-under-load.e2e.test.ts',
  'tests/e2e/capture-pre-read.e2e.test.ts',
  'tests/e2e/trace-editor-long-diff.e2e.test.ts',
];
// The files two at a time start longest first (tests/slow-files-first.ts), so the two workers end together: every
// file over 30 s in the clean-clone CI run of 2 Dec 2026 (load 2-12), slowest first; the others follow by size.
const slowFiles = [
  'tests/e2e/portals.e2e.test.ts',
  'tests/e2e/capture.e2e.test.ts',
  'tests/e2e/site-access.e2e.test.ts',
  'tests/e2e/upgrade.e2e.test.ts',
  'tests/e2e/capture-lands-in-trace.e2e.test.ts',
  'tests/e2e/trace-editor.e2e.test.ts',
  'tests/e2e/export.e2e.test.ts',
  'tests/e2e/flow-views-axe.e2e.test.ts',
  'tests/e2e-firefox/capture.e2e.test.ts',
  'tests/e2e/capture-parts.e2e.test.ts',
  'tests/e2e-firefox/sidebar.e2e.test.ts',
];
const chromiumTimeouts = { testTimeout: 90_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    environment: 'node',
    maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
    // A real browser on a shared 2-core machine: one retry absorbs a rare slow start, never a real failure twice.
    retry: process.env.CI ? 1 : 0,
    // expect.poll waits 1 s by default: a database write after a click in a loaded browser can take longer (a
    // capture-lands-in-trace poll for the new draft failed so at load 13, 2026-12-02). A poll that has its own timeout keeps it.
    expect: { poll: { timeout: 15_000 } },
    sequence: { sequencer: slowFilesFirst(slowFiles) },
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
