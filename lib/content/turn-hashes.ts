import { hashTurns } from '../capture/content-hash';
import type { ExtractedTurn } from '../model/turn';
import type { TurnOnTheWire } from '../messaging/protocol';
import { textAsMarkdownPieces } from '../messaging/text-from-markdown';

/**
 * What a capture sends of each turn, prepared ahead: its content hash (SHA-256, computed exactly as the worker
 * computes it: lib/capture/content-hash.ts) and its form on the wire (text as Markdown pieces), by turn object. The
 * cache of read turns (turn-reading-cache.ts) hands back the same objects while the page is unchanged, so a turn
 * prepared in idle time costs nothing at the click.
 */
const hashByTurn = new WeakMap<ExtractedTurn, string>();
const wireByTurn = new WeakMap<ExtractedTurn, TurnOnTheWire>();

/** Every turn's hash, in order: those hashed before are reused, the rest hashed now. */
export async function hashesOf(turns: readonly ExtractedTurn[]): Promise<string[]> {
  const missing = turns.filter((turn) => !hashByTurn.has(turn));
  const computed = await hashTurns(missing);
  missing.forEach((turn, i) => hashByTurn.set(turn, computed[i]!));
  return turns.map((turn) => hashByTurn.get(turn)!);
}

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
 * Prepares the turns not prepared yet, a batch at a time between idle moments; resolves true when all are done,
 * false once `isWanted` says to stop.
 */
export async function prepareTurnsAhead(turns: readonly ExtractedTurn[], isWanted: () => boolean): Promise<boolean> {
  const missing = turns.filter((turn) => !hashByTurn.has(turn));
  const batch = 20;
  for (let start = 0; start < missing.length; start += batch) {
    if (!isWanted()) return false;
    const slice = missing.slice(start, start + batch);
    await hashesOf(slice);
    for (const turn of slice) wireTurnOf(turn);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return isWanted();
}
