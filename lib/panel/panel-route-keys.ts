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
