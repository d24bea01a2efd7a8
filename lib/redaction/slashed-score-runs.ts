import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { asGradeDetections } from './performance-marks';
import { addUnlessOverlapping, type FoundSpan } from './found-spans';
import { notANameWord } from './context-names';
import { lineStartOf } from './text-lines';
import { compiledEarly } from './compiled-early';

/**
 * A child's scores from several judges, raters or tries written in one run with slashes, on the child's line:
 * audition and competition sheets ("Yo-Yo Tran (gr 11, ID 220419) 94 / 92 / 95"), and two quiz results side by
 * side after a name ("Serenity Oyelaran (75% / 81%)"). Part 20 (2 Dec 2026) lost four audition rows and the
 * percentage pairs of a reteach table. grade-shapes.ts reads such a run only after a label ("notas 5,8 / 6,1").
 * A run here is three or more two-digit scores (10–100) split by slashes, or two or more percentages in
 * parentheses; a date (12/05/2017), a fraction (3/4) or a ratio of small numbers (3 / 4 / 5) is none. The line
 * before the run must name a person: two or more capitalised words, the first of them one that can start a name
 * ("Unit Test 85 / 90 / 95" names a test: context-names.ts). The run alone is redacted; the caller reads only
 * traces about students.
 */

const score = String.raw`(?:100|[1-9]\d)(?:[.,]\d)?`;
const judgesRun = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.,])(${score}(?:[ \t]*\/[ \t]*${score}){2,})(?![\p{N}/]|[.,]\d)`,
  'gu',
);
const percent = String.raw`\d{1,3}(?:[.,]\d)?[ \t]?%`;
const percentPair = new RegExp(String.raw`\((${percent}(?:[ \t]*\/[ \t]*${percent})+)\)`, 'gu');
const capitalWord = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*/gu;
/** A cheap look first: a slash between spaces or a percent sign. */
const mayHold = compiledEarly(/\d[ \t%]*\/[ \t]*\d/u);

function namesAPerson(before: string): boolean {
  const words = before.match(capitalWord) ?? [];
  return words.length >= 2 && !notANameWord(words[0] as string);
}

/** The runs above in `text`. */
export function findSlashedScoreRuns(text: string): FoundSpan[] {
  if (!mayHold.test(text)) return [];
  const out: FoundSpan[] = [];
  for (const m of allMatches(judgesRun, text))
    if (namesAPerson(text.slice(lineStartOf(text, m.index), m.index)))
      addUnlessOverlapping(out, m[1] as string, m.index);
  if (text.includes('%'))
    for (const m of allMatches(percentPair, text)) {
      // The name stands right before the parenthesis: "Lebron Castillo (55% / 52%)".
      const before = text
        .slice(lineStartOf(text, m.index), m.index)
        .match(/(\p{Lu}[\p{L}'’-]*[ \t]+\p{Lu}[\p{L}'’-]*)[ \t]*$/u);
      if (before && namesAPerson(before[1] as string)) addUnlessOverlapping(out, m[1] as string, m.index + 1);
    }
  return out;
}

/** The runs above as findings of the scan, redacted where they stand. */
export function findSlashedScoreRunDetections(text: string): Detection[] {
  return asGradeDetections(findSlashedScoreRuns(text));
}
