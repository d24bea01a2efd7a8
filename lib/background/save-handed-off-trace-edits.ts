import { browser, type Browser } from 'wxt/browser';
import { getDatabase } from '../db/schema';
import { changesOf, HandOffTraceEditsMessage } from '../trace/hand-off-trace-edits';
import { saveTraceFields } from '../trace/trace-updates';

/**
 * Saves the edits a closing side panel handed over (lib/trace/hand-off-trace-edits.ts). Only ShowWork's own pages
 * may send them: a content script's sender has a web page URL. Resolves true once they are saved; false for a
 * message that is not one, a sender that may not send it, a trace deleted meanwhile, or a value the trace schema
 * refuses (the panel's own autosave reports such errors while it is open).
 */
export async function saveHandedOffTraceEdits(raw: unknown, sender: Browser.runtime.MessageSender): Promise<boolean> {
  const parsed = HandOffTraceEditsMessage.safeParse(raw);
  if (!parsed.success) return false;
  if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return false;
  try {
    await saveTraceFields(getDatabase(), parsed.data.traceId, changesOf(parsed.data));
    return true;
  } catch {
    return false;
  }
}

/** Registers the listener; call synchronously at the top of the background's main(). */
export function registerHandedOffTraceEdits(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    void saveHandedOffTraceEdits(raw, sender);
    return undefined;
  });
}
