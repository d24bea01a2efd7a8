import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { ExtractedConversation } from '../model/conversation';
import { CaptureNowResult, type CaptureTrigger } from '../messaging/protocol';
import { captureStatusItem } from '../capture/capture-status';
import { mergeCapturedConversation } from '../capture/merge-capture';
import { getDatabase } from '../db/schema';
import { structuralReaderKey } from '../content/structural-reader-hook';
import { structuralReaderFile } from './inject-structural-reader';
import { describeStorageError } from './storage-errors';
import { t } from '../i18n/t';

/** What the injected reader hands back; checked like any message from a page's world. */
const OneOffReading = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), conversation: ExtractedConversation }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);

/**
 * The toolbar button, shortcut or page menu on a page that is not one of the five AI sites: the page's content
 * script captures it if the teacher allowed the site; otherwise a one-off capture reads it without adding the
 * site (lib/background/one-off-capture.ts `captureOnce`).
 */
export async function captureOtherPage(tabId: number, trigger: CaptureTrigger): Promise<void> {
  try {
    const raw = await browser.tabs.sendMessage(tabId, { type: 'background→content:capture-now', trigger });
    if (CaptureNowResult.safeParse(raw).success) return; // the content script reported its outcome itself
  } catch {
    // No content script on this page: read it once.
  }
  await captureOnce(tabId);
}

/**
 * Reads the tab's page once with the structural reader and stores it as site `web`. Needs no host permission:
 * the teacher's click (toolbar button, shortcut, menu) grants `activeTab` for this tab, which lets the service
 * worker inject the reader bundle and read its answer. The answer is checked (schema, site, reader, and that
 * it describes the page in this tab) before anything is stored; nothing is stored half-way.
 */
export async function captureOnce(tabId: number): Promise<void> {
  let reading: z.infer<typeof OneOffReading> | undefined;
  let pageUrl: string | undefined;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [structuralReaderFile] as never[] });
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      // Runs in the page's isolated world, serialised: it may use nothing from this module but its argument.
      func: (key: string) => {
        const hook = (globalThis as Record<string, unknown>)[key] as { choose(site: 'web'): unknown } | undefined;
        return hook ? hook.choose('web') : null;
      },
      args: [structuralReaderKey],
    });
    const parsed = OneOffReading.safeParse(injection?.result);
    if (parsed.success) reading = parsed.data;
    // activeTab now lets the worker see the tab's address, to check the reading describes this page.
    pageUrl = (await browser.tabs.get(tabId)).url;
  } catch {
    // A page no extension may read (browser pages, the web store) or one that closed meanwhile.
  }
  if (!reading?.ok || !describesPage(reading.conversation, pageUrl)) {
    await captureStatusItem.setValue({ ok: false, message: t('capture_unrecognisedPage'), tabId, at: Date.now() });
    return;
  }
  const conversation: ExtractedConversation = { ...reading.conversation, site: 'web', reader: 'structural' };
  try {
    const result = await mergeCapturedConversation(getDatabase(), conversation);
    await captureStatusItem.setValue({
      ok: true,
      message: t('capture_capturedTurns', result.turnCount),
      tabId,
      site: 'web',
      reader: 'structural',
      conversationId: result.conversationId,
      at: Date.now(),
    });
  } catch (error) {
    await captureStatusItem.setValue({ ok: false, ...describeStorageError(error), tabId, at: Date.now() });
  }
}

/** The reading must be a `web` reading of the page in the tab: same scheme and host as the tab's address. */
function describesPage(conversation: ExtractedConversation, pageUrl: string | undefined): boolean {
  if (conversation.site !== 'web' || conversation.reader !== 'structural' || !pageUrl) return false;
  try {
    const claimed = new URL(conversation.url);
    const actual = new URL(pageUrl);
    return claimed.protocol === actual.protocol && claimed.host === actual.host;
  } catch {
    return false;
  }
}
