import { browser } from 'wxt/browser';
import { CaptureResponse, type CaptureConversationRequest } from '../messaging/protocol';

/** The extension was updated or removed since this content script started: only a reload helps. */
export class OrphanedContentScriptError extends Error {
  override readonly name = 'OrphanedContentScriptError';
}

const retryDelaysMs = [250, 1000, 3000];

/**
 * Sends a capture to the background and resolves with its answer, which comes only after the database
 * transaction committed. If the service worker was stopped before answering (the port closes with no
 * response), the same capture is sent again: merging is idempotent, so a repeat never duplicates turns.
 */
export async function sendCapture(
  request: CaptureConversationRequest,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<CaptureResponse> {
  let lastError: unknown;
  for (let attempt = 0; attempt <= retryDelaysMs.length; attempt++) {
    if (!isExtensionAlive()) throw new OrphanedContentScriptError();
    try {
      performance.mark('showwork:capture-sent');
      const parsed = CaptureResponse.safeParse(await browser.runtime.sendMessage(request));
      if (parsed.success) return parsed.data;
      lastError = new Error('The background sent no answer.');
    } catch (error) {
      if (isContextInvalidated(error)) throw new OrphanedContentScriptError();
      lastError = error;
    }
    const delay = retryDelaysMs[attempt];
    if (delay !== undefined) await sleep(delay);
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

/** Chrome clears `runtime.id` in content scripts whose extension was reloaded, updated or removed. */
export function isExtensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

function isContextInvalidated(error: unknown): boolean {
  return error instanceof Error && /context invalidated/i.test(error.message);
}
