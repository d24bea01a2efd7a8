import type { ExtractedConversation } from '../model/conversation';
import type { ExtractedTurn } from '../model/turn';
import type { CaptureResponse, CaptureTrigger, TurnOnTheWire, TurnReference } from '../messaging/protocol';
import { sendCapture } from './send-capture';
import { wireTurnOf } from './turn-wire-forms';
import { StoredTurnHashes } from './stored-turn-hashes';

/**
 * Sends a capture whose turns go as references to what the worker stored (`{ role, contentHash }`): a 400-turn
 * re-capture then sends a few kilobytes instead of ~5 million characters, and the worker hashes and checks only what
 * changed. The worker checks every reference inside its transaction; when some do not hold (a turn changed from
 * another tab meanwhile, the conversation deleted) it stores nothing and names them (`stale-references`), and they
 * are sent whole with the others still as references; should that fail again, the whole capture is sent whole. Wire
 * forms are those prepared in idle time where the turns were read ahead (turn-hashes.ts).
 *
 * Only turns the worker has confirmed storing, in an answer to this page, go as references, with the hash it
 * answered with (stored-turn-hashes.ts): the page never hashes. A capture with none (the first one of a
 * conversation) goes whole at once. Sending references the worker could not hold made every first capture two round
 * trips and a rolled-back transaction: the fastest path's "trace opened" went from 65-114 ms to ~200 ms (2026-12-01).
 */
const confirmed = new StoredTurnHashes();
export async function sendWithReferences(
  trigger: CaptureTrigger,
  conversation: ExtractedConversation,
  turns: readonly ExtractedTurn[],
): Promise<CaptureResponse> {
  const known = turns.map((turn) => confirmed.hashOf(turn));
  const send = (asReference: (index: number) => boolean) =>
    sendCapture({
      type: 'content→background:capture-conversation',
      trigger,
      conversation: {
        ...conversation,
        turns: turns.map((turn, i): TurnReference | TurnOnTheWire =>
          asReference(i) ? { role: turn.role, contentHash: known[i]! } : wireTurnOf(turn),
        ),
      },
    });
  const confirm = (response: CaptureResponse) => {
    if (response.ok && response.contentHashes) confirmed.remember(turns, response.contentHashes);
    return response;
  };
  const isKnown = (i: number) => known[i] !== undefined;
  const first = confirm(await send(isKnown));
  if (first.ok || first.code !== 'stale-references') return first;
  const missing = new Set(first.missing ?? turns.map((_, i) => i));
  const second = confirm(await send((i) => !missing.has(i) && isKnown(i)));
  return second.ok || second.code !== 'stale-references' ? second : confirm(await send(() => false));
}
