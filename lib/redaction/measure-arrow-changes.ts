import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { asGradeDetections } from './performance-marks';
import type { FoundSpan } from './found-spans';
import { compiledEarly } from './compiled-early';

/**
 * A child's change on a measure written with an arrow: "ORF 55 → 73", "RIT 201 -> 214", "Lexile 540L → 610L",
 * "wcpm: 41 ⇒ 58" — the shorthand of intervention logs and MTSS summaries (part 20, 2 Dec 2026: a Tier 3 reading
 * summary lost three fall-to-winter ORF changes; "rose from 41 to 58 wcpm" is read by progress-data.ts). The measure
 * is an acronym in capitals (ORF, MAP, RIT, NWF, DIBELS…) or one of the words teachers use for a score; a quantity
 * with a unit after it ("PE 20 → 30 min", "CO 5 → 10 ppm") is no child's score. Both numbers are redacted as one
 * span; the caller reads only traces about students.
 */

const arrow = String.raw`(?:→|⟶|➔|⇒|->|=>|-->)`;
const value = String.raw`\d{1,4}(?:[.,]\d{1,2})?[ \t]?(?:%|L(?![\p{L}]))?`;
const measure = String.raw`(?:\p{Lu}{2,6}|[Ll]exile|wcpm|WCPM|[Ss]cores?|[Pp]untaje|[Nn]ivel|[Ll]evel)`;
const arrowChange = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${measure}:?[ \t]+(${value}[ \t]*${arrow}[ \t]*${value})(?![\p{N}]|[ \t]*(?:min|minutes|mins|sec|seconds|s|hrs?|hours|km|mi|m|cm|mm|kg|g|lb|lbs|ppm|mph|°|ºC|°C|°F)(?![\p{L}]))`,
  'gu',
);
/** A cheap look first: an arrow at all. */
const mayHold = compiledEarly(/→|⟶|➔|⇒|->|=>/u);

/** The changes above in `text`. */
export function findMeasureArrowChanges(text: string): FoundSpan[] {
  if (!mayHold.test(text)) return [];
  return allMatches(arrowChange, text).map((m) => {
    const span = m[1] as string;
    return { text: span, start: m.index + m[0].lastIndexOf(span) };
  });
}

/** The changes above as findings of the scan, redacted where they stand. */
export function findMeasureArrowChangeDetections(text: string): Detection[] {
  return asGradeDetections(findMeasureArrowChanges(text));
}
