import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installI18n } from './i18n-stub';
import { installFakeSiteAccess } from './fake-site-access';

// Waiting for something that must happen costs nothing when it happens fast, and the official CI runs on a loaded
// two-core machine where a Dexie live query or a lazily loaded module can take seconds (a stress run at load ~25 saw
// 1 s and 10 s waits run out). So every wait for an outcome is long; a wait that runs out means it never happened.
// Tests that show something does *not* happen use their own short, explicit period.
const outcomeWaitMs = 15_000;
configure({ asyncUtilTimeout: outcomeWaitMs });
const waitForOutcome = vi.waitFor;
vi.waitFor = ((callback, options) =>
  waitForOutcome(
    callback,
    typeof options === 'number' ? { timeout: options } : { timeout: outcomeWaitMs, ...options },
  )) as typeof vi.waitFor;

// fakeBrowser.reset() clears spies' targets too: install the i18n stub before every test.
installI18n();
installFakeSiteAccess();
beforeEach(() => {
  installI18n();
  // Host permissions and registered scripts, which the fake browser lacks; tests that need grants install their own.
  installFakeSiteAccess();
  // The fake browser has no sidePanel.onClosed (Chrome 142+; lib/background/side-panel.ts watches it after a
  // successful open): a listener that is never called, as in a browser where no panel gets closed.
  // (Some tests take sidePanel away to play Firefox.)
  const onClosed = (fakeBrowser as { sidePanel?: { onClosed?: object } }).sidePanel?.onClosed;
  if (onClosed) vi.spyOn(onClosed as typeof fakeBrowser.sidePanel.onClosed, 'addListener').mockImplementation(() => {});
});
afterEach(async () => {
  // What the background handed over after answering (search index, panel status) finishes inside its test.
  await (await import('../lib/background/after-reply')).settleAfterReplyWork();
  cleanup();
  fakeBrowser.reset();
  // The background's policy cache is module state, like a worker's memory: each test starts a fresh worker.
  // Imported here, not at the top: importing storage before the fake browser is installed breaks it.
  (await import('../lib/settings/managed-policy-cache')).resetManagedPolicyCacheForTests();
});
