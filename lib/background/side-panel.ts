import { browser } from 'wxt/browser';

interface PanelApis {
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void>; isOpen(details: { windowId?: number }): Promise<boolean> };
  runtime: {
    getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
  };
}

const apis = () => browser as unknown as PanelApis;

/** Open attempts still in flight, per tab, so "is the panel open?" can wait for one that just started. */
const pendingOpens = new Map<number, Promise<boolean>>();

/**
 * Opens the side panel on a tab; resolves true when it opened. Call it synchronously from the event of the
 * teacher's action (toolbar click, shortcut, menu click, or the in-page button's message): Chrome allows it
 * only while that user action is current, and Firefox's `sidebarAction.open()` only from a user-action
 * handler (a content script's message is not one there). A refusal is not an error: the route is stored, and
 * the panel shows it when the teacher opens it.
 */
export function openSidePanelForTab(tabId: number): Promise<boolean> {
  const attempt = (async () => {
    try {
      const api = apis();
      if (api.sidePanel) await api.sidePanel.open({ tabId });
      else if (api.sidebarAction) await api.sidebarAction.open();
      else return false;
      return true;
    } catch {
      return false;
    }
  })();
  pendingOpens.set(tabId, attempt);
  void attempt.finally(() => {
    if (pendingOpens.get(tabId) === attempt) pendingOpens.delete(tabId);
  });
  return attempt;
}

/**
 * Whether ShowWork's panel is showing in this window: Chrome lists it among the extension's contexts
 * (runtime.getContexts, Chrome 116+); Firefox answers with sidebarAction.isOpen. An open attempt for the
 * tab that is still in flight is waited for first.
 */
export async function isSidePanelOpen(windowId: number, tabId?: number): Promise<boolean> {
  const pending = tabId === undefined ? undefined : pendingOpens.get(tabId);
  if (pending && (await pending)) return true;
  const api = apis();
  try {
    if (api.sidePanel && api.runtime.getContexts) {
      // Chromium 156 reports the side panel's windowId as -1 (seen in e2e, 2026-11): filter by hand.
      const contexts = (await api.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })) as { windowId?: number }[];
      return contexts.some((context) => context.windowId === windowId || context.windowId === -1);
    }
    if (api.sidebarAction) return await api.sidebarAction.isOpen({ windowId });
  } catch {
    // An older browser without these: say nothing was opened, which only makes the status more cautious.
  }
  return false;
}
