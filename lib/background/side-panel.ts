import { browser } from 'wxt/browser';

/**
 * Opens the side panel on a tab. Chrome allows this only in response to a user action, so a failure
 * (e.g. the gesture didn't carry over) is not an error: the status is stored and the panel shows it when opened.
 * Firefox has a sidebar instead; `sidebarAction.open()` has the same user-action rule.
 */
export async function openSidePanelForTab(tabId: number): Promise<void> {
  try {
    const api = browser as unknown as {
      sidePanel?: { open(options: { tabId: number }): Promise<void> };
      sidebarAction?: { open(): Promise<void> };
    };
    if (api.sidePanel) await api.sidePanel.open({ tabId });
    else if (api.sidebarAction) await api.sidebarAction.open();
  } catch {
    // Not a user action any more: the toolbar button still opens the panel.
  }
}
