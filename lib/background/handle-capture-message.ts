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
  type StoredTurnsResponse,
} from '../messaging/protocol';
import { describeStorageError } from './storage-errors';
import { openSidePanelForTab } from './side-panel';
import { injectIntoSenderFrame, injectStructuralReader, preReaderFile } from './inject-structural-reader';
import { StaleTurnReferenceError } from '../capture/merge-capture';
import { isAllowedWebPage } from './web-sender-trust';
import {
  landCaptureQuickly,
  readLandingSettings,
  type CaptureLanding,
  type QuickLanding,
} from './open-trace-after-capture';
import { runAfterReply } from './after-reply';
import { prepareFirstDraft } from './first-draft-with-capture';
import { markCaptureStep } from './capture-timing';
import { conversationFromTheWire } from './turns-from-the-wire';
import { frameKey, stageCapturePart, takeStagedTurns } from './staged-capture-parts';
import { t } from '../i18n/t';
import { readStoredTurnSummaries } from './stored-turn-summaries';

type Sender = Browser.runtime.MessageSender;

/**
 * Handles every message a content script sends. Returns undefined for messages that are not ours,
 * so other listeners (none today) could answer them.
 */
export async function handleContentMessage(
  raw: unknown,
  sender: Sender,
): Promise<CaptureResponse | LoadStructuralReaderResponse | StoredTurnsResponse | undefined> {
  if (isCaptureMessage(raw)) markCaptureStep('received');
  // Validated once, here at the boundary; nothing after this parses the turns' text again.
  const parsed = ContentToBackgroundMessage.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, code: 'invalid-message', message: 'ShowWork could not read what this page sent.' };
  }
  const message = parsed.data;
  const capture = message.type === 'content→background:capture-conversation' ? message : undefined;
  // A page may learn what is stored only of a conversation of its own site.
  const claimed = capture?.conversation ?? (message.type === 'content→background:stored-turns' ? message : undefined);

  if (
    !isTrustedSender(sender, claimed) ||
    (capture?.conversation.site === 'web' && !(await isAllowedWebPage(sender.url!)))
  ) {
    return { ok: false, code: 'invalid-message', message: 'ShowWork ignored a message from an unexpected sender.' };
  }
  const tabId = sender.tab?.id;
  if (message.type === 'content→background:open-panel') {
    // Chrome lets the panel open only while the click's user action is current: ask before any await.
    if (tabId !== undefined) void openSidePanelForTab(tabId);
    // The click's capture follows once the page is read (hundreds of ms on a long conversation): a worker this
    // click woke opens the database meanwhile instead of on the capture's critical path.
    openDatabaseAhead();
    return undefined;
  }

  if (message.type === 'content→background:load-structural-reader') return injectStructuralReader(sender);
  if (message.type === 'content→background:load-pre-reader') {
    // A chat page just loaded and may be captured soon: the database is opened now, not on the click's critical path
    // (a worker woken for the page, or the first page in a fresh browser, had its first open there).
    openDatabaseAhead();
    return injectIntoSenderFrame(sender, preReaderFile);
  }

  if (message.type === 'content→background:capture-failed') {
    await captureStatusItem.setValue({ ok: false, message: message.message, tabId, at: Date.now() });
    return { ok: false, code: 'internal', message: message.message };
  }

  if (message.type === 'content→background:stored-turns') {
    return { turns: await readStoredTurnSummaries(getDatabase(), message) };
  }

  if (message.type === 'content→background:capture-part') {
    // Rebuilt and hashed now, while the next part crosses; stored only with the capture message that names it.
    if (tabId !== undefined) await stageCapturePart(frameKey(tabId, sender.frameId), message);
    return { ok: true };
  }

  // Where the capture lands and what a new draft holds are read while the capture is checked and stored.
  const db = getDatabase();
  const landingSettings = message.trigger === 'auto' ? undefined : readLandingSettings(db);
  const firstDraft = landingSettings && prepareFirstDraft(db, landingSettings);
  // The turns' texts, rebuilt from their Markdown pieces (checked against the size limit as they are rebuilt), and
  // those sent ahead in parts taken from where they were kept.
  const staged =
    message.captureId !== undefined && tabId !== undefined
      ? await takeStagedTurns(frameKey(tabId, sender.frameId), message.captureId)
      : undefined;
  const fromTheWire = conversationFromTheWire(message.conversation, staged);
  if (!fromTheWire) {
    return { ok: false, code: 'invalid-message', message: 'ShowWork could not read what this page sent.' };
  }
  if (fromTheWire.missingStaged.length > 0) {
    // Parts lost (the worker restarted after they came) or never sent: nothing is stored; the page sends them whole.
    markCaptureStep('replied');
    const missing = fromTheWire.missingStaged;
    return { ok: false, code: 'stale-references', message: `${missing.length} turns sent ahead are missing.`, missing };
  }
  const { conversation, knownHashes } = fromTheWire;
  markCaptureStep('checked');

  let response: CaptureResponse;
  // The search index starts only once the answer has gone, not as soon as the merge commits: started there, its
  // word collection (~80-240 ms of the worker's thread for 400 turns, in 10 ms slices) ran between the IndexedDB
  // callbacks of the trace's transaction and made "find or make the trace" 90-930 ms instead of ~20 (CPU profile of
  // a first 400-turn capture, 2026-12-01, load ~12).
  let indexing: (() => Promise<void>) | undefined;
  try {
    // The page hears "Captured" once the conversation and its turns are committed and its trace is found or
    // made; the search index and the side panel's status follow the answer (runAfterReply).
    const result = await mergeCapturedConversation(db, conversation, Date.now(), {
      deferSearchIndex: (work) => (indexing = work),
      knownHashes,
      onHashed: () => markCaptureStep('hashed'),
      ...(firstDraft ? { withNewConversation: firstDraft.work } : {}),
    });
    markCaptureStep('stored');
    const captured = {
      conversationId: result.conversationId,
      turnCount: result.turnCount,
      trigger: message.trigger,
      tabId,
      windowId: sender.tab?.windowId,
    };
    const { landing, later } = landingSettings
      ? await landCapture(db, captured, landingSettings, firstDraft?.made())
      : { landing: undefined, later: undefined };
    markCaptureStep('landed');
    response = { ok: true, ...result, ...(landing ? { summary: landing.summary } : {}) };
    const status = (summary: CaptureLanding | undefined) =>
      captureStatusItem.setValue({
        ok: true,
        message: summary?.summary ?? capturedMessage(result.turnCount),
        tabId,
        site: message.conversation.site,
        ...(message.conversation.reader ? { reader: message.conversation.reader } : {}),
        conversationId: result.conversationId,
        ...(summary?.traceId ? { traceId: summary.traceId } : {}),
        at: Date.now(),
      });
    // The in-page status already says "Captured": these only update the side panel.
    runAfterReply('capture status', async () => {
      await status(landing);
      if (later) await status((await later()) ?? landing);
    });
  } catch (error) {
    if (error instanceof StaleTurnReferenceError) {
      // Nothing was stored; the page sends the turns whole at once (lib/content/send-with-references.ts).
      markCaptureStep('replied');
      return { ok: false, code: 'stale-references', message: error.message, missing: error.missing };
    }
    const described = describeStorageError(error);
    response = { ok: false, ...described };
    await captureStatusItem.setValue({ ok: false, message: described.message, tabId, at: Date.now() });
  }
  if (indexing) runAfterReply('search index', indexing);
  markCaptureStep('replied');
  return response;
}

