import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';
import { asGradeDetections } from './performance-marks';
import { addUnlessOverlapping, type FoundSpan } from './found-spans';
import { findSubjectMarks } from './subject-marks';
import { lineAround, lineStartOf } from './text-lines';
import { holdsAnyWord } from './folded-text';

/**
 * A child's standing summed up in one number — an average, a GPA, a credit shortfall — as transcripts, credit
 * audits, recommendation letters and report notes write them (part 16, 1 Dec 2026: a PowerSchool credit audit, a
 * Spanish scholarship letter, a Venezuelan transcript and an Ecuadorian absence report lost 12 such marks):
 * - after its label: "Nota media de 1.º de Bachillerato: 9,42", "Promedio parcial: 6,42/10", "promedio 15",
 *   "Cum GPA (unweighted) 2.41", "Weighted 2.58", "GPA no ponderado ≈ 2.33", "una nota media de 9,42";
 * - a shortfall of credits: "4.5 short", "about 4.5 credits short", "short 3 credits", "le faltan 2 créditos";
 * - the subject marks listed on the same line as such an average ("…: 9,42. Biología 10. Química 9."): a line
 *   holding one child's average is that child's report line, read as subject-marks.ts reads a line about a child.
 * The caller reads only a trace already about students. A group's figure ("promedio del grupo", "class average",
 * "the average of the data") and a requirement ("needs 24 credits") are no child's.
 */

const averageLabel = String.raw`(?:nota\s+media|promedio(?:\s+(?:general|parcial|final|anual|ponderado|acumulado|simple))?|media\s+(?:final|general|ponderada)|(?:cum(?:ulative|\.)?\s+)?GPA(?:\s*\((?:un)?weighted\))?(?:\s+(?:no\s+)?ponderado)?|(?:cum(?:ulative|\.)?\s+)?(?:un)?weighted(?:\s+GPA)?|(?:his|her|their|su)\s+(?:overall\s+)?(?:average|GPA)|overall\s+average|term\s+average)`;
/** Words between label and value: "de 1.º de Bachillerato", "(unweighted)"; no other number, no line break. */
const filler = String.raw`(?:[ \t]+(?:de|del|of|in|en)[ \t]+(?:\d\.?[ºo°][ \t]+)?(?:de[ \t]+)?[\p{L}.]+(?:[ \t]+[\p{L}.]+){0,2}?)?`;
const separator = String.raw`[ \t]*(?:[:=≈~]|\bde\b|\bof\b|\bis\b|\bwas\b|\bes\b|\bfue\b)?[ \t]*\**[ \t]*`;
const value = String.raw`\d{1,2}(?:[.,]\d{1,2})?(?:[ \t]?\/[ \t]?(?:10|20|100|4(?:\.0)?))?`;
const averageRe = compiledEarly(
  new RegExp(String.raw`(?<![\p{L}])${averageLabel}${filler}${separator}(${value})(?![\d%]|[.,]\d)`, 'giu'),
);
/** A group's figure, or a policy's, not one child's. */
const notOneChild =
  /\b(?:del\s+(?:grupo|curso|sal[óo]n|aula|centro|colegio)|de\s+la\s+(?:clase|secci[óo]n)|class|school|district|state|required|minimum|m[íi]nimo|requerido|needed|needs?|para\s+aprobar|to\s+pass)\b/iu;
/** A verb of requiring or a floor before the label, or "or higher" after the value: a requirement, not a result. */
const requirementBefore =
  /(?:^|[^\p{L}])(?:(?:for|requires?|requiring|needs?|needed|exige|pide|piden|requiere|necesita)[ \t]+(?:a|an|un|una)|minimum|min\.?|at least|m[íi]nimo(?: de)?)[ \t]+$/iu;
const requirementAfter = /^[ \t]*(?:or (?:higher|above|better|more)|\+|minimum|o (?:m[áa]s|superior)|como m[íi]nimo)/iu;
const shortfall = compiledEarly(
  /(?<![\p{L}\p{N}.,])(\d{1,2}(?:\.5)?)\**[ \t]+(?:credits?[ \t]+)?short(?![\p{L}])|(?<![\p{L}])short[ \t]+(?:by[ \t]+)?(\d{1,2}(?:\.5)?)[ \t]+credits?|(?<![\p{L}])(?:le[ \t]+)?faltan[ \t]+(\d{1,2}(?:[.,]5)?)[ \t]+cr[ée]ditos/giu,
);
const mayHold = /promedio|media|GPA|weighted|average|short|faltan/iu;
/** The words of `mayHold` in lower case, looked for in a lower-case copy of the text (folded-text.ts). */
const mayHoldWords = mayHold.source.toLowerCase().split('|');

/** A child's averages, GPAs and credit shortfalls in `text`, and the subject marks on their lines. */
export function findAveragesAndCredits(text: string): FoundSpan[] {
  if (!holdsAnyWord(text, mayHoldWords, mayHold)) return [];
  const out: FoundSpan[] = [];
  const add = (t: string, start: number) => addUnlessOverlapping(out, t, start);
  const linesDone = new Set<number>();
  for (const m of allMatches(averageRe, text)) {
    // The words just before the label count too: "the class GPA is 3.1".
    if (notOneChild.test(text.slice(Math.max(0, m.index - 12), m.index) + m[0])) continue;
    // A requirement: "asks for a GPA of 3.5 or higher", "un promedio mínimo de 8".
    const end = m.index + m[0].length;
    if (
      requirementBefore.test(text.slice(Math.max(0, m.index - 24), m.index)) ||
      requirementAfter.test(text.slice(end, end + 16))
    )
      continue;
    const mark = m[1] as string;
    add(mark, m.index + m[0].length - mark.length);
    const from = lineStartOf(text, m.index);
    if (linesDone.has(from)) continue;
    linesDone.add(from);
    const { line } = lineAround(text, m.index, m.index);
    for (const s of findSubjectMarks(line, true)) add(s.text, from + s.start);
  }
  for (const m of allMatches(shortfall, text)) {
    const mark = (m[1] ?? m[2] ?? m[3]) as string;
    add(mark, m.index + m[0].indexOf(mark));
  }
  return out;
}

/** The marks above as findings of the scan, redacted where they stand. */
export function findAverageAndCreditDetections(text: string): Detection[] {
  return asGradeDetections(findAveragesAndCredits(text));
}
