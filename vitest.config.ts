import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { slowFilesFirst } from './tests/slow-files-first.ts';

// Test files that share one module graph (and, for the DOM group, one happy-dom window) per worker: `isolate: false`.
// Each of them otherwise re-imports its module graph and builds an environment, which cost more than half of the
// unit suite's time. A file may share only if nothing it does outlives it: it mocks no module (vi.mock needs a fresh
// graph), opens no Dexie database, uses the fake browser for nothing but i18n (whose stub is reinstalled before every
// test), stubs no global it does not restore, and relies on no module state that another file could have changed
// (caches of pure results, such as the Markdown escaper's link targets, give the same answer whoever filled them).
// Vitest still restores every spy between files; tests/setup-pure.ts empties the shared document before each file.
//
// The redaction engine: pure functions over text, no DOM, no mocks (the folder took 691 s isolated against 222 s
// shared, back to back at load ~16). Its component tests (.tsx) render React and stay in `unit`.
const redactionEngineTests = ['tests/redaction/**/*.test.ts'];
// Pure functions with no DOM: the exporters (PDF, Markdown, JSON, Open Badges; fonts read from node_modules), word
// diffs, protocol and schema checks, build scripts, locale files (not the portal contract: its portal client's module
// reads extension storage, so it needs the fake browser of unit-no-react). The PDF files that render through
// tests/export/pdf-helpers.ts share its font loader, so a file's first render may use fonts parsed by an earlier file
// (reused-fonts.ts caches per loader), as the extension's own export worker does; reused-fonts.test.ts, which shows
// such a PDF is byte for byte the one made from fresh files, stays isolated for now: its first test ran past 90 s in
// both shared runs at load ~28-40, but side by side with main's isolated run of that test it did the same (376 s
// shared, 417 s isolated, load ~40): the machine, not sharing. Worth moving here when measured at a quieter time.
const pureNodeTests = [
  'tests/export/markdown-json.test.ts',
  'tests/export/open-badges.test.ts',
  'tests/export/pdf-fit.test.ts',
  'tests/export/pdf-layout.test.ts',
  'tests/export/pdf-tools.test.ts',
  'tests/export/redact.test.ts',
  'tests/export/verify.test.ts',
  'tests/artifact/artifact-source-pdf.test.ts',
  'tests/panel/export-warm-up-document.test.ts',
  'tests/panel/export-worker-queue.test.ts',
  'tests/trace/diff.test.ts',
  'tests/trace/diff-client.test.ts',
  'tests/trace/fold-merged-turns.test.ts',
  'tests/trace/onp-diff.test.ts',
  'tests/trace/readiness.test.ts',
  'tests/trace-document/fingerprint.test.ts',
  'tests/messaging/protocol.test.ts',
  'tests/site-access/web-site-patterns.test.ts',
  'tests/framework/json-positions.test.ts',
  'tests/upload/locale-keys.test.ts',
  'tests/upgrade/build-release.test.ts',
  'tests/scripts/*.test.ts',
  'tests/assets/icons.test.ts',
  'tests/components/trace-editor/editor-locales.test.ts',
  'tests/capture/content-hash.test.ts',
  'tests/capture/count-non-space.test.ts',
  'tests/capture/merge-turn-windows.test.ts',
];
// Readers over parsed pages: the site adapters, the structural reader, the page-reading helpers of the content
// script. They parse their own documents (DOMParser) or build a page in the shared document's body, and disconnect
// their observers after each test; site-layouts.test.ts spies on DOM prototypes, restored after each test.
// structural/hostile.test.ts stays isolated: its 50,000-element page ran past its 300 s limit in both shared runs
// (353 s and 463 s at load ~25-40; 97 s isolated at load ~30).
const pureDomTests = [
  'tests/adapters/*.test.ts',
  'tests/adapters/structural/conversation-title.test.ts',
  'tests/adapters/structural/fidelity.test.ts',
  'tests/adapters/structural/general-signals.test.ts',
  'tests/adapters/structural/message-notes.test.ts',
  'tests/adapters/structural/messenger-dialog.test.ts',
  'tests/adapters/structural/plausibility.test.ts',
  'tests/adapters/structural/read-structurally.test.ts',
  'tests/adapters/structural/thread-anchors.test.ts',
  'tests/artifact/serialize-selection.test.ts',
  'tests/capture/auto-recorder.test.ts',
  'tests/capture/pre-reader-first-round.test.ts',
  'tests/capture/pre-reader-up-to-date.test.ts',
  'tests/capture/site-reading-gate.test.ts',
  'tests/capture/structural-choice.test.ts',
  'tests/capture/turn-reading-cache.test.ts',
  'tests/capture/web-page-signals.test.ts',
  'tests/messaging/text-from-markdown.test.ts',
];
const pureSetup = ['tests/setup-pure.ts'];
// Started first, slowest first (tests/slow-files-first.ts): every file over 4 s in the clean-clone CI run of
// 2 Dec 2026 (load 2-12), where Vitest's order by file size started reused-fonts (23 s) 216th of 221 files and the
// other worker then waited for it.
const slowFiles = [
  'tests/export/reused-fonts.test.ts',
  'tests/adapters/structural/hostile.test.ts',
  'tests/capture/capture-parts.test.ts',
  'tests/adapters/structural/fidelity.test.ts',
  'tests/export/pdf-tools.test.ts',
  'tests/export/pdf-fit.test.ts',
  'tests/trace/diff.test.ts',
  'tests/redaction/corpus.test.ts',
  'tests/adapters/generate-conversation.test.ts',
  'tests/components/trace-editor/trace-editor.test.tsx',
  'tests/redaction/every-export-path.test.tsx',
  'tests/panel/export-worker-client.test.ts',
  'tests/panel/export-scan-worker.test.ts',
];
const unitExclude = ['tests/e2e/**', 'tests/e2e-firefox/**', 'node_modules/**'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Two cores here: keep workers to what the machine has.
    maxWorkers: 2,
    // Long enough for a PDF render or a whole-corpus scan on a loaded machine (a stress run at load ~25 saw
    // 1.5-second tests pass 20 s); a hung test still fails.
    testTimeout: 90_000,
    // Hooks too: setup.ts's afterEach imports and settles the background's handed-over work, and at load ~40 a base
    // run saw it pass the default 10 s and fail two tests that had passed.
    hookTimeout: 90_000,
    // Like the end-to-end suite: on a shared 2-core machine one retry absorbs a race with the machine, never a real
    // failure twice.
    retry: process.env.CI ? 1 : 0,
    restoreMocks: true,
    sequence: { sequencer: slowFilesFirst(slowFiles) },
    // Set-up files are per project: a project's list is added to the root's, so the root names none.
    projects: [
      // Component tests: React with testing-library and jest-dom, a fresh module graph and happy-dom per file.
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          setupFiles: ['fake-indexeddb/auto', 'tests/setup.ts'],
          include: ['tests/**/*.test.tsx'],
          exclude: unitExclude,
        },
      },
      // Browser-facing code with no React (background, storage, upload, capture): a fresh module graph, fake browser
      // and IndexedDB per file as before, without importing testing-library, React DOM and jest-dom into each.
      {
        extends: true,
        test: {
          name: 'unit-no-react',
          environment: 'happy-dom',
          setupFiles: ['fake-indexeddb/auto', 'tests/setup-browser.ts'],
          include: ['tests/**/*.test.ts'],
          exclude: [...unitExclude, ...redactionEngineTests, ...pureNodeTests, ...pureDomTests],
        },
      },
      {
        extends: true,
        test: {
          name: 'redaction-engine',
          environment: 'node',
          setupFiles: [...pureSetup, 'tests/setup-people-tagger.ts'],
          include: redactionEngineTests,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'pure-node',
          environment: 'node',
          setupFiles: [...pureSetup, 'tests/setup-people-tagger.ts'],
          include: pureNodeTests,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'pure-dom',
          environment: 'happy-dom',
          setupFiles: pureSetup,
          include: pureDomTests,
          isolate: false,
        },
      },
    ],
  },
});
