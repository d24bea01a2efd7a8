import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { asGradeDetections } from './performance-marks';
import { addUnlessOverlapping, type FoundSpan } from './found-spans';
import { foldedLowerCase, mayHoldAnyWord } from './folded-text';

/**
 * Several children's marks listed after a plural word for marks, as an AI's warning or a summary restates them
 * where no child is named beside each: "los promedios (9.4, 6.1, 8.7)", "their averages: 78%, 64% and 91%",
 * "las notas 6,5; 4,8 y 7,0". Blind part 21 (2 Dec 2026) kept three averages of an SIS response restated so; the
 * marks were found where the response gave them, but a mark is redacted only where it stands.
 * Two or more numbers (0–100, a decimal by point or comma, a percent sign) right after the word, in parentheses
 * or after a colon, separated by commas, semicolons, "and" or "y". A run of consecutive whole numbers
 * ("rubric scores 1, 2, 3, 4") is a scale's levels, not anyone's marks. The caller reads only traces about
 * students.
 */
/**
 * The plural mark words, looked for with native searches in a lower-case copy (folded-text.ts); the list's regex is
 * then tried only right there, as a sticky match.
 */
const markWords = [
  'promedios',
  'notas',
  'calificaciones',
  'puntajes',
  'puntuaciones',
  'grades',
  'scores',
  'averages',
  'marks',
  'gpas',
];
const mark = String.raw`(?:100|\d{1,2})(?:[.,]\d{1,2})?[ \t]?%?`;
const separator = String.raw`[ \t]*(?:[,;]|,?[ \t]+(?:and|y|e))[ \t]*`;
const listAfterWord = new RegExp(
  String.raw`(?:promedios|notas|calificaciones|puntajes|puntuaciones|grades|scores|averages|marks|GPAs)[ \t]*(?:\(|:)[ \t]*(${mark}(?:${separator}${mark})+)(?=[ \t]*(?:\)|[.;]?(?:\s|$)))`,
  'iuy',
);
const letter = /\p{L}/u;
const oneMark = new RegExp(mark.replace('[ \\t]?%?', '(?:[ \\t]?%)?'), 'gu');

/** The listed marks above in `text`, each where it stands. */
export function findMarkWordLists(text: string): FoundSpan[] {
  // Most texts hold none of the words: ruled out by their trigrams at once (folded-text.ts).
  if (!mayHoldAnyWord(text, markWords)) return [];
  const folded = foldedLowerCase(text);
  const out: FoundSpan[] = [];
  for (const word of markWords)
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
      if (at > 0 && letter.test(text.charAt(at - 1))) continue;
      listAfterWord.lastIndex = at;
      const m = listAfterWord.exec(text);
      if (m) addList(out, m);
    }
  return out;
}

/** Each mark of a list the pattern matched, unless the list is a scale's consecutive levels. */
function addList(out: FoundSpan[], m: RegExpExecArray): void {
  const list = m[1] as string;
  const listStart = m.index + m[0].length - list.length;
  const marks = [...allMatches(oneMark, list)];
  const wholes = marks
    .map((x) => x[0].trim())
    .filter((x) => /^\d+$/u.test(x))
    .map(Number);
  const consecutive =
    wholes.length === marks.length && wholes.every((n, i) => i === 0 || n === (wholes[i - 1] as number) + 1);
  if (consecutive) return;
  for (const x of marks) addUnlessOverlapping(out, x[0].trim(), listStart + x.index);
}

/** The marks above as findings of the scan, redacted where they stand. */
export function findMarkWordListDetections(text: string): Detection[] {
  return asGradeDetections(findMarkWordLists(text));
}
