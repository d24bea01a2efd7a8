import { limits, type ExtractedTurn } from '../model/turn';
import type { CaptureConversationRequest, TurnOnTheWire } from '../messaging/protocol';
import { textFromMarkdownPieces } from '../messaging/text-from-markdown';
import type { CapturedConversation, CapturedTurn } from '../capture/merge-capture';

/** A turn sent ahead in a part of this capture, as the worker rebuilt and hashed it (staged-capture-parts.ts). */
export interface StagedWholeTurn {
  turn: ExtractedTurn;
  contentHash: string;
}

/** A captured conversation with the content hashes the worker already knows of its whole turns (by index). */
export interface ConversationFromTheWire {
  conversation: CapturedConversation;
  /** The hash of each whole turn taken from a part, at its index in the capture (the merge does not hash those again). */
  knownHashes: (string | undefined)[];
  /** Capture indexes of turns sent ahead in parts that never arrived (or disagree on the role): send them whole. */
  missingStaged: number[];
}

/** The turn with its plain text rebuilt from its Markdown pieces, or undefined when they don't fit the limit. */
export function turnFromTheWire({ role, markdown, text, textPieces }: TurnOnTheWire): ExtractedTurn | undefined {
  const rebuilt = text ?? (textPieces ? textFromMarkdownPieces(textPieces, markdown, limits.maxTurnChars) : undefined);
  return rebuilt === undefined ? undefined : { role, text: rebuilt, markdown };
}

/**
 * The captured conversation with every turn's plain text rebuilt from its Markdown pieces (the content script
 * sends them instead of the text: lib/messaging/text-from-markdown.ts); turns sent by reference stay references
 * (the merge checks them); turns sent ahead in parts are taken from `staged` (by the number they were sent under). Undefined when a turn has neither a
 * text nor pieces that fit its Markdown within the size limit, or there are too many turns: the message is then
 * refused as malformed.
 */
export function conversationFromTheWire(
  wire: CaptureConversationRequest['conversation'],
  staged: ReadonlyMap<number, StagedWholeTurn> = new Map(),
): ConversationFromTheWire | undefined {
  if (wire.turns.length > limits.maxTurns) return undefined;
  const turns: CapturedTurn[] = [];
  const knownHashes: (string | undefined)[] = [];
  const missingStaged: number[] = [];
  for (const [index, turn] of wire.turns.entries()) {
    if ('contentHash' in turn) {
      turns.push({ role: turn.role, contentHash: turn.contentHash });
      knownHashes.push(undefined);
    } else if ('staged' in turn) {
      const part = staged.get(turn.staged);
      if (part === undefined || part.turn.role !== turn.role) missingStaged.push(index);
      turns.push(part?.turn ?? { role: turn.role, text: '', markdown: '' });
      knownHashes.push(part?.contentHash);
    } else {
      const whole = turnFromTheWire(turn);
      if (whole === undefined) return undefined;
      turns.push(whole);
      knownHashes.push(undefined);
    }
  }
  return { conversation: { ...wire, turns }, knownHashes, missingStaged };
}
