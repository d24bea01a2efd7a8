import { browser, type Browser } from 'wxt/browser';
import { findSiteForUrl } from '../adapters/site-for-url';
import { captureStatusItem } from '../capture/capture-status';
import { t } from '../i18n/t';
import { captureHostAttribute } from '../content/capture-button';

/**
 * Firefox treats a Manifest V3 extension's host permissions as the user's choice: they can be withheld at install
 * or switched off later (about:addons → ShowWork → Permissions, or the extensions panel). Without the one for an
 * AI site, Firefox does not run the content script there: no Capture button, and the toolbar button, the shortcut
 * and the menu could only say "reload the tab", which would not help (seen in Firefox ESR 153, Nov 2026; the
 * Firefox end-to-end test checks it).
 *
 * So in Firefox, a capture started by the teacher (toolbar button, Alt+Shift+T, context menu) first asks for
 * that site's host permission. Firefox accepts `permissions.request` only while it is handling the user's
 * action, so this must be called synchronously from the listener, before any `await`. When the permission is
 * already granted Firefox answers `true` at once, with no prompt. Chrome grants host permissions at install, so
 * it never takes this path.
 */

/** True in Firefox (its extension pages are moz-extension://). */
export function isFirefox(): boolean {
  return browser.runtime.getURL('/').startsWith('moz-extension:');
}

/** The host permission a capture on `url` needs: `https://<host>/*` of a known AI site, else undefined. */
export function siteAccessPattern(url: string | undefined): string | undefined {
  if (!url || !findSiteForUrl(url)) return undefined;
  return `https://${new URL(url).hostname}/*`;
}

/**
 * In Firefox on a known AI site: asks for the site's host permission (from the user action), makes sure the
 * content script runs in the tab, then runs `capture`; if the teacher declines, the panel says how to allow it.
 * Returns undefined when there is nothing to ask (not Firefox, or not an AI site): the caller captures as usual.
 */
export function captureWithFirefoxSiteAccess(
  tab: Browser.tabs.Tab,
  capture: () => Promise<void>,
): Promise<void> | undefined {
  const pattern = siteAccessPattern(tab.url);
  if (tab.id === undefined || pattern === undefined || !isFirefox()) return undefined;
  const tabId = tab.id;
  // Synchronous, inside the user action: Firefox refuses the request after an `await`.
  const granted = browser.permissions.request({ origins: [pattern] }).catch(() => false);
  return granted.then(async (isGranted) => {
    if (!isGranted) {
      await captureStatusItem.setValue({
        ok: false,
        message: t('firefox_siteAccessNeeded', new URL(tab.url!).hostname),
        tabId,
        at: Date.now(),
      });
      return;
    }
    await ensureContentScript(tabId);
    await capture();
  });
}

/** The content script's file in the build (WXT names it after the entrypoint, chat.content → chat.js). */
const contentScriptFile = '/content-scripts/chat.js';

/**
 * A permission granted just now does not inject into pages already open: inject the content script unless its
 * button is already there (a second copy would answer every capture twice).
 */
async function ensureContentScript(tabId: number): Promise<void> {
  try {
    const [probe] = await browser.scripting.executeScript({
      target: { tabId },
      func: (selector: string) => document.querySelector(selector) !== null,
      args: [`[${captureHostAttribute}]`],
    });
    if (probe?.result === true) return;
    await browser.scripting.executeScript({ target: { tabId }, files: [contentScriptFile] as never[] });
  } catch {
    // A tab that is loading or an error page: the capture request below then asks for a reload.
  }
}
