import { browser, type Browser } from 'wxt/browser';
import { CaptureNowResult, type CaptureTrigger } from '../messaging/protocol';
import { captureStatusItem } from '../capture/capture-status';
import { findSiteForUrl } from '../adapters/site-for-url';
import { openSidePanelForTab } from './side-panel';
import { captureOtherPage } from './one-off-capture';
import { t } from '../i18n/t';
import { captureWithFirefoxSiteAccess } from './firefox-site-access';

/**
 * The toolbar button and the keyboard shortcut: open the panel at once (while the user action is fresh),
 * then ask the tab's content script to capture. On any other page, the content script of a site the teacher
 * allowed captures it, or the page is read once (one-off-capture.ts); if it can't be read, the panel says so
 * and points to selection capture.
 */
export function captureActiveTab(tab: Browser.tabs.Tab | undefined, trigger: CaptureTrigger): void {
  if (tab?.id === undefined) return;
  void openSidePanelForTab(tab.id);
  // Firefox: the AI site's host permission is the user's to grant; ask for it from this action first.
  void (
    captureWithFirefoxSiteAccess(tab, () => requestCaptureInTab(tab, trigger)) ?? requestCaptureInTab(tab, trigger)
  );
}

export async function requestCaptureInTab(tab: Browser.tabs.Tab, trigger: CaptureTrigger): Promise<void> {
  const tabId = tab.id!;
  if (!tab.url || !findSiteForUrl(tab.url)) {
    await captureOtherPage(tabId, trigger);
    return;
  }
  try {
    const raw = await browser.tabs.sendMessage(tabId, { type: 'background→content:capture-now', trigger });
    const result = CaptureNowResult.safeParse(raw);
    if (!result.success) throw new Error('no answer');
    // The content script's capture message already stored the outcome.
  } catch {
    await captureStatusItem.setValue({
      ok: false,
      message: t('capture_reloadTab'),
      tabId,
      at: Date.now(),
    });
  }
}

export function unrecognisedPageMessage(): string {
  return t('capture_unrecognisedPage');
}
