import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';
import { asGradeDetections } from './performance-marks';
import type { FoundSpan } from './found-spans';

/**
 * A child's diagnostic scale score with the placement it gives, as i-Ready-style reports and their exports print
 * them: a three-digit scale score, then the placement as an early, mid or late part of a grade ("419 Late 2",
 * "397      Mid 2", "455 | Early K"). Part 18 (2 Dec 2026) lost five such pairs from a data frame printed in an R
 * Markdown chunk, where no column header sits on the score's line. The score is redacted where it stands; a placement
 * alone ("students placed Mid 2 or below") and a score with no placement stay. The caller reads only traces about
 * students.
 */

const placementPair = compiledEarly(
  /(?<![\p{L}\p{N}.,])(\d{3})(?:[ \t]+|[ \t]*\|[ \t]*)(?:Early|Mid|Late)[ \t]+(?:K|1[0-2]|[1-9])(?![\p{L}\p{N}])/gu,
);
/** A cheap look first. */
const mayHold = /\b(?:Early|Mid|Late) (?:K|\d)/u;

/** The scale scores above in `text`. */
export function findDiagnosticPlacementScores(text: string): FoundSpan[] {
  // A match holds one of these words as written: `includes` rules most texts out before the pattern runs.
  if (!['Early ', 'Mid ', 'Late '].some((w) => text.includes(w)) || !mayHold.test(text)) return [];
  return [...allMatches(placementPair, text)].map((m) => ({ text: m[1] as string, start: m.index }));
}

/** The scores above as findings of the scan, redacted where they stand. */
export function findDiagnosticPlacementDetections(text: string): Detection[] {
  return asGradeDetections(findDiagnosticPlacementScores(text));
}
