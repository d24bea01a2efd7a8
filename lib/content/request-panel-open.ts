import { browser } from 'wxt/browser';
import type { OpenPanelRequest } from '../messaging/protocol';

/**
 * Asks the background to open the side panel, synchronously inside the click handler: Chrome carries the
 * click's user activation with this message (so `sidePanel.open()` is allowed there) only while it is current,
 * and reading a long conversation first can outlast it. Firefox refuses to open its sidebar from a message;
 * the capture's status then says how to open it.
 */
export function requestPanelOpen(): void {
  const request: OpenPanelRequest = { type: 'content→background:open-panel' };
  try {
    void browser.runtime.sendMessage(request).catch(() => undefined);
  } catch {
    // Orphaned after an update: the capture that follows says so.
  }
}