function openDatabaseAhead(): void {
  getDatabase()
    .open()
    .catch(() => undefined);
}

function isCaptureMessage(raw: unknown): boolean {
  return (raw as { type?: unknown } | null)?.type === 'content→background:capture-conversation';
}

/** The capture is stored whatever happens here: a failure to open its trace only loses the shortcut. */
async function landCapture(...args: Parameters<typeof landCaptureQuickly>): Promise<QuickLanding> {
  try {
    return await landCaptureQuickly(...args);
  } catch {
    return { landing: undefined };
  }
}

export function capturedMessage(turnCount: number): string {
  return t('capture_capturedTurns', turnCount);
}

/**
 * Only our own content scripts, in a tab, may send captures, and a conversation claiming to be from a site
 * must come from that site's page (a compromised page can't file captures under another site).
 */
function isTrustedSender(
  sender: Sender,
  claimed: { site: CaptureConversationRequest['conversation']['site']; url?: string } | undefined,
): boolean {
  if (sender.id !== browser.runtime.id || sender.tab === undefined || !sender.url) return false;
  if (!claimed) return true;
  const site = claimed.site;
  if (site === 'selection') return false; // selections are captured by the background from the context menu
  const host = safeHost(sender.url);
  if (host === undefined) return false;
  // Any other AI chat: the conversation must be filed under the page that sent it.
  if (site === 'web') return claimed.url !== undefined && safeHost(claimed.url) === host;
  return (siteHosts[site] as readonly string[]).includes(host);
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
