import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';
import { asGradeDetections } from './performance-marks';
import { addUnlessOverlapping, type FoundSpan } from './found-spans';
import { lineAround } from './text-lines';

/**
 * A mark on Spain's 0–10 scale written with the abbreviation of its qualification, as Séneca, Ítaca, Raíces and the
 * other regional school systems print a child's evaluation (part 18, 2 Dec 2026: a tutor's summary for an evaluation
 * session lost "8 (NT)", "4 (IN)", "10 (SB)" and "5 (SU)"; national-scale-marks.ts reads only the words "notable",
 * "sobresaliente"…). The abbreviations are the ones of the evaluation orders (LOE/LOMLOE): IN insuficiente, SU
 * suficiente, BI bien, NT notable, SB sobresaliente. Read in upper case, and only beside a mark of 0–10 (comma
 * decimals allowed) with the abbreviation in parentheses or the mark in parentheses after it: "8 (NT)", "7,5 (NT)",
 * "SB (9)", "NT(8)". A bare "IN" or "SU" is English or a name; a number and an abbreviation without brackets ("3 IN
 * stock") is not read. The mark alone is redacted, where it stands; the caller reads only traces about students.
 * A line that gives an abbreviation a range ("IN (0-4), SU (5), BI (6), NT (7-8)", "9-10 (SB)") is the scale's
 * legend in a lesson or a rubric, not a child's mark: nothing on it is read.
 */

const abbreviation = String.raw`(?:IN|SU|BI|NT|SB)`;
const mark = String.raw`(?:10|\d)(?:,\d{1,2})?`;
const markThenAbbreviation = compiledEarly(
  new RegExp(String.raw`(?<![\p{L}\p{N}.,/–-])(${mark})[ \t]*\([ \t]*${abbreviation}[ \t]*\)`, 'gu'),
);
const abbreviationThenMark = compiledEarly(
  new RegExp(String.raw`(?<![\p{L}\p{N}])${abbreviation}[ \t]*\([ \t]*(${mark})[ \t]*\)`, 'gu'),
);
/** A range given to an abbreviation: the line is the scale's legend. */
const legendRange = compiledEarly(
  new RegExp(
    String.raw`${abbreviation}[ \t]*\([ \t]*\d{1,2}(?:,\d)?[ \t]*[–-]|\d[ \t]*[–-][ \t]*\d{1,2}(?:,\d)?[ \t]*\([ \t]*${abbreviation}[ \t]*\)`,
    'u',
  ),
);
/** A cheap look first: no bracketed abbreviation or bracketed small number, no such mark. */
const mayHold = compiledEarly(/\((?:\s*(?:IN|SU|BI|NT|SB)\s*\)|\s*\d)/u);

/** The marks above in `text`. */
export function findSpainMarkAbbreviations(text: string): FoundSpan[] {
  if (!mayHold.test(text)) return [];
  const out: FoundSpan[] = [];
  const add = (value: string, start: number) => {
    if (!legendRange.test(lineAround(text, start, start + value.length).line)) addUnlessOverlapping(out, value, start);
  };
  for (const m of allMatches(markThenAbbreviation, text)) add(m[1] as string, m.index);
  for (const m of allMatches(abbreviationThenMark, text)) {
    const value = m[1] as string;
    add(value, m.index + m[0].lastIndexOf(value));
  }
  return out;
}

/** The marks above as findings of the scan, redacted where they stand. */
export function findSpainMarkAbbreviationDetections(text: string): Detection[] {
  return asGradeDetections(findSpainMarkAbbreviations(text));
}
