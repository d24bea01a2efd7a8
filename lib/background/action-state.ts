import { browser, type Browser } from 'wxt/browser';
import { findSiteForUrl } from '../adapters/site-for-url';
import { t } from '../i18n/t';
import { autoRecordStorageKey } from '../settings/auto-record-key';
import { autoRecordItem } from '../settings/auto-record';
import { mergeAutoRecord } from '../settings/managed';
import { managedPolicyWhenKnown } from '../settings/managed-policy-cache';

/** Badge colour while recording: the UI's danger red (#b91c1c, components/common/base.css), AA on white text. */
export const recordingBadgeColor = '#b91c1c';

/** Whether auto-record is on for the site of `url`, with the district's policy taking precedence. */
export async function isAutoRecordingUrl(url: string | undefined): Promise<boolean> {
  const site = url ? findSiteForUrl(url) : undefined;
  if (!site) return false;
  const { value } = mergeAutoRecord((await autoRecordItem.getValue()) ?? {}, await managedPolicyWhenKnown());
  return value[site] === true;
}

/**
 * Shows on the toolbar button, per tab, that ShowWork is recording this site on its own: a "REC" badge and a
 * title that says so. Tabs where it isn't get the plain button back. Per-tab values, so switching tabs
 * shows each tab's own state without a global repaint.
 */
export async function updateActionForTab(tab: Pick<Browser.tabs.Tab, 'id' | 'url'>): Promise<void> {
  if (tab.id === undefined || tab.id < 0) return;
  const tabId = tab.id;
  const recording = await isAutoRecordingUrl(tab.url);
  try {
    if (recording) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: recordingBadgeColor });
      await browser.action.setBadgeText({ tabId, text: t('actionState_badge') });
      await browser.action.setTitle({ tabId, title: t('actionState_titleRecording') });
    } else {
      await browser.action.setBadgeText({ tabId, text: '' });
      await browser.action.setTitle({ tabId, title: t('actionTitle') });
    }
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}

/** Every open tab (after a setting or policy change, and at start-up). */
export async function updateActionForAllTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => updateActionForTab(tab)));
}

/**
 * Registered synchronously at worker start-up: tab switches, navigations (a tab's URL, i.e. its site, changes)
 * and changes to the auto-record setting or the district policy keep the button's state true.
 */
export function registerActionState(): void {
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs.get(tabId).then(updateActionForTab, () => undefined);
  });
  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    // A navigation can change the site (and browsers may drop per-tab values then): repaint on the new URL and once loaded.
    if (changeInfo.url !== undefined || changeInfo.status === 'complete')
      void updateActionForTab({ ...tab, id: tabId });
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'local' || area === 'managed') && autoRecordStorageKey in changes) void updateActionForAllTabs();
  });
  void updateActionForAllTabs();
}
