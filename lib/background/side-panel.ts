import { browser } from 'wxt/browser';

interface PanelApis {
  sidePanel?: {
    open(options: { tabId: number }): Promise<void>;
    /** Chrome 142+: the panel of a window (tabId set when it was a tab's own panel) was closed. */
    onClosed?: { addListener(listener: (info: { tabId?: number; windowId: number }) => void): void };
  };
  sidebarAction?: { open(): Promise<void>; isOpen(details: { windowId?: number }): Promise<boolean> };
  runtime: {
    getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
  };
}

const apis = () => browser as unknown as PanelApis;

/**
 * The latest open attempt per tab, kept after it settles, for the capture that follows the click: Chrome lists the
 * panel among the extension's contexts only once its document has started, which on a loaded machine came after the
 * open had resolved and after a small capture had landed (fastest-path e2e, panel closed, load 12, 2026-12-01:
 * `sidePanel.open()` resolved 22 ms after the click, `getContexts` answered [] at 43 ms, the panel started at 214 ms),
 * and the page said "click the ShowWork toolbar button" beside the open panel. Chrome's user-action window was not
 * the cause: a worker woken by the click, or busy for 8 s before it, still opened the panel (e2e
 * panel-open-under-load). An open that succeeded this long ago still answers for the capture it came with.
 */
const recentOpens = new Map<number, { attempt: Promise<boolean>; at: number }>();
export const openRememberedMs = 60_000;

/**
 * A panel the teacher closes no longer counts as opened. Watched from the first open on, not from start-up: the
 * opens it forgets live in this worker's memory, so a worker that starts again has nothing to forget.
 * A close that names no tab may be any tab's panel: all are forgotten (the answer then comes from Chrome's contexts).
 */
let isWatchingCloses = false;
function forgetOpensWhenPanelsClose(api: PanelApis): void {
  if (isWatchingCloses || !api.sidePanel?.onClosed) return;
  isWatchingCloses = true;
  api.sidePanel.onClosed.addListener(({ tabId }) => {
    if (tabId === undefined) recentOpens.clear();
    else recentOpens.delete(tabId);
  });
}

/**
 * Opens the side panel on a tab; resolves true when it opened. Call it synchronously from the event of the
 * teacher's action (toolbar click, shortcut, menu click, or the in-page button's message): Chrome allows it
 * only while that user action is current, and Firefox's `sidebarAction.open()` only from a user-action
 * handler (a content script's message is not one there). A refusal is not an error: the route is stored, and
 * the panel shows it when the teacher opens it.
 */
export function openSidePanelForTab(tabId: number): Promise<boolean> {
  markPanelOpenStep('asked');
  const attempt = (async () => {
    try {
      const api = apis();
      if (api.sidePanel) await api.sidePanel.open({ tabId });
      else if (api.sidebarAction) await api.sidebarAction.open();
      else return false;
      markPanelOpenStep('opened');
      return true;
    } catch {
      return false;
    }
  })();
  forgetOpensWhenPanelsClose(apis());
  const now = Date.now();
  for (const [tab, open] of recentOpens) if (now - open.at > openRememberedMs) recentOpens.delete(tab);
  recentOpens.set(tabId, { attempt, at: now });
  return attempt;
}

/**
 * User-timing marks of the latest open (the fastest-path e2e prints them beside the capture's): when the worker asked
 * for the panel and when Chrome said it was open, to set against the click and the panel's own start. One open's
 * worth is kept.
 */
function markPanelOpenStep(step: 'asked' | 'opened'): void {
  const name = `showwork:panel-open-${step}`;
  if (step === 'asked') for (const other of ['asked', 'opened']) performance.clearMarks(`showwork:panel-open-${other}`);
  performance.mark(name);
}

/**
 * Whether ShowWork's panel is showing in this window: Chrome lists it among the extension's contexts
 * (runtime.getContexts, Chrome 116+); Firefox answers with sidebarAction.isOpen. The tab's latest open attempt,
 * when recent, is asked first (waited for if still in flight): one that opened the panel answers yes.
 */
export async function isSidePanelOpen(windowId: number, tabId?: number): Promise<boolean> {
  const recent = tabId === undefined ? undefined : recentOpens.get(tabId);
  if (recent && Date.now() - recent.at <= openRememberedMs && (await recent.attempt)) return true;
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
