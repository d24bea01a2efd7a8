import { browser, type Browser } from 'wxt/browser';
import { chatSiteMatches } from '../adapters/site-hosts';
import { captureStatusItem } from '../capture/capture-status';
import { conversationFromSelection } from '../capture/selection-capture';
import { mergeCapturedConversation } from '../capture/merge-capture';
import { getDatabase } from '../db/schema';
import { captureActiveTab, requestCaptureInTab } from './action-and-commands';
import { describeStorageError } from './storage-errors';
import { capturedMessage } from './handle-capture-message';
import { openSidePanelForTab } from './side-panel';

export const menuIds = {
  selectionAsPrompt: 'showwork-selection-prompt',
  selectionAsOutput: 'showwork-selection-output',
  captureConversation: 'showwork-capture-conversation',
} as const;

/** Menus persist across worker restarts; (re)create them on install and update only. */
export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  const message = (key: string, fallback: string) => browser.i18n.getMessage(key) || fallback;
  browser.contextMenus.create({
    id: menuIds.selectionAsPrompt,
    title: message('menu_selectionAsPrompt', 'Capture selection as prompt'),
    contexts: ['selection'],
  });
  browser.contextMenus.create({
    id: menuIds.selectionAsOutput,
    title: message('menu_selectionAsOutput', 'Capture selection as AI output'),
    contexts: ['selection'],
  });
  browser.contextMenus.create({
    id: menuIds.captureConversation,
    title: message('menu_captureConversation', 'Capture trace of this AI conversation'),
    contexts: ['page'],
    documentUrlPatterns: chatSiteMatches,
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
      message: browser.i18n.getMessage('capture_emptySelection') || 'Select some text first, then capture it.',
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
