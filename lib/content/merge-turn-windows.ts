import type { ExtractedTurn } from '../model/turn';

const sameTurn = (a: ExtractedTurn, b: ExtractedTurn) => a.role === b.role && a.text === b.text;

/** Length of the longest run that ends `before` and starts `after` (turn by turn). */
function overlap(before: readonly ExtractedTurn[], after: readonly ExtractedTurn[]): number {
  for (let length = Math.min(before.length, after.length); length > 0; length--) {
    let isMatch = true;
    for (let i = 0; i < length && isMatch; i++) isMatch = sameTurn(before[before.length - length + i]!, after[i]!);
    if (isMatch) return length;
  }
  return 0;
}

/** True when `window` appears, in order and contiguous, inside `turns`. */
function contains(turns: readonly ExtractedTurn[], window: readonly ExtractedTurn[]): boolean {
  outer: for (let start = 0; start + window.length <= turns.length; start++) {
    for (let i = 0; i < window.length; i++) if (!sameTurn(turns[start + i]!, window[i]!)) continue outer;
    return true;
  }
  return false;
}

/**
 * Joins what a virtualised page showed at one scroll position (`window`, a contiguous run of turns) with the
 * turns read so far, by their overlap: a window that continues the conversation is appended, one that comes
 * before it (older turns loaded above) is prepended, one already seen changes nothing. Windows without any
 * overlap are appended, so nothing read is ever dropped.
 */
export function mergeTurnWindows(turns: readonly ExtractedTurn[], window: readonly ExtractedTurn[]): ExtractedTurn[] {
  if (window.length === 0) return [...turns];
  if (turns.length === 0) return [...window];
  if (contains(turns, window)) return [...turns];
  const after = overlap(turns, window);
  if (after > 0) return [...turns, ...window.slice(after)];
  const before = overlap(window, turns);
  if (before > 0) return [...window.slice(0, window.length - before), ...turns];
  return [...turns, ...window];
}
