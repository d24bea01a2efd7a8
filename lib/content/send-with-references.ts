import { browser } from 'wxt/browser';
import type { ExtractedConversation } from '../model/conversation';
import type { ExtractedTurn } from '../model/turn';
import type {
  CapturePartRequest,
  CaptureResponse,
  CaptureTrigger,
  StagedTurn,
  TurnOnTheWire,
  TurnReference,
} from '../messaging/protocol';
import { sendCapture } from './send-capture';
import { wireTurnOf } from './turn-wire-forms';
import { StoredTurnHashes } from './stored-turn-hashes';

/**
 * Sends a capture whose turns go as references to what the worker stored (`{ role, contentHash }`): a 400-turn
 * re-capture then sends a few kilobytes instead of ~5 million characters, and the worker hashes and checks only what
 * changed. The worker checks every reference inside its transaction; when some do not hold (a turn changed from
 * another tab meanwhile, the conversation deleted) it stores nothing and names them (`stale-references`), and they
 * are sent whole with the others still as references; should that fail again, the whole capture is sent whole. Wire
 * forms are those prepared in idle time where the turns were read ahead (turn-wire-forms.ts).
 *
 * Only turns the worker has confirmed storing, in an answer to this page, go as references, with the hash it
 * answered with (stored-turn-hashes.ts): the page never hashes. A capture with none (the first one of a
 * conversation) goes whole at once. Sending references the worker could not hold made every first capture two round
 * trips and a rolled-back transaction: the fastest path's "trace opened" went from 65-114 ms to ~200 ms (2026-12-01).
 *
 * When the whole turns are long (a first capture of a long conversation: ~3 million characters of JSON for 400
 * turns), they go ahead in parts of ~`partChars`, one message each, sent back to back without waiting, and the
 * capture message names them (`{ role, staged: true }`): the worker rebuilds and hashes each part while the next one
 * is serialised and crosses, instead of starting once all of it has crossed (lib/background/staged-capture-parts.ts).
 * Parts are kept in the worker's memory only; the capture message is still stored in one transaction. Should the
 * parts be lost (the worker restarted), the worker names them as stale and they are sent whole.
 */
const confirmed = new StoredTurnHashes();

/** Whole turns longer than this in all go ahead in parts; shorter ones go in the capture message. */
const stageAbove = 200_000;
const partChars = 300_000;

export async function sendWithReferences(
  trigger: CaptureTrigger,
  conversation: ExtractedConversation,
  turns: readonly ExtractedTurn[],
): Promise<CaptureResponse> {
  const known = turns.map((turn) => confirmed.hashOf(turn));
  const send = (asReference: (index: number) => boolean, stage = false) => {
    const whole = turns.flatMap((_, i) => (asReference(i) ? [] : [i]));
    const captureId = stage ? sendAheadInParts(whole.map((i) => [i, wireTurnOf(turns[i]!)])) : undefined;
    return sendCapture({
      type: 'content→background:capture-conversation',
      trigger,
      ...(captureId ? { captureId } : {}),
      conversation: {
        ...conversation,
        turns: turns.map((turn, i): TurnReference | TurnOnTheWire | StagedTurn =>
          asReference(i)
            ? { role: turn.role, contentHash: known[i]! }
            : captureId
              ? { role: turn.role, staged: true }
              : wireTurnOf(turn),
        ),
      },
    });
  };
  const confirm = (response: CaptureResponse) => {
    if (response.ok && response.contentHashes) confirmed.remember(turns, response.contentHashes);
    return response;
  };
  const isKnown = (i: number) => known[i] !== undefined;
  const first = confirm(await send(isKnown, true));
  if (first.ok || first.code !== 'stale-references') return first;
  const missing = new Set(first.missing ?? turns.map((_, i) => i));
  const second = confirm(await send((i) => !missing.has(i) && isKnown(i)));
  return second.ok || second.code !== 'stale-references' ? second : confirm(await send(() => false));
}

/**
 * Sends the whole turns ahead in parts when they are long, without waiting for the worker's answers (the capture
 * message that follows waits for the parts there); returns the capture's id, or undefined when they are short
 * enough to go in the capture message itself.
 */
function sendAheadInParts(whole: readonly [number, TurnOnTheWire][]): string | undefined {
  const sizeOf = ([, wire]: [number, TurnOnTheWire]) =>
    wire.markdown.length + (wire.textPieces ? wire.textPieces.literals.length + 3 * wire.textPieces.ranges.length : 0);
  let total = 0;
  for (const turn of whole) total += sizeOf(turn);
  if (total <= stageAbove) return undefined;
  const captureId = crypto.randomUUID();
  let part: [number, TurnOnTheWire][] = [];
  let size = 0;
  const flush = () => {
    if (part.length === 0) return;
    const message: CapturePartRequest = {
      type: 'content→background:capture-part',
      captureId,
      at: part.map(([index]) => index),
      turns: part.map(([, wire]) => wire),
    };
    // A part lost on the way is named by the worker's answer to the capture message, and then sent whole.
    browser.runtime.sendMessage(message).catch(() => undefined);
    part = [];
    size = 0;
  };
  for (const turn of whole) {
    part.push(turn);
    size += sizeOf(turn);
    if (size >= partChars) flush();
  }
  flush();
  return captureId;
}
