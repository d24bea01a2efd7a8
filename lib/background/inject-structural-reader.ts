import { browser, type Browser } from 'wxt/browser';
import type { LoadStructuralReaderResponse } from '../messaging/protocol';

/** The structural reader bundle (entrypoints/structural-reader.ts), kept out of the 60 KB content script. */
export const structuralReaderFile = '/structural-reader.js';

/**
 * Injects the structural reader into the frame whose content script asked for it (same tab, same frame, so it
 * lands in that script's isolated world). The sender was already checked to be our own content script.
 */
export async function injectStructuralReader(
  sender: Browser.runtime.MessageSender,
): Promise<LoadStructuralReaderResponse> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, message: 'not in a tab' };
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [structuralReaderFile] as never[],
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, message: String(error) };
  }
}
