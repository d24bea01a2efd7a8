import { hashTurns } from '../capture/content-hash';
import type { ExtractedTurn } from '../model/turn';
import type { TurnOnTheWire } from '../messaging/protocol';
import { textAsMarkdownPieces } from '../messaging/text-from-markdown';

/**
 * What a capture sends of each turn, prepared ahead: its content hash (SHA-256, computed exactly as the worker
 * computes it: lib/capture/content-hash.ts) and its form on the wire (text as Markdown pieces), by turn object. The
 * cache of read turns (turn-reading-cache.ts) hands back the same objects while the page is unchanged, so a turn
 * prepared once costs nothing at the next click.
 *
 * Only the wire form is prepared in idle time; hashes are computed at the click (and kept for the next one). Hashing
 * ahead cost the page far more main-thread time than hashing at the click suggests: after a 2,000-token answer on a
 * 40-turn page, main-thread time rose to 1.36-1.42x the page's own without ShowWork, and back to 1.02x without the
 * idle-time hashing (`npm run bench -- capture`, auto-record overhead, 2026-12-01; crypto.subtle in the content
 * script's world, cause not traced further).
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
 * Prepares the wire form of the turns not prepared yet, a batch at a time between idle moments; resolves true when
 * all are done, false once `isWanted` says to stop. (Hashes are left to the click: see above.)
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
