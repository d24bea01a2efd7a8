import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';
import { asGradeDetections } from './performance-marks';
import { notANameWord } from './context-names';
import type { FoundSpan } from './found-spans';
import { lineStartOf } from './text-lines';

/**
 * A row of a child's marks on the 1,0–7,0 scale of Chile (and the comma-decimal 1–10 scales near it), as a gradebook
 * export from Napsis, Lirmi or a spreadsheet pastes them after the child's name: "Renata Iturra Vidal   4,5  5,2
 * 6,0  5,2" (part 18, 2 Dec 2026: an export of unit marks N1 N2 N3 and the average lost five such rows; a single
 * "promedio de 3,8" is read by averages-and-credits.ts, a row of bare numbers by nothing). A row is three or more
 * marks of one digit, a comma and one digit, between spaces, tabs or table pipes, at the end of a line whose text
 * before them holds two capitalised words that can be a name (not "Trial 1", "Unit Test": context-names.ts).
 * Measurements in a lesson's data table are written with units or after a label that is no name. The marks are
 * redacted as one span; the caller reads only traces about students.
 */

const mark = String.raw`\d,\d`;
const markRow = compiledEarly(new RegExp(String.raw`(?<=[ \t|])(${mark}(?:[ \t|]+${mark}){2,})[ \t|]*$`, 'gmu'));
const twoCapitalWords = /(\p{Lu}\p{Ll}[\p{L}'’-]*)[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*/u;
/** A cheap look first: two comma marks in a row. */
const mayHold = compiledEarly(/\d,\d[ \t|]+\d,\d/u);

/** The rows of marks above in `text`. */
export function findCommaDecimalMarkRows(text: string): FoundSpan[] {
  if (!mayHold.test(text)) return [];
  const out: FoundSpan[] = [];
  for (const m of allMatches(markRow, text)) {
    const name = text.slice(lineStartOf(text, m.index), m.index).match(twoCapitalWords);
    if (!name || notANameWord(name[1] as string)) continue;
    out.push({ text: m[1] as string, start: m.index });
  }
  return out;
}

/** The rows above as findings of the scan, redacted where they stand. */
export function findCommaDecimalMarkRowDetections(text: string): Detection[] {
  return asGradeDetections(findCommaDecimalMarkRows(text));
}
