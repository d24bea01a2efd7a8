import { browser, type Browser } from 'wxt/browser';
import { captureStatusItem } from '../capture/capture-status';
import { conversationFromSelection } from '../capture/selection-capture';
import { mergeCapturedConversation } from '../capture/merge-capture';
import { getDatabase } from '../db/schema';
import { captureActiveTab, requestCaptureInTab } from './action-and-commands';
import { describeStorageError } from './storage-errors';
import { capturedMessage } from './handle-capture-message';
import { openSidePanelForTab } from './side-panel';
import { createSiteAccessMenu } from './site-access-menu';
import { useSelectionAsArtifact } from './use-as-artifact';
import { t } from '../i18n/t';

export const menuIds = {
  selectionAsPrompt: 'showwork-selection-prompt',
  selectionAsOutput: 'showwork-selection-output',
  captureConversation: 'showwork-capture-conversation',
  useAsArtifact: 'showwork-use-as-artifact',
} as const;

/** Menus persist across worker restarts; (re)create them on install and update only. */
export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: menuIds.selectionAsPrompt,
    title: t('menu_selectionAsPrompt'),
    contexts: ['selection'],
  });
  browser.contextMenus.create({
    id: menuIds.selectionAsOutput,
    title: t('menu_selectionAsOutput'),
    contexts: ['selection'],
  });
  browser.contextMenus.create({
    id: menuIds.captureConversation,
    title: t('menu_captureConversation'),
    // On every page: an AI site or an allowed site captures with its content script, any other page once
    // through activeTab (one-off-capture.ts).
    contexts: ['page'],
  });
  createSiteAccessMenu();
  // Any page where the teacher wrote the final artifact (a document, a slide, an LMS page).
  browser.contextMenus.create({
    id: menuIds.useAsArtifact,
    title: t('flow_menuUseAsArtifact'),
    contexts: ['selection'],
  });
}

/**
 * A menu click grants activeTab for that tab, which is all a selection capture needs: the selected text
 * comes with the click, the page address and title with the tab. No all-sites permission.
 */
export async function handleContextMenuClick(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
): Promise<void> {
  if (info.menuItemId === menuIds.captureConversation) {
    captureActiveTab(tab, 'menu');
    return;
  }
  if (info.menuItemId === menuIds.useAsArtifact) {
    if (tab?.id === undefined) return;
    void openSidePanelForTab(tab.id); // before any await: the click's user action is current only now
    await useSelectionAsArtifact(getDatabase(), info, tab);
    return;
  }
  const role =
    info.menuItemId === menuIds.selectionAsPrompt
      ? 'user'
      : info.menuItemId === menuIds.selectionAsOutput
        ? 'assistant'
        : undefined;
  if (!role || tab?.id === undefined) return;
  void openSidePanelForTab(tab.id);
  const pageUrl = tab.url ?? info.pageUrl;
  const text = info.selectionText?.trim() ?? '';
  if (!pageUrl || !text) {
    await captureStatusItem.setValue({
      ok: false,
      message: t('capture_emptySelection'),
      tabId: tab.id,
      at: Date.now(),
    });
    return;
  }
  try {
    const conversation = conversationFromSelection(text, role, { url: pageUrl, title: tab.title ?? '' });
    const result = await mergeCapturedConversation(getDatabase(), conversation);
    await captureStatusItem.setValue({
      ok: true,
      message: capturedMessage(result.added),
      tabId: tab.id,
      site: 'selection',
      conversationId: result.conversationId,
      at: Date.now(),
    });
  } catch (error) {
    await captureStatusItem.setValue({ ok: false, ...describeStorageError(error), tabId: tab.id, at: Date.now() });
  }
}

export { requestCaptureInTab };
