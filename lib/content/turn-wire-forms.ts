import type { ExtractedTurn } from '../model/turn';
import type { TurnOnTheWire } from '../messaging/protocol';
import { textAsMarkdownPieces } from '../messaging/text-from-markdown';

/**
 * What a capture sends of each turn whole, prepared ahead: its form on the wire (text as Markdown pieces), by turn
 * object. The cache of read turns (turn-reading-cache.ts) hands back the same objects while the page is unchanged,
 * so a turn prepared once costs nothing at the next click. Nothing is hashed here: the hashes of stored turns come
 * from the worker's answers (stored-turn-hashes.ts), or are of turns the library holds (library-turns.ts). Hashing
 * every turn ahead in idle time raised the page's main-thread time after a 2,000-token answer on a 40-turn page to
 * 1.36-1.42x its own without ShowWork (1.02x without it; 2026-12-01).
 */
const wireByTurn = new WeakMap<ExtractedTurn, TurnOnTheWire>();

/** The turn as it crosses to the worker whole: its text as pieces of its Markdown (~40 % less message). */
export function wireTurnOf(turn: ExtractedTurn): TurnOnTheWire {
  let wire = wireByTurn.get(turn);
  if (wire === undefined) {
    wire = { role: turn.role, markdown: turn.markdown, textPieces: textAsMarkdownPieces(turn.text, turn.markdown) };
    wireByTurn.set(turn, wire);
  }
  return wire;
}

/**
 * Prepares the wire form of the turns not prepared yet, a batch at a time between idle moments; resolves true when
 * all are done, false once `isWanted` says to stop.
 */
export async function prepareTurnsAhead(turns: readonly ExtractedTurn[], isWanted: () => boolean): Promise<boolean> {
  const missing = turns.filter((turn) => !wireByTurn.has(turn));
  const batch = 20;
  for (let start = 0; start < missing.length; start += batch) {
    if (!isWanted()) return false;
    const slice = missing.slice(start, start + batch);
    for (const turn of slice) wireTurnOf(turn);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return isWanted();
}
