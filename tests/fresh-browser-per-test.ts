import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installI18n } from './i18n-stub';
import { installFakeSiteAccess } from './fake-site-access';

/**
 * Gives every test a fresh fake browser: the i18n stub, host permissions and registered scripts, a quiet
 * sidePanel.onClosed, and after the test the background's handed-over work settled, the fake browser and the policy
 * cache reset. `beforeReset` runs between settling and resetting (setup.ts unmounts what testing-library rendered).
 */
export function freshBrowserPerTest(beforeReset: () => void = () => {}): void {
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
    if (onClosed)
      vi.spyOn(onClosed as typeof fakeBrowser.sidePanel.onClosed, 'addListener').mockImplementation(() => {});
  });
  afterEach(async () => {
    // What the background handed over after answering (search index, panel status) finishes inside its test.
    await (await import('../lib/background/after-reply')).settleAfterReplyWork();
    beforeReset();
    fakeBrowser.reset();
    // The background's policy cache is module state, like a worker's memory: each test starts a fresh worker.
    // Imported here, not at the top: importing storage before the fake browser is installed breaks it.
    (await import('../lib/settings/managed-policy-cache')).resetManagedPolicyCacheForTests();
  });
}
