import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installI18n } from './i18n-stub';
import { installFakeSiteAccess } from './fake-site-access';
import { lengthenOutcomeWaits, outcomeWaitMs } from './outcome-waits';

// Every wait for an outcome is long (outcome-waits.ts): testing-library's findBy…/waitFor and vi.waitFor alike.
configure({ asyncUtilTimeout: outcomeWaitMs });
lengthenOutcomeWaits();

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
