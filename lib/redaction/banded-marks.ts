import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { asGradeDetections } from './performance-marks';
import { addUnlessOverlapping, type FoundSpan } from './found-spans';
import { compiledEarly } from './compiled-early';

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
// Each shape is found from its parenthesis (a literal "(" first, so the engine skips ahead to it), then the band or
// the number is read just before it: a pattern opening with a lookbehind and a choice of words would be tried at
// every position of a long trace.
/** "(93)", "(81%)", "(7)": one number in parentheses, after which a band may stand before. */
const numberInParens = compiledEarly(new RegExp(String.raw`\([ \t]*(${number})[ \t]?%?[ \t]*\)`, 'gu'));
/** "A ", "B-", "Notable ": a band right before the parenthesis. */
const bandBefore = new RegExp(String.raw`(?<![\p{L}\p{N}])([A-DF][+−-]?|${bandWord})[ \t]?$`, 'u');
/** "(domina)", "(A)", "(notable)": a band in parentheses, after which a number may stand before. */
const bandInParens = compiledEarly(new RegExp(String.raw`\([ \t]*([A-DF][+−-]?|${bandWord})[ \t]*\)`, 'gu'));
/** "9,40 ", "93 ", "7": a number right before the parenthesis. */
const numberBefore = new RegExp(String.raw`(?<![\p{L}\p{N}.,/-])(${number})[ \t]?%?[ \t]?$`, 'u');
/** The word before a letter band that makes the letter a name ("group A", "Vitamin C"), or any capitalised word. */
const namingWordBefore =
  /(?:(?<![\p{L}])\p{Lu}[\p{L}'’-]*|\b(?:group|grupo|plan|option|opci[óo]n|type|tipo|part|parte|section|secci[óo]n|row|fila|table|tabla|vitamin|vitamina|level|nivel|step|paso|appendix|anexo|class|clase|hepatitis|room|aula|block|bloque|zone|zona|lane|bus))[ \t]$/u;

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
  if (!text.includes('(')) return [];
  const out: FoundSpan[] = [];
  for (const m of allMatches(numberInParens, text)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index).match(bandBefore);
    if (!before || !inBand(before[1] as string, m[1] as string)) continue;
    const start = m.index - before[0].length;
    const band = before[1] as string;
    if (band.length <= 2 && namingWordBefore.test(text.slice(Math.max(0, start - 24), start))) continue;
    addUnlessOverlapping(out, text.slice(start, m.index + m[0].length), start);
  }
  for (const m of allMatches(bandInParens, text)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index).match(numberBefore);
    if (!before || !inBand(m[1] as string, before[1] as string)) continue;
    const start = m.index - before[0].length;
    addUnlessOverlapping(out, text.slice(start, m.index + m[0].length), start);
  }
  return out;
}

/** The marks above as findings of the scan, redacted where they stand. */
export function findBandedMarkDetections(text: string): Detection[] {
  return asGradeDetections(findBandedMarks(text));
}
