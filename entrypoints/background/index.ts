import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handleContentMessage } from '@/lib/background/handle-capture-message';
import { captureActiveTab } from '@/lib/background/action-and-commands';
import { createContextMenus, handleContextMenuClick } from '@/lib/background/context-menus';
import { injectIntoOpenChatTabs } from '@/lib/background/inject-on-install';
import { requestPersistentStorage } from '@/lib/background/storage-persistence';
import { registerOutboxListeners } from '@/lib/upload/register-outbox';
import { registerActionState } from '@/lib/background/action-state';
import { registerSiteAccessListeners } from '@/lib/background/register-site-access';
import { startManagedPolicyCache } from '@/lib/settings/managed-policy-cache';
import { registerHandedOffTraceEdits } from '@/lib/background/save-handed-off-trace-edits';
import { scheduleSearchIndexRecovery } from '@/lib/background/search-index-recovery';

// Routes only; the work is in lib/. Every listener is registered synchronously at start-up so a worker
// woken by an event gets that event (MV3 service workers are stopped and restarted at any time).
export default defineBackground(() => {
  // First: the district policy is read once and kept (capture never waits for managed storage), and its change
  // listener runs before the others that react to a policy change.
  startManagedPolicyCache();
  registerOutboxListeners();
  registerActionState();
  // "Use ShowWork on this site": registrations follow the granted host permissions (at every start, too).
  registerSiteAccessListeners();
  // A closing side panel hands its last unsaved edits over (lib/trace/hand-off-trace-edits.ts).
  registerHandedOffTraceEdits();
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // sendResponse + `return true` works in Chrome, Firefox and WXT's fake browser alike (TOOLCHAIN.md trap 3).
    handleContentMessage(message, sender).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, code: 'internal', message: String(error) }),
    );
    return true;
  });

  browser.action.onClicked.addListener((tab) => captureActiveTab(tab, 'action'));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'capture-trace') return;
    if (tab) captureActiveTab(tab, 'shortcut');
    else
      void browser.tabs
        .query({ active: true, currentWindow: true })
        .then(([active]) => captureActiveTab(active, 'shortcut'));
  });

  browser.contextMenus.onClicked.addListener((info, tab) => void handleContextMenuClick(info, tab));

  browser.runtime.onInstalled.addListener(() => {
    void createContextMenus();
    void injectIntoOpenChatTabs('/content-scripts/chat.js');
    void requestPersistentStorage();
  });
  browser.runtime.onStartup.addListener(() => void requestPersistentStorage());
  scheduleSearchIndexRecovery();
});
