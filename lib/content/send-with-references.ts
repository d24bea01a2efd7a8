import type { ExtractedConversation } from '../model/conversation';
import type { ExtractedTurn } from '../model/turn';
import type { SiteAdapter } from '../adapters/types';
import type { TurnReadingCache } from './turn-reading-cache';
import type { CaptureResponse, CaptureTrigger, StagedTurn, TurnOnTheWire, TurnReference } from '../messaging/protocol';
import { sendCapture } from './send-capture';
import { wireTurnOf } from './turn-wire-forms';
import { StoredTurnHashes } from './stored-turn-hashes';
import { sizeSent, TurnsSentAhead } from './turns-sent-ahead';
import { askStoredTurns } from './ask-stored-turns';
import { learnStoredTurns } from './library-turns';

/**
 * Sends a capture whose turns go as references to what the worker stored (`{ role, contentHash }`): a 400-turn
 * re-capture then sends a few kilobytes instead of ~5 million characters, and the worker hashes and checks only what
 * changed. The worker checks every reference inside its transaction; when some do not hold (a turn changed from
 * another tab meanwhile, the conversation deleted) it stores nothing and names them (`stale-references`), and they
 * are sent whole with the others still as references; should that fail again, the whole capture is sent whole. Wire
 * forms are those prepared in idle time where the turns were read ahead (turn-wire-forms.ts).
 *
 * Only turns the worker has confirmed storing go as references: in an answer to this page's capture, with the hash it
 * answered with (stored-turn-hashes.ts), or in its list of what the library holds, where the page hashed only its
 * turns of a stored turn's role and lengths, once read ahead (learnWhatTheLibraryHolds). A capture with none (the
 * first one of a conversation) goes whole at once. Sending references the worker could not hold made every first
 * capture two round trips and a rolled-back transaction: the fastest path's "trace opened" went from 65-114 ms to
 * ~200 ms (2026-12-01).
 *
 * When the whole turns are long (a first capture of a long conversation: ~3 million characters of JSON for 400
 * turns), they go ahead in parts (turns-sent-ahead.ts), one message each, sent back to back without waiting (or as
 * they are read, when the click found the page not read ahead: read-ahead-at-click.ts), and the capture message
 * names them (`{ role, staged: n }`): the worker rebuilds and hashes each part while the next one
 * is serialised and crosses, instead of starting once all of it has crossed (lib/background/staged-capture-parts.ts).
 * Parts are kept in the worker's memory only; the capture message is still stored in one transaction. Should the
 * parts be lost (the worker restarted), the worker names them as stale and they are sent whole.
 */
const confirmed = new StoredTurnHashes();
/** The whole turns of the capture under way sent ahead in parts: at the click, as they are read (readAheadAtClick). */
const sentAhead = new TurnsSentAhead();

/** Whole turns longer than this in all go ahead in parts; shorter ones go in the capture message. */
const stageAbove = 200_000;

