import { browser, type Browser } from 'wxt/browser';
import { captureStatusItem } from '../capture/capture-status';
import { mergeCapturedConversation } from '../capture/merge-capture';
import { getDatabase } from '../db/schema';
import { siteHosts } from '../adapters/site-hosts';
import {
  ContentToBackgroundMessage,
  type CaptureResponse,
  type CaptureConversationRequest,
  type LoadStructuralReaderResponse,
} from '../messaging/protocol';
import { describeStorageError } from './storage-errors';
import { openSidePanelForTab } from './side-panel';
import { injectStructuralReader } from './inject-structural-reader';
import { isAllowedWebPage } from './web-sender-trust';
import { landCaptureInPanel } from './open-trace-after-capture';
import { t } from '../i18n/t';

type Sender = Browser.runtime.MessageSender;

/**
 * Handles every message a content script sends. Returns undefined for messages that are not ours,
 * so other listeners (none today) could answer them.
 */
export async function handleContentMessage(
  raw: unknown,
  sender: Sender,
): Promise<CaptureResponse | LoadStructuralReaderResponse | undefined> {
  const parsed = ContentToBackgroundMessage.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, code: 'invalid-message', message: 'ShowWork could not read what this page sent.' };
  }
  const message = parsed.data;
  const capture = message.type === 'content→background:capture-conversation' ? message : undefined;
  if (
    !isTrustedSender(sender, capture) ||
    (capture?.conversation.site === 'web' && !(await isAllowedWebPage(sender.url!)))
  ) {
    return { ok: false, code: 'invalid-message', message: 'ShowWork ignored a message from an unexpected sender.' };
  }
  const tabId = sender.tab?.id;
  if (message.type === 'content→background:open-panel') {
    // Chrome lets the panel open only while the click's user action is current: ask before any await.
    if (tabId !== undefined) void openSidePanelForTab(tabId);
    return undefined;
  }

  if (message.type === 'content→background:load-structural-reader') return injectStructuralReader(sender);

  if (message.type === 'content→background:capture-failed') {
    await captureStatusItem.setValue({ ok: false, message: message.message, tabId, at: Date.now() });
    return { ok: false, code: 'internal', message: message.message };
  }

  let response: CaptureResponse;
  try {
    // The page hears "Captured" once the turns are committed; search indexing follows (a 400-turn capture spent
    // most of its time after the page had sent the turns, measured 2026-11). The trace it lands in is made first,
    // so the page can say "trace opened".
    const db = getDatabase();
    const result = await mergeCapturedConversation(db, message.conversation, Date.now(), {
      deferSearchIndex: (indexing) =>
        void indexing.catch((error: unknown) => console.warn('ShowWork: search index', error)),
    });
    const landing = await landCapture(db, {
      conversationId: result.conversationId,
      turnCount: result.turnCount,
      trigger: message.trigger,
      tabId,
      windowId: sender.tab?.windowId,
    });
    response = { ok: true, ...result, ...(landing ? { summary: landing.summary } : {}) };
    void captureStatusItem
      .setValue({
        ok: true,
        message: landing?.summary ?? capturedMessage(result.turnCount),
        tabId,
        site: message.conversation.site,
        ...(message.conversation.reader ? { reader: message.conversation.reader } : {}),
        conversationId: result.conversationId,
        ...(landing?.traceId ? { traceId: landing.traceId } : {}),
        at: Date.now(),
      })
      .catch(() => undefined); // the in-page status already says "Captured"
  } catch (error) {
    const described = describeStorageError(error);
    response = { ok: false, ...described };
    await captureStatusItem.setValue({ ok: false, message: described.message, tabId, at: Date.now() });
  }
  return response;
}

/** The capture is stored whatever happens here: a failure to open its trace only loses the shortcut. */
async function landCapture(...args: Parameters<typeof landCaptureInPanel>) {
  try {
    return await landCaptureInPanel(...args);
  } catch {
    return undefined;
  }
}

export function capturedMessage(turnCount: number): string {
  return t('capture_capturedTurns', turnCount);
}

/**
 * Only our own content scripts, in a tab, may send captures, and a conversation claiming to be from a site
 * must come from that site's page (a compromised page can't file captures under another site).
 */
function isTrustedSender(sender: Sender, capture: CaptureConversationRequest | undefined): boolean {
  if (sender.id !== browser.runtime.id || sender.tab === undefined || !sender.url) return false;
  if (!capture) return true;
  const site = capture.conversation.site;
  if (site === 'selection') return false; // selections are captured by the background from the context menu
  const host = safeHost(sender.url);
  if (host === undefined) return false;
  // Any other AI chat: the conversation must be filed under the page that sent it.
  if (site === 'web') return safeHost(capture.conversation.url) === host;
  return (siteHosts[site] as readonly string[]).includes(host);
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
