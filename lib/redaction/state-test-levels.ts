import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { asGradeDetections } from './performance-marks';
import { addUnlessOverlapping, type FoundSpan } from './found-spans';
import { lineStartOf } from './text-lines';
import { holdsAnyWord } from './folded-text';

/**
 * A child's results on a state or language-proficiency test, as score reports and the family letters drawn from
 * them write them (part 16, 1 Dec 2026: a CAASPP export and a STAAR/TELPAS family letter lost 27 of their marks):
 * - a scale score with its performance level ("2489 (Standard Nearly Met)", "1512 / Meets Grade Level", a
 *   spreadsheet's "2404<TAB>Standard Not Met"), and a level alone ("Standard Exceeded"; the levels of Smarter
 *   Balanced — Exceeded, Met, Nearly Met, Not Met — and of STAAR — Did Not Meet, Approaches, Meets, Masters Grade
 *   Level — as the states publish them);
 * - STAAR's levels in the Spanish of Texas's family reports ("Cumple con el nivel de grado", "Domina el nivel de
 *   grado", "Se aproxima al nivel de grado") and a score in points ("obtuvo 1478 puntos");
 * - TELPAS's top proficiency rating, "Advanced High" / "Avanzado Alto";
 * - a Lexile or Quantile measure of the child ("his Lexile of 830L", "scores (560L, 390Q)", a cell "725Q") — not
 *   of a book, which a reading list writes after its title or author ("Wonder (R.J. Palacio, 790L)", "*Holes*
 *   (660L)").
 * Read only in a trace already about students (the caller's gate, as for performance-marks.ts). A sentence
 * quoting a cut score ("the cut for Standard Met is 2531") names the level, and a band ("the 925L-1185L band")
 * a grade's range, not a child's result.
 */

const level = String.raw`(?:Standard (?:Exceeded|Nearly Met|Not Met|Met)|(?:Did Not Meet|Approaches|Meets|Masters)(?: Grade Level)?)`;
const scoreWithLevel = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])[1-9]\d{2,3}[ \t]*(?:\/|\(|\t|,|–|—)[ \t]*${level}(?![\p{L}])\)?`,
  'gu',
);
const levelAlone = /(?<![\p{L}])Standard (?:Exceeded|Nearly Met|Not Met|Met)(?![\p{L}])/gu;
const cutBefore = /\b(?:cut(?:[ \t]+score)?|threshold|cutoff)[ \t]+(?:for|of)[ \t]+$/iu;
const spanishLevel =
  /["“]?(?:[Cc]umple con el|[Dd]omina el|[Ss]e aproxima al|[Nn]o cumple con el|[Tt]odav[íi]a no alcanza el|[Nn]o alcanza el) nivel de grado["”]?/gu;
const pointsScore = /(?<![\p{L}\p{N}.,])[1-3]\d{3}[ \t]+(?:puntos|points)(?![\p{L}])/giu;
/** A score in points is a child's after a verb of scoring or a subject, a few words before it. */
const pointsCue =
  /\b(?:obtuvo|sac[óo]|logr[óo]|alcanz[óo]|scored|earned|got|lectura|matem[áa]ticas|reading|math)\b[^.\n\d]{0,30}$/iu;
const proficiencyTop = /(?<![\p{L}])(?:Advanced High(?![ \t]+School)|Avanzado Alto)(?![\p{L}])/gu;
const measure = /(?<![\p{L}\p{N}])(?:BR)?[1-9]\d{1,3}[LQ](?![\p{L}\p{N}])/gu;
const measureCue = /\b(?:Lexile|Quantile|measure|nivel lector)s?\b[^.\n]{0,12}$/iu;

/** Whether the measure at `at` of `line` is a book's: in parentheses after a title or with an author's name. */
function isBooksMeasure(text: string, at: number): boolean {
  const before = text.slice(lineStartOf(text, at), at);
  const open = before.lastIndexOf('(');
  if (open === -1 || before.indexOf(')', open) !== -1) return false;
  if (/\p{L}/u.test(before.slice(open + 1).replace(/(?:BR)?\d+[LQ]/gu, '')))
    return !/\b(?:Lexile|Quantile)\b/iu.test(before.slice(open + 1));
  const beforeParen = before.slice(0, open).trimEnd();
  if (/[*_"”’]$/u.test(beforeParen)) return true;
  const word = /(\p{L}+)$/u.exec(beforeParen)?.[1] ?? '';
  return /^\p{Lu}/u.test(word) && !/^(?:Lexile|Quantile)$/iu.test(word);
}

function isChildsMeasure(text: string, at: number, end: number): boolean {
  if (isBooksMeasure(text, at)) return false;
  const before = text.slice(lineStartOf(text, at), at);
  // A band is a range of a grade's measures ("the 925L-1185L band"), not one child's.
  if (/^[ \t]*[-–—][ \t]*(?:BR)?\d/u.test(text.slice(end, end + 4)) || /\d[LQ]?[ \t]*[-–—][ \t]*$/u.test(before))
    return false;
  // A cell of a pasted report, or after the measure's own name ("Lexile of 830L", "scores (560L, 390Q)").
  if (/[\t|][ \t]*$/u.test(before) && /^[ \t]*(?:[\t|\n]|$)/u.test(text.slice(end, end + 4))) return true;
  return measureCue.test(before) || /\bscores?[ \t]*\([^)]*$/iu.test(before);
}

/** A child's state-test and proficiency results in `text` (the caller's gate: a trace about students). */
export function findStateTestResults(text: string): FoundSpan[] {
  const out: FoundSpan[] = [];
  const add = (t: string, start: number) => addUnlessOverlapping(out, t, start);
  // Plain `includes` for the words (folded-text.ts: a keyword pattern compiled late runs unoptimised).
  if (['Standard', 'Meet', 'Approaches', 'Masters'].some((w) => text.includes(w))) {
    for (const m of allMatches(scoreWithLevel, text)) add(m[0], m.index);
    for (const m of allMatches(levelAlone, text))
      if (!cutBefore.test(text.slice(Math.max(0, m.index - 30), m.index))) add(m[0], m.index);
  }
  if (text.includes('nivel de grado')) for (const m of allMatches(spanishLevel, text)) add(m[0], m.index);
  if (holdsAnyWord(text, ['puntos', 'points'], /puntos|points/i))
    for (const m of allMatches(pointsScore, text))
      if (pointsCue.test(text.slice(Math.max(0, m.index - 60), m.index))) add(m[0], m.index);
  if (text.includes('Advanced High') || text.includes('Avanzado Alto'))
    for (const m of allMatches(proficiencyTop, text)) add(m[0], m.index);
  if (/\d[LQ]/.test(text))
    for (const m of allMatches(measure, text))
      if (isChildsMeasure(text, m.index, m.index + m[0].length)) add(m[0], m.index);
  return out;
}

/** The results above as findings of the scan, redacted where they stand. */
export function findStateTestResultDetections(text: string): Detection[] {
  return asGradeDetections(findStateTestResults(text));
}
