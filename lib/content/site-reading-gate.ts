import type { ExtractedTurn } from '../model/turn';

/**
 * A cheap look at a site adapter's reading, in the content script, deciding whether the structural reader
 * (a separate bundle: a round trip to the worker plus a full read of the page, seconds on a 400-turn page)
 * should judge it. The judgement itself stays with judgeSiteReading (structural/plausibility.ts); this only
 * spares it where nothing looks wrong.
 *
 * What it looks for is what broke in practice: Claude's 2026-10 markup read with the 0.1.0 selectors merged
 * the prompts into one turn (so roles stopped alternating) and kept 9-23 % of each answer's words (so the
 * turns held far less text than the conversation's element: 11 % on tests/fixtures/claude/fractions-unit-2026-10).
 *
 * Measured 2026-11-30 with `npm run bench -- capture` (400 turns, ~323k words, machine shared with other jobs, so
 * indicative only): click-to-"Captured" on Claude 5.1-6.6 s before, 1.8-3.7 s after; on ChatGPT 5.5-5.8 s
 * before, 1.6-3.1 s after. This look itself costs ~45-95 ms there (mostly the root's textContent and counting).
 */
/** `reason` is for whoever debugs a capture (short: this ships in the 60 KB content script). */
export type GateVerdict = { suspicious: false } | { suspicious: true; reason: string };

/**
 * Below this share of the root's visible-ish characters, the turns miss part of the conversation. The root's
 * text also holds chrome the adapter drops (buttons, "You said:" labels, thinking panels, math markup twice),
 * so a faithful reading covers less than all of it: the adapters' readings of the saved known-site pages cover
 * 0.65-2.3 (more than 1 where a side document is read in), the 0.1.0 Claude selectors on 2026-10 markup 0.11
 * (measured 2026-11-30).
 */
const minimumCoverage = 0.5;

export function judgeSiteReadingCheaply(
  turns: readonly ExtractedTurn[],
  root: Element | null,
  countRootChars: (root: Element) => number = countRootCharacters,
): GateVerdict {
  if (turns.length === 0) return { suspicious: true, reason: 'no turns' };
  if (!turns.every((turn, i) => i === 0 || turn.role !== turns[i - 1]!.role))
    return { suspicious: true, reason: 'prompts and answers do not alternate' };
  if (!turns.some((turn) => turn.role === 'user') || !turns.some((turn) => turn.role === 'assistant'))
    return { suspicious: true, reason: 'one side only' };
  if (root === null) return { suspicious: true, reason: 'no conversation element' };
  const rootChars = countRootChars(root);
  let turnChars = 0;
  for (const turn of turns) turnChars += countNonSpace(turn.text);
  const coverage = rootChars === 0 ? 1 : turnChars / rootChars;
  if (coverage < minimumCoverage)
    return {
      suspicious: true,
      reason: `turns hold ${Math.round(100 * coverage)} % of the text`,
    };
  return { suspicious: false };
}

/** The root's characters other than white space (its textContent: ~20-40 ms on a 400-turn page). */
export function countRootCharacters(root: Element): number {
  return countNonSpace(root.textContent ?? '');
}

/**
 * Characters other than white space (layout adds white space between elements; text does not). A long text is
 * sampled, one character in `sampleStride`: the threshold (0.5) lies far from both faithful readings (0.65 and
 * more) and the broken one it was made for (0.11), so an estimate within a percent is enough, and the exact count
 * of a 400-turn page's ~5 million characters cost ~25 ms of the page's main thread (CPU profile, 2026-11-30).
 */
export function countNonSpace(s: string): number {
  const stride = s.length > exactUpTo ? sampleStride : 1;
  let n = 0;
  for (let i = 0; i < s.length; i += stride) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n * stride;
}

const exactUpTo = 4096;
const sampleStride = 8;
