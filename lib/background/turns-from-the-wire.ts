import { limits } from '../model/turn';
import type { CaptureConversationRequest } from '../messaging/protocol';
import { textFromMarkdownPieces } from '../messaging/text-from-markdown';
import type { CapturedConversation, CapturedTurn } from '../capture/merge-capture';

/**
 * The captured conversation with every turn's plain text rebuilt from its Markdown pieces (the content script
 * sends them instead of the text: lib/messaging/text-from-markdown.ts); turns sent by reference stay references
 * (the merge checks them). Undefined when a turn has neither a text nor pieces that fit its Markdown within the size
 * limit, or there are too many turns: the message is then refused as malformed.
 */
export function conversationFromTheWire(
  wire: CaptureConversationRequest['conversation'],
): CapturedConversation | undefined {
  if (wire.turns.length > limits.maxTurns) return undefined;
  const turns: CapturedTurn[] = [];
  for (const turn of wire.turns) {
    if ('contentHash' in turn) {
      turns.push({ role: turn.role, contentHash: turn.contentHash });
      continue;
    }
    const { role, markdown, text, textPieces } = turn;
    const rebuilt =
      text ?? (textPieces ? textFromMarkdownPieces(textPieces, markdown, limits.maxTurnChars) : undefined);
    if (rebuilt === undefined) return undefined;
    turns.push({ role, text: rebuilt, markdown });
  }
  return { ...wire, turns };
}
