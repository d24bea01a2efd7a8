import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';
import { asGradeDetections } from './performance-marks';
import { addUnlessOverlapping, type FoundSpan } from './found-spans';
import { isWordProblem } from './word-problems';
import { lineAround } from './text-lines';

/**
 * A child's whole-number marks in the phrases Spanish-speaking teachers use for a term, an exam or a change, in the
 * shapes spanish-mark-phrases.ts (decimal commas, "sobre 10") and performance-marks.ts ("sacó 78 en el examen") leave
 * (part 22, 2 Dec 2026: a PROA+ report, a Messenger chat, an El Paso Slack thread and a lesson's grouping notes lost
 * six):
 * - a change between two marks: "pasó de un 3 en la 1.ª evaluación a un 6 en la 3.ª", "subió de un 4 a un 7";
 * - a mark in a term, an exam or a unit: "tiene 92 en el primer trimestre", "(62 en la unidad)", "un 5 en el
 *   control";
 * - the mark of an exam named after it: "tras el 2 del último examen", "con el 7 del parcial".
 * A number after a word that counts or places things ("página 84 en el examen", "pregunta 3 del control", "tema 5 en
 * la unidad"), the second half of a fraction ("sacó 7 de 10 en el examen", read by performance-marks.ts when it is a
 * child's) and a word problem's numbers are none. The caller reads only traces about students.
 */

const mark = String.raw`\d{1,3}(?:,\d{1,2})?`;
const change = compiledEarly(
  new RegExp(
    String.raw`(?<![\p{L}])(?:pas[óa]|ha pasado|subi[óo]|sube|baj[óo]|baja|mejor[óo]|empeor[óo])[ \t]+de[ \t]+(?:un|una|el)[ \t]+(${mark})(?![\p{N}])[^.\n]{0,48}?[ \t]a[ \t]+(?:un|una|el)[ \t]+(${mark})(?![\p{N}%])`,
    'giu',
  ),
);
const period = String.raw`(?:(?:primer|primera|segund[oa]|tercer[oa]?|cuart[oa]|últim[oa]|1\.?[ºª]|2\.?[ºª]|3\.?[ºª])[ \t]+)?(?:trimestre|evaluaci[óo]n|examen|prueba|control|parcial|unidad|bimestre|semestre|cuatrimestre)(?![\p{L}])`;
const inPeriod = compiledEarly(
  new RegExp(String.raw`(?<![\p{L}\p{N}.,/])(${mark})[ \t]+en[ \t]+(?:el|la)[ \t]+${period}`, 'giu'),
);
const ofExam = compiledEarly(
  new RegExp(
    String.raw`(?<![\p{L}])(?:el|del|un)[ \t]+(${mark})[ \t]+(?:del|de[ \t]+la)[ \t]+(?:(?:últim[oa]|primer[oa]?|segund[oa])[ \t]+)?(?:examen|prueba|control|parcial|trimestre|evaluaci[óo]n)(?![\p{L}])`,
    'giu',
  ),
);
/** A word that counts or places things just before the number, or a fraction's first half ("7 de 10 en el examen"). */
const countingWord =
  /\d[ \t]+(?:de|sobre)[ \t]+$|\d[ \t]*\/[ \t]*$|(?:p[áa]gina|p[áa]gs?\.|p\.|cap[íi]tulo|tema|unidad|lecci[óo]n|sesi[óo]n|ejercicio|pregunta|actividad|n\.?º|n[úu]mero|aula|sala|grupo|minutos?|d[íi]as|alumn[oa]s|faltas|puntos)[ \t]*$/iu;
/** A cheap look first. */
const mayHold = compiledEarly(/\d[ \t]+(?:en|del|de la|a)[ \t]|\b(?:pas|sub|baj|mejor|empeor)/iu);

/** The marks above in `text`. */
export function findSpanishMarkChanges(text: string): FoundSpan[] {
  if (!mayHold.test(text)) return [];
  const found: FoundSpan[] = [];
  for (const m of allMatches(change, text)) {
    const first = m[1] as string;
    const second = m[2] as string;
    addUnlessOverlapping(found, first, m.index + m[0].indexOf(first, m[0].search(/[ \t]de[ \t]/u)));
    addUnlessOverlapping(found, second, m.index + m[0].length - second.length);
  }
  for (const re of [inPeriod, ofExam])
    for (const m of allMatches(re, text)) {
      const value = m[1] as string;
      const start = m.index + m[0].indexOf(value, re === ofExam ? 2 : 0);
      if (countingWord.test(text.slice(Math.max(0, start - 16), start))) continue;
      if (isWordProblem(lineAround(text, start, start + value.length).line)) continue;
      addUnlessOverlapping(found, value, start);
    }
  return found;
}

/** The marks above as findings of the scan, redacted where they stand. */
export function findSpanishMarkChangeDetections(text: string): Detection[] {
  return asGradeDetections(findSpanishMarkChanges(text));
}
