import { browser } from 'wxt/browser';
import { openFirefoxSidebar } from './firefox-sidebar';

/**
 * Opens the side panel on a tab. Chrome allows this only in response to a user action, so a failure
 * (e.g. the gesture didn't carry over) is not an error: the status is stored and the panel shows it when opened.
 * Firefox has a sidebar instead, with the same user-action rule (./firefox-sidebar.ts).
 */
export async function openSidePanelForTab(tabId: number): Promise<void> {
  try {
    const api = browser as unknown as {
      sidePanel?: { open(options: { tabId: number }): Promise<void> };
    };
    if (api.sidePanel) await api.sidePanel.open({ tabId });
    else await openFirefoxSidebar();
  } catch {
    // Not a user action any more: the toolbar button still opens the panel.
  }
}
