import type { Detection } from './detection';
import { isStudentContext } from './kinds';

/**
 * A word problem in a maths lesson: "Ana sacó 7 de 10 y 9 de 10. ¿Cuál es su promedio?", "Leo scored 12 and
 * 15. What is his average?". The person and the scores are made up for the class to compute, so a name or a
 * score found there by a "scored"/"sacó" cue is the exercise, not a student's record. A line is a word problem
 * when it asks for a quantity to be worked out, or works it out ("(7 + 9) / 2 = 8").
 */
const asksToCompute =
  /(?:¿\s*(?:cu[áa]l(?:es)?|cu[áa]nt[oa]s?|qu[ée])\s[^?]{0,80}\?|\b(?:how\s+(?:many|much)|what\s+(?:is|was|were|are)\s+(?:her|his|their|the|its)\s+(?:average|mean|total|sum|median|percent(?:age)?|score))\b[^?]{0,80}\?)/iu;
/** Arithmetic with a sum or product and a result: "(7 + 9) / 2 = 8", "12 × 3 = 36". */
const workedSum = /\d\s*\)?\s*[+×*÷]\s*\(?\s*\d[^=\n]{0,24}=\s*\d/u;

export function isWordProblem(line: string): boolean {
  return asksToCompute.test(line) || workedSum.test(line);
}

/** Drops what a cue found in a word problem: the made-up person and the made-up scores. */
export function withoutWordProblemFindings(line: string, found: Detection[]): Detection[] {
  if (!/\d/.test(line) || !isWordProblem(line)) return found;
  return found.filter((d) => !((d.kind === 'studentName' || d.kind === 'grade') && isStudentContext(d.reason.code)));
}
