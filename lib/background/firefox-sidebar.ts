import { browser } from 'wxt/browser';

interface SidebarActionApi {
  open(): Promise<void>;
}

/**
 * Firefox has no `sidePanel` API: the side panel page (sidepanel.html) is its sidebar (manifest `sidebar_action`,
 * which WXT writes for the Firefox build). Returns undefined outside Firefox.
 *
 * `sidebarAction.open()` works only while Firefox is handling the user's action (toolbar button, shortcut, menu
 * click): call it synchronously from the listener, before any `await`. A click on the in-page Capture button
 * reaches the background as a message, which Firefox does not count as a user action: the sidebar then stays
 * as it was and the page shows "Captured N turns" (checked in Firefox ESR 153, Nov 2026).
 */
export function openFirefoxSidebar(): Promise<void> | undefined {
  const sidebarAction = (browser as unknown as { sidebarAction?: SidebarActionApi }).sidebarAction;
  return sidebarAction?.open();
}
