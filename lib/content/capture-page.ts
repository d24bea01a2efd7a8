import { ExtractedConversation } from '../model/conversation';
import { AdapterError, type SiteAdapter } from '../adapters/types';
import type { CaptureTrigger } from '../messaging/protocol';
import { t } from '../i18n/t';
import { OrphanedContentScriptError, sendCapture } from './send-capture';
import { readPageConversation } from './read-page-conversation';
import { browser } from 'wxt/browser';
import type { FastCapture } from './pre-reader-hook';

export interface CaptureOutcome {
  ok: boolean;
  /** Shown next to the Capture button and announced to screen readers. */
  message: string;
  turnCount?: number;
}

/**
 * Reads the conversation on this page (the site's adapter, or the structural reader where there is none or it
 * read implausibly: read-page-conversation.ts), validates it and stores it through the background.
 */
export async function capturePage(
  adapter: SiteAdapter | undefined,
  trigger: CaptureTrigger,
  onProgress?: (turnsRead: number) => void,
  fast?: FastCapture,
): Promise<CaptureOutcome> {
  let conversation: ExtractedConversation;
  let read: ExtractedConversation;
  try {
    if (trigger !== 'auto') fast?.readAhead();
    read = await readPageConversation(adapter, trigger, onProgress, fast?.cache);
    performance.mark('showwork:capture-read');
    conversation = ExtractedConversation.parse(read);
  } catch (error) {
    const message =
      error instanceof AdapterError
        ? error.message
        : error instanceof Error && error.name === '$ZodError'
          ? t('capture_tooLarge')
          : t('capture_readFailed');
    await reportFailure(trigger, message);
    return { ok: false, message };
  }

  try {
    // Where the page was read ahead (the five AI sites), turns go as references to what the worker stored, or with
    // their text as pieces of their Markdown (the pre-reader's bundle: this one has a 60 KB budget). Elsewhere (a
    // page read by the general reader) each turn goes as its text and Markdown.
    const response = fast
      ? await fast.send(trigger, conversation, read.turns)
      : await sendCapture({ type: 'content→background:capture-conversation', trigger, conversation });
    if (!response.ok) return { ok: false, message: response.message };
    const captured = response.summary ?? t('capture_capturedTurns', response.turnCount);
    // The teacher should know when the general reader read the page, and look over its turns.
    const message =
      conversation.reader === 'structural' ? `${captured}. ${t('siteAccess_readStructurally')}` : captured;
    return { ok: true, message, turnCount: response.turnCount };
  } catch (error) {
    if (error instanceof OrphanedContentScriptError) return { ok: false, message: orphanedMessage() };
    return { ok: false, message: t('capture_sendFailed') };
  }
}

async function reportFailure(trigger: CaptureTrigger, message: string): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'content→background:capture-failed', trigger, message });
  } catch {
    // The in-page feedback already says what went wrong.
  }
}

/**
 * After an extension update this script can no longer read the extension's messages, so the one
 * message it needs then is kept here, in the two UI languages.
 */
function orphanedMessage(): string {
  const translated = t('capture_orphaned');
  if (translated !== 'capture_orphaned') return translated;
  return navigator.language.toLowerCase().startsWith('es')
    ? 'ShowWork se actualizó. Recarga esta pestaña para capturar de nuevo.'
    : 'ShowWork was updated. Reload this tab to capture again.';
}
