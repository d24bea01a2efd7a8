import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';

/**
 * Marks written on the national scales of Spanish-speaking school systems with their level word, and the marks
 * a US teacher writes beside a child's name in a progress comment (part 12, 1 Dec 2026: a Colombian informe de
 * seguimiento, a Spanish rubric, a Cuban evaluation, an art teacher's Seesaw notes, a math progress report):
 * - Colombia (Decreto 1290, 1.0–5.0): "2.4 Bajo", "4.8 (Superior)", "3.1 Básico", "nota 4,2 Alto";
 * - Spain (0–10, comma decimals): "7,5 notable", "9 (Sobresaliente)", "5 (Suficiente)", "3,5 insuficiente", a
 *   rubric's criteria summed to the mark ("2 / 2 / 1,5 / 2 = 7,5 notable");
 * - Cuba, Argentina and Chile (0–100 or 1.0–7.0) with aprobado or desaprobado: "58, desaprobado", "4,5 aprobado";
 * - "grade 95", "Grade: 92" where the number cannot be a grade level (13–100);
 * - a bold name with a score in parentheses opening a comment: "**Camila Ruiz** (89):".
 * Read only in traces already about students (performance-marks.ts calls these per line with a digit), and never
 * where the number is the edge of a range or a threshold: a scale described in a lesson is written "Bajo: 1.0 a
 * 2.9", "de 3.0 a 3.9 Básico", "4.6–5.0 Superior", "mínimo 60 aprobado", and those stay.
 */

/** Not the far end of a range or a threshold ("1.0 – 2.9 Bajo", "de 3.0 a 3.9 Básico", "mínimo 60 aprobado"). */
const notRangeEnd = String.raw`(?<![\d.,/]|(?<![\d.,])\d{1,3}(?:[.,]\d{1,2})?\s?[–—-]\s?|\b(?:a|al|y|hasta|entre|desde|de|del|m[íi]nim[oa]|m[áa]xim[oa]|menos de|m[áa]s de|al menos|under|below|above|to|from|or)\s)`;
/** Criteria of a rubric summed to the mark: "2 / 2 / 1,5 / 2 = ". */
const rubricSum = String.raw`(?:(?:\d{1,2}(?:,\d{1,2})?\s*[/+]\s*){1,7}\d{1,2}(?:,\d{1,2})?\s*=\s*)?`;

const shapes = [
  // Colombia: a decimal 1.0–5.0 and its performance level.
  String.raw`${notRangeEnd}((?:[1-4][.,]\d|5[.,]0)\s*(?:\(\s*)?(?:Bajo|B[áa]sico|Alto|Superior)(?:\s*\))?)(?![\p{L}\d])`,
  // Spain: 0–10 and its qualification ("Bien" only in parentheses: "3 bien" is three right answers).
  String.raw`${notRangeEnd}(${rubricSum}(?:10|\d)(?:,\d{1,2})?\s*(?:(?:\(\s*)?(?:insuficiente|suficiente|notable|sobresaliente)|\(\s*bien)(?:\s*\))?)(?![\p{L}\d])`,
  // Cuba, Argentina, Chile: a mark then aprobado or desaprobado.
  String.raw`${notRangeEnd}((?:100|\d{1,2})(?:[.,]\d)?\s*(?:,\s*|\(\s*|[—–-]\s*)?(?:des|re)?aprobad[oa](?:\s*\))?)(?![\p{L}\d])`,
  // "grade 95", "Grade: 92": a number no grade level has.
  String.raw`(?<![\p{L}])(grade\s*:?\s*(?:1[3-9]|[2-9]\d|100)(?:[.,]\d)?\s?%?)(?![\d\p{L}/]|[.,]\d|\s*(?:[-–]|to|and|or)\s*\d)`,
];
const nationalMarks = new RegExp(shapes.join('|'), 'giu');

/** "**Camila Ruiz** (89):", "1. **Wes Cole** (71) —": a comment's bold name with its score (case matters). */
const boldNameScore =
  /^\s*(?:\d{1,2}[.)]\s+|[-*•]\s+)?\*\*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\*\*\s*(\(\s*\d{1,3}(?:[.,]\d)?\s?%?\s*\))\s*[:—–-]/gmu;

/**
 * A rubric score out of a small number opening a named child's feedback: "**Aaliyah M.** — Score: 3/4
 * (Developing)", "- kenji t — 2/4, summary not analysis" (a list item keyed by a short name; not before a unit:
 * "- flour — 3/4 cup" is a recipe).
 */
const namedRubricScore =
  /^\s*(?:\d{1,2}[.)]\s+|[-*•]\s+)?(?:\*\*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\*\*|\p{L}[\p{Ll}'’-]+(?:\s+\p{L}[\p{L}'’-]*\.?)?(?:\s+\([\p{L} .'’-]{2,30}\))?)\s*[—–-]\s*(?:(?:score|puntaje|nota)\s*:?\s*)?([0-9]\s?\/\s?[2-9])(?![\d/])(?!\s*(?:cups?|c\.|inch(?:es)?|in\.|miles?|hours?|hrs?|pounds?|lbs?|tsp|tbsp|teaspoons?|tablespoons?|of|tazas?|de|del|pulgadas?|millas?|horas?|kg|g|oz|ounces?|feet|ft|yards?|meters?|m|cm|km|l|ml)\b)(?=[\s,.;]|$)/gimu;

/** Cheap test: a line with none of these words or shapes holds none of the marks above. */
const mayHold = /bajo|b[áa]sico|alto|superior|suficiente|notable|sobresaliente|bien|aprobad|grade|\*\*|\d\s?\/\s?\d/iu;

export interface NationalScaleMark {
  text: string;
  start: number;
}

/** The marks above in one line of a field of a trace about students. */
export function nationalScaleMarksInLine(line: string): NationalScaleMark[] {
  const found: NationalScaleMark[] = [];
  if (!mayHold.test(line)) return found;
  for (const m of allMatches(nationalMarks, line)) {
    const value = m.slice(1).find((g) => g !== undefined);
    if (value) found.push({ text: value.trim(), start: m.index + m[0].lastIndexOf(value) });
  }
  if (line.includes('/'))
    for (const m of allMatches(namedRubricScore, line)) {
      const value = m[1] as string;
      found.push({ text: value, start: m.index + m[0].lastIndexOf(value) });
    }
  if (line.includes('**'))
    for (const m of allMatches(boldNameScore, line)) {
      const value = m[1] as string;
      found.push({ text: value, start: m.index + m[0].lastIndexOf(value) });
    }
  return found;
}

// The rule regexes, compiled to optimised code while the module loads (why: compiled-early.ts).
for (const re of [nationalMarks, boldNameScore, namedRubricScore]) compiledEarly(re);
