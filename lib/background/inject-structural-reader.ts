import { browser, type Browser } from 'wxt/browser';
import type { LoadStructuralReaderResponse } from '../messaging/protocol';

/** The structural reader bundle (entrypoints/structural-reader.ts), kept out of the 60 KB content script. */
export const structuralReaderFile = '/structural-reader.js';

/**
 * Injects the structural reader into the frame whose content script asked for it (same tab, same frame, so it
 * lands in that script's isolated world). The sender was already checked to be our own content script.
 */
export function injectStructuralReader(sender: Browser.runtime.MessageSender): Promise<LoadStructuralReaderResponse> {
  return injectIntoSenderFrame(sender, structuralReaderFile);
}

/** The pre-reader bundle (entrypoints/pre-reader.ts), injected the same way. */
export const preReaderFile = '/pre-reader.js';

/** Injects one of the extension's unlisted scripts into the sender's frame, in its content script's world. */
export async function injectIntoSenderFrame(
  sender: Browser.runtime.MessageSender,
  file: string,
): Promise<LoadStructuralReaderResponse> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, message: 'not in a tab' };
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [file] as never[],
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, message: String(error) };
  }
}