export async function sendWithReferences(
  trigger: CaptureTrigger,
  conversation: ExtractedConversation,
  turns: readonly ExtractedTurn[],
): Promise<CaptureResponse> {
  const known = turns.map((turn) => confirmed.hashOf(turn));
  const isKnown = (i: number) => known[i] !== undefined;
  try {
    const whole = turns.filter((_, i) => !isKnown(i));
    const isLong = sizeSent(whole) > stageAbove;
    // Read at the click with nothing sent ahead yet (a short capture, or one changed turn): one message is quickest.
    if (sentAhead.isUnderWay && sentAhead.count === 0 && !isLong) sentAhead.end();
    if (!sentAhead.isUnderWay && isLong) sentAhead.begin();
    // The rest of the whole turns (those not read at the click: all of them when the page was read ahead).
    sentAhead.send(whole);
  } catch {
    sentAhead.end(); // e.g. no crypto.randomUUID: the capture message carries the turns
  }
  const captureId = sentAhead.id;
  const send = (asReference: (index: number) => boolean, staged = false) =>
    sendCapture({
      type: 'content→background:capture-conversation',
      trigger,
      ...(staged && captureId ? { captureId } : {}),
      conversation: {
        ...conversation,
        turns: turns.map((turn, i): TurnReference | TurnOnTheWire | StagedTurn => {
          if (asReference(i)) return { role: turn.role, contentHash: known[i]! };
          const number = staged ? sentAhead.numberOfTurn(turn) : undefined;
          return number === undefined ? wireTurnOf(turn) : { role: turn.role, staged: number };
        }),
      },
    });
  const confirm = (response: CaptureResponse) => {
    if (response.ok && response.contentHashes) confirmed.remember(turns, response.contentHashes);
    return response;
  };
  let first: CaptureResponse;
  try {
    first = confirm(await send(isKnown, true));
  } finally {
    // The worker takes a capture's parts once, with its capture message.
    sentAhead.end();
  }
  if (first.ok || first.code !== 'stale-references') return first;
  const missing = new Set(first.missing ?? turns.map((_, i) => i));
  const second = confirm(await send((i) => !missing.has(i) && isKnown(i)));
  return second.ok || second.code !== 'stale-references' ? second : confirm(await send(() => false));
}

/**
 * Once the page is read ahead: asks the worker what the library holds of the conversation the page shows and notes
 * which of its turns are stored (library-turns.ts), so that a page loaded anew sends those by reference too. Only
 * where the URL names the conversation (every AI site's conversation pages); nothing leaves the page.
 */
export async function learnWhatTheLibraryHolds(
  adapter: SiteAdapter | undefined,
  turns: readonly ExtractedTurn[],
  isWanted: () => boolean,
  url = new URL(location.href),
): Promise<void> {
  const externalId = adapter?.conversationIdOf?.(url);
  if (adapter === undefined || externalId === undefined || turns.length === 0) return;
  const stored = await askStoredTurns(adapter.id, externalId);
  if (isWanted()) await learnStoredTurns(turns, stored, confirmed, isWanted);
}

/**
 * At the click, when the page was not (all) read ahead: reads the turns the cache lacks in slices of the adapter's
 * own pre-read (what the cache then holds is exactly what a fresh read gives), and sends each full part of turns the
 * worker does not have yet as soon as it is read, so the message crossing, rebuilding and hashing overlap the rest of
 * the reading instead of following it. When the page was all read ahead (`isReadAlready`), it only sends them. The capture's own read that follows finds every turn in the cache. Nothing is
 * sent before the click; what is sent ahead is stored only with the capture message that names it.
 */
export function readAheadAtClick(
  adapter: SiteAdapter | undefined,
  cache: TurnReadingCache,
  {
    doc = document,
    url = new URL(location.href),
    sliceMs = 25,
    isReadAlready = false,
  }: { doc?: Document; url?: URL; sliceMs?: number; isReadAlready?: boolean } = {},
): void {
  if (adapter?.preReadTurns === undefined) return;
  // How much the click found read ahead (the bench and tests read it from the page's timeline).
  performance.mark('showwork:click-found-read', { detail: { turns: cache.cachedTurns().length, isReadAlready } });
  const unsent = () => cache.cachedTurns().filter((turn) => confirmed.hashOf(turn) === undefined);
  if (isReadAlready) {
    // The pre-reader holds the whole page as it is: only send ahead.
    sentAhead.begin();
    sentAhead.send(unsent(), true);
    return;
  }
  let reading: ReturnType<NonNullable<SiteAdapter['preReadTurns']>>;
  try {
    cache.sync();
    reading = adapter.preReadTurns(doc, url, cache);
  } catch {
    return; // No conversation here: the capture's own read says so.
  }
  sentAhead.begin();
  for (let isDone = false; !isDone;) {
    const end = performance.now() + sliceMs;
    isDone = reading.step(() => performance.now() < end);
    sentAhead.send(unsent(), true);
  }
}
