/**
 * Where the panel's place is kept, in `storage.session` (WXT's `session:` prefix): one place per window for the side
 * panel (it is one per window), one per tab for a sidepanel.html opened as a tab. No imports: the side panel's early
 * read (lib/panel/early-panel-route.ts) uses these before any of the panel's modules have run.
 */
export const panelRouteKey = {
  window: (windowId: number) => `session:panelRoute.window.${windowId}` as const,
  tab: (tabId: number) => `session:panelRoute.tab.${tabId}` as const,
};

export interface PanelRouteKeys {
  /** Where this panel keeps its place. */
  own: `session:${string}`;
  /** Where the background sends the window's side panel; a tab follows it too. */
  window: `session:${string}` | undefined;
}

/** The keys of a panel in `tabId` (a sidepanel.html tab) or the side panel of `windowId`. */
export function panelRouteKeysFor(tabId: number | undefined, windowId: number | undefined): PanelRouteKeys {
  const windowKey = windowId === undefined ? undefined : panelRouteKey.window(windowId);
  if (tabId !== undefined) return { own: panelRouteKey.tab(tabId), window: windowKey };
  // No window known (should not happen): a place shared by every panel is still better than forgetting.
  return { own: windowKey ?? 'session:panelRoute.any', window: windowKey };
}

/** The key as `storage.session` itself names it (without WXT's area prefix). */
export const sessionAreaKey = (key: `session:${string}`) => key.slice('session:'.length);

/** What finding the keys needs of the extension API: `browser` (WXT's) or the early script's raw `chrome`/`browser`. */
export interface PanelWhereaboutsApis {
  tabs?: { getCurrent?(): Promise<{ id?: number } | undefined> };
  windows?: { getCurrent?(): Promise<{ id?: number }> };
}

/** The keys of the panel this page is: its tab when it is a sidepanel.html tab, else its window's side panel. */
export async function resolvePanelRouteKeys(api: PanelWhereaboutsApis): Promise<PanelRouteKeys> {
  const [tab, windowId] = await Promise.all([
    api.tabs?.getCurrent?.().catch(() => undefined),
    api.windows
      ?.getCurrent?.()
      .then((w) => w.id)
      .catch(() => undefined),
  ]);
  return panelRouteKeysFor(tab?.id, windowId);
}
