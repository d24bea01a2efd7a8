import { beforeEach, vi } from 'vitest';
import { installI18n } from './i18n-stub';
import { lengthenOutcomeWaits } from './outcome-waits';

// The set-up for test files that share one module graph per worker (vitest.config.ts says which and why): they
// render no React, keep nothing in the fake browser or IndexedDB, and mock no module, so testing-library, jest-dom,
// fake-indexeddb and setup.ts's resets would cost each file an import and each test a reset for nothing. What they do
// need: the adapters' and exports' messages come from browser.i18n (lib/i18n/t.ts), answered from the real locale
// files; and waits as long as everywhere else.
lengthenOutcomeWaits();
// restoreMocks undoes the i18n spy before each test: install it again, as setup.ts does.
installI18n();
beforeEach(() => installI18n());
// Setup files run again before every test file, shared graph or not: each file starts as it would in a worker of its
// own. Vitest restores spies between files but not a fake clock or stubbed globals (checked with two probe files:
// a file that left fake timers, a stubbed global and a filled body behind saw the next file get all three), and a
// file that shares the worker's DOM (happy-dom with isolate: false) would see the last file's document.
vi.useRealTimers();
vi.unstubAllGlobals();
vi.unstubAllEnvs();
if (typeof document !== 'undefined') {
  document.head.replaceChildren();
  document.body.replaceChildren();
}
