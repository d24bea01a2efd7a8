import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { asGradeDetections } from './performance-marks';
import { addUnlessOverlapping, type FoundSpan } from './found-spans';

/**
 * A child's mark written twice over: a band of a grading scale with its number in parentheses, or a number with its
 * band. Report-card exports and teachers' letters write "A (93)", "B- (81%)", Spain's "Sobresaliente (9)", "Notable
 * (7)", "Insuficiente (4)", and Ecuador's "9,40 (domina)", "3,85 (no alcanza)" (part 20, 2 Dec 2026: a Puerto Rican
 * SIE export and its family letters lost eight letter marks, an Extremadura Rayuela sheet eight word marks, an
 * Ecuadorian report nine). What makes it a mark rather than "Group A (12)", "Plan B (3)" or a scale's own legend
 * ("Notable (7-8)", "9-10 domina") is that the number is one value, not a range, and falls in the band it is written
 * with: A 85–100, B 75–92, C 65–82, D 55–72, F 0–64 on the percent scales of US report cards (overlaps allow + and
 * − and a school's own cut-offs); Spain's LOMLOE words on 0–10 (Insuficiente < 5, Suficiente 5, Bien 6, Notable 7–8,
 * Sobresaliente 9–10); Ecuador's achievement scale on 0–10 (no alcanza ≤ 4, próximo a alcanzar 4,01–6,99, alcanza
 * 7–8,99, domina 9–10). A letter after a capitalised word or a naming word ("Vitamin C (70)", "group A (90)", "Plan
 * B (80)") names a thing, not a mark. The whole pair is redacted; the caller reads only traces about students.
 */

type Band = readonly [min: number, max: number];

const letterBands: Record<string, Band> = { a: [85, 100], b: [75, 92], c: [65, 82], d: [55, 72], f: [0, 64] };
const wordBands: Record<string, Band> = {
  insuficiente: [0, 4.99],
  suficiente: [5, 5.99],
  bien: [6, 6.99],
  notable: [7, 8.99],
  sobresaliente: [9, 10],
  'no alcanza': [0, 4],
  'próximo a alcanzar': [4, 6.99],
  'proximo a alcanzar': [4, 6.99],
  alcanza: [7, 8.99],
  domina: [9, 10],
};

const number = String.raw`\d{1,3}(?:[.,]\d{1,2})?`;
const bandWord = String.raw`(?:[Ii]nsuficiente|[Ss]uficiente|[Bb]ien|[Nn]otable|[Ss]obresaliente|[Nn]o alcanza|[Pp]r[óo]ximo a alcanzar|[Aa]lcanza|[Dd]omina)`;
/** "A (93)", "B- (81%)", "Notable (7)": a band, then its one number in parentheses. */
const bandThenNumber = new RegExp(
  String.raw`(?<![\p{L}\p{N}])([A-DF][+−-]?|${bandWord})[ \t]?\([ \t]*(${number})[ \t]?%?[ \t]*\)`,
  'gu',
);
/** "9,40 (domina)", "93 (A)", "7 (notable)": a number, then its band in parentheses. */
const numberThenBand = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/-])(${number})[ \t]?%?[ \t]?\([ \t]*([A-DF][+−-]?|${bandWord})[ \t]*\)`,
  'gu',
);
/** The word before a letter band that makes the letter a name ("group A", "Vitamin C"), or any capitalised word. */
const namingWordBefore =
  /(?:(?<![\p{L}])\p{Lu}[\p{L}'’-]*|\b(?:group|grupo|plan|option|opci[óo]n|type|tipo|part|parte|section|secci[óo]n|row|fila|table|tabla|vitamin|vitamina|level|nivel|step|paso|appendix|anexo|class|clase|hepatitis|room|aula|block|bloque|zone|zona|lane|bus))[ \t]$/u;
/** A cheap look first: a parenthesis right after a letter, a digit or a space and one of them. */
const mayHold = /[\p{L}\p{N}%] ?\(/u;

function inBand(band: string, value: string): boolean {
  const key = band.toLowerCase();
  const bounds = letterBands[key.charAt(0)] && key.length <= 2 ? letterBands[key.charAt(0)] : wordBands[key];
  if (!bounds) return false;
  const n = Number(value.replace(',', '.'));
  // Letter bands are percents; a 0–10 word scale takes no percent-sized number.
  return n >= bounds[0] && n <= bounds[1];
}

/** The marks above in `text`. */
export function findBandedMarks(text: string): FoundSpan[] {
  if (!text.includes('(') || !mayHold.test(text)) return [];
  const out: FoundSpan[] = [];
  for (const m of allMatches(bandThenNumber, text)) {
    const band = m[1] as string;
    if (!inBand(band, m[2] as string)) continue;
    if (band.length <= 2 && namingWordBefore.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    addUnlessOverlapping(out, m[0], m.index);
  }
  for (const m of allMatches(numberThenBand, text))
    if (inBand(m[2] as string, m[1] as string)) addUnlessOverlapping(out, m[0], m.index);
  return out;
}

/** The marks above as findings of the scan, redacted where they stand. */
export function findBandedMarkDetections(text: string): Detection[] {
  return asGradeDetections(findBandedMarks(text));
}
