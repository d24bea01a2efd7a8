import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';

/**
 * A child's progress data as therapists, interventionists and teachers log it (part 13's SLP, OT, 504 and
 * psychologist notes, 1 Dec 2026; the shapes below are the class, not the missed strings):
 * - accuracy at a level of a skill ("74% sentence level", "60% at the phrase level");
 * - trials of a skill ("2/5 trials", "3/10 opportunities") and a count after the skill ("follows 1-step
 *   directions 8/10", "accuracy 7/10");
 * - a mark on a retake, a re-test or a probe ("71% on retake"), and an average of a kind of work ("88% hw avg").
 * These are read only in a sentence about one child (sensitive-terms.ts), each with its value as the first
 * group. Index scores of a cognitive test are read on any line (indexScores below).
 */
export const progressMarkTerms = [
  String.raw`(\d{1,3}(?:[.,]\d)?\s?%\s+(?:at\s+(?:the\s+)?)?(?:word|phrase|sentence|syllable|sound|conversation(?:al)?|paragraph|passage|discourse)\s+level)`,
  String.raw`(?<![\d/])(\d{1,2}\s?\/\s?\d{1,2}\s+(?:trials|opportunities|attempts|probes|prompts|ensayos|intentos|oportunidades))`,
  String.raw`(?:directions?|steps?|trials?|probes?|correct|accuracy|acc\.?|independently)\s+(\d{1,2}\s?\/\s?\d{1,2})(?![\d/])`,
  String.raw`(\d{1,3}(?:[.,]\d)?\s?%)\s+on\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:retake|re-?test|redo|make-?up|re-?assessment|probe|screener)`,
  String.raw`(\d{1,3}(?:[.,]\d)?\s?%\s+(?:hw|homework|class|classwork|quiz|test|lab)\s+(?:avg|average))`,
];

/**
 * Index scores of a cognitive or achievement battery (WISC-V, WAIS, KABC: full-scale IQ, verbal comprehension,
 * visual-spatial, fluid reasoning, working memory, processing speed, general ability, cognitive proficiency,
 * nonverbal): "VCI 101", "WMI: 82", "FSIQ=94". Written in capitals with a score of 40–160 they are one person's
 * results wherever they stand; "PSI" of a tyre's pressure comes after its number.
 */
const indexScore = /(?<![\p{L}\d])(?:FSIQ|VCI|VSI|PRI|FRI|WMI|PSI|GAI|CPI|NVI)\s?[:=]?\s?(\d{2,3})(?!\d)/gu;
const indexPrefilter = compiledEarly(/FSIQ|VCI|VSI|PRI|FRI|WMI|PSI|GAI|CPI|NVI/);

export function findIndexScores(line: string): { text: string; start: number }[] {
  if (!indexPrefilter.test(line)) return [];
  const out: { text: string; start: number }[] = [];
  for (const m of allMatches(indexScore, line)) {
    const score = Number(m[1]);
    if (score >= 40 && score <= 160) out.push({ text: m[0], start: m.index });
  }
  return out;
}
