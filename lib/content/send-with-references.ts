import { browser } from 'wxt/browser';
import type { ExtractedConversation } from '../model/conversation';
import type { ExtractedTurn } from '../model/turn';
import {
  StoredTurnHashesResponse,
  type CaptureConversationRequest,
  type CaptureResponse,
  type CaptureTrigger,
} from '../messaging/protocol';
import { sendCapture } from './send-capture';
import { hashesOf, wireTurnOf } from './turn-hashes';

/**
 * Sends a capture whose unchanged turns go as references: the page asks the worker which of its turns' content hashes
 * are stored for this conversation (a small message), then sends those turns as `{ role, contentHash }` and the others
 * whole. A 400-turn re-capture then sends a few kilobytes instead of ~5 million characters, and the worker hashes
 * and checks only what changed. If a reference no longer holds when the worker merges (the turn was changed or
 * deleted meanwhile, from another tab or the side panel), the worker stores nothing and answers `stale-references`;
 * the capture is then sent whole, as without references. Hashes are those computed in idle time where the turns
 * were read ahead (turn-hashes.ts).
 */
export async function sendWithReferences(
  trigger: CaptureTrigger,
  conversation: ExtractedConversation,
  turns: readonly ExtractedTurn[],
): Promise<CaptureResponse> {
  const whole = (): CaptureConversationRequest => ({
    type: 'content→background:capture-conversation',
    trigger,
    conversation: { ...conversation, turns: turns.map(wireTurnOf) },
  });
  const stored = await storedTurns(conversation, await hashesOf(turns));
  if (!stored.some(Boolean)) return sendCapture(whole());
  const hashes = await hashesOf(turns);
  const response = await sendCapture({
    type: 'content→background:capture-conversation',
    trigger,
    conversation: {
      ...conversation,
      turns: turns.map((turn, i) => (stored[i] ? { role: turn.role, contentHash: hashes[i]! } : wireTurnOf(turn))),
    },
  });
  return !response.ok && response.code === 'stale-references' ? sendCapture(whole()) : response;
}

async function storedTurns(conversation: ExtractedConversation, hashes: string[]): Promise<boolean[]> {
  const none = hashes.map(() => false);
  try {
    const answer = StoredTurnHashesResponse.safeParse(
      await browser.runtime.sendMessage({
        type: 'content→background:stored-turn-hashes',
        site: conversation.site,
        externalId: conversation.externalId,
        hashes,
      }),
    );
    return answer.success && answer.data.stored.length === hashes.length ? answer.data.stored : none;
  } catch {
    return none; // The worker could not answer: everything goes whole, and sendCapture retries as usual.
  }
}
