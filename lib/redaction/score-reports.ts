import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';
import { asGradeDetections } from './performance-marks';
import { addUnlessOverlapping, type FoundSpan } from './found-spans';
import { isWordProblem } from './word-problems';
import { lineAround } from './text-lines';

/**
 * A child's scores in the reports of standardised tests and screenings, as a psychologist's evaluation, a special
 * educator's summary or a pre-K screening sheet write them (part 17, 2 Dec 2026: a psychoeducational report and a
 * screening table lost 14 such scores, labelled "grade" as every record of a child's standing). The class is the
 * norm-referenced score, whatever the test:
 * - a score with its percentile rank beside it: "74 (4th percentile)", "82, 12th percentile", "91 (27th %ile)";
 * - a screening score with the cut score it is read against: "20 (cut 36.60)", "25 (below 33.19 cutoff)",
 *   "18 (cutoff 22)";
 * - the rows of a score table under a header naming its score columns (SS, %ile, PR, Percentile, Scaled Score,
 *   Standard Score, T-score), the test's name then two or more numbers: "Working Memory   79   8   Very Low", also
 *   as a Markdown or tab-separated row, and on through the table's sub-headings ("WJ-IV Tests of Achievement").
 * The score is redacted where it stands; the caller reads only a trace already about students (the gate of
 * performance-marks.ts). A scale's legend is no child's score: a percentile after "mean", "average", "e.g." or
 * "such as" ("the average is 100 (50th percentile)") stays, and so does a cut score alone ("cutoff 33.19").
 */

const score = String.raw`\d{1,3}(?:\.\d{1,2})?`;
const ordinal = String.raw`\d{1,2}(?:st|nd|rd|th)`;
/** "74 (4th percentile)", "82, 12th percentile", "91 (27th %ile)", "88 (PR 21)". */
const withPercentile = compiledEarly(
  new RegExp(
    String.raw`(?<![\d.,/])(${score})(?:[ \t]*\([ \t]*|,[ \t]*|[ \t]+[–—-][ \t]+)(?:${ordinal}[ \t]+(?:percentile|%ile)(?:[ \t]+rank)?|PR[ \t]*[:=]?[ \t]*\d{1,2})(?![\p{L}\d])\)?`,
    'giu',
  ),
);
/** "20 (cut 36.60)", "25 (below 33.19 cutoff)", "18 (cutoff: 22)". */
const withCutScore = compiledEarly(
  new RegExp(
    String.raw`(?<![\d.,/])${score}[ \t]*\([ \t]*(?:(?:cut(?:[- ]?off)?|cut[- ]score)[ \t]*[:=]?[ \t]*${score}|(?:below|above|under|over)[ \t]+(?:the[ \t]+)?${score}[ \t]+cut(?:[- ]?off|[- ]score)?)[ \t]*\)`,
    'giu',
  ),
);
/** Words before a percentile that make it a scale's legend, not a child's score. */
const legendBefore = /\b(?:mean|average|avg|e\.g\.|for example|such as|like|example)\b[^.\n;]{0,24}$/iu;
/** A header line of a score table: one of its score columns, as a word of its own. */
const scoreHeader =
  /(?:^|[\s|,])(?:SS|%ile|PR|SS\/PR|Std\.?[ \t]?Score|Standard[ \t]Scores?|Scaled[ \t]Scores?|ScS|Percentiles?(?:[ \t]Rank)?|T-?scores?)(?=$|[\s|,])/u;
/**
 * A row of a score table: a name, then two or more numbers (a score, a percentile, a scaled score). A long name
 * pushes its numbers out of their column ("Letter-Word Identification 74    4"): one space may part them.
 */
const scoreRow = compiledEarly(
  new RegExp(
    String.raw`^[ \t]*\|?[ \t]*\p{L}[\p{L}\p{M}\d'’()/&.,: -]{1,48}?(?:[ \t]+|[ \t]*\|[ \t]*)(${score}(?:(?:[ \t]+|[ \t]*\|[ \t]*)(?:${score}|[<>][ \t]?\d{1,2}|${ordinal})){1,3})(?![\d/%:]|[.,]\d)`,
    'u',
  ),
);
/** Lines a score table may hold besides its rows: a blank line, a Markdown rule, a short sub-heading. */
const tableFiller = /^[ \t]*(?:\|?[ \t:|-]*|[^.\n]{1,60}[^.:\n])$/u;
/** How many lines after its header a score table is read, at most. */
const tableReach = 40;

/** A cheap look before the regexes: the words a norm-referenced score goes with. */
const mayHoldScore = compiledEarly(/percentile|%ile|\bPR\b|\bcut|\bSS\b|scaled|standard score|t-?score/iu);

/** Standardised-test and screening scores of a child in `text` (the caller's gate: a trace about students). */
export function findScoreReportMarks(text: string): FoundSpan[] {
  if (!mayHoldScore.test(text)) return [];
  const found: FoundSpan[] = [];
  const add = (t: string, start: number) => {
    if (!isWordProblem(lineAround(text, start, start + t.length).line)) addUnlessOverlapping(found, t, start);
  };
  for (const m of allMatches(withPercentile, text))
    if (!legendBefore.test(text.slice(Math.max(0, m.index - 40), m.index))) add(m[0], m.index);
  for (const m of allMatches(withCutScore, text)) add(m[0], m.index);
  for (const row of scoreTableRows(text)) add(row.text, row.start);
  return found;
}

/** The scores in the rows of every score table of `text`: from each header line on, while the lines are rows. */
function scoreTableRows(text: string): FoundSpan[] {
  const found: FoundSpan[] = [];
  const lines = text.split('\n');
  let at = 0;
  let reach = 0;
  for (const line of lines) {
    if (reach > 0) {
      const row = scoreRow.exec(line);
      if (row)
        found.push({ text: row[1] as string, start: at + row.index + row[0].length - (row[1] as string).length });
      else if (!tableFiller.test(line)) reach = 0;
      if (reach > 0) reach--;
    }
    // A header holds its column names and no number of its own ("Index   SS   %ile   Range").
    if (reach === 0 && line.length <= 120 && !/\d{2}/.test(line) && scoreHeader.test(line)) reach = tableReach;
    at += line.length + 1;
  }
  return found;
}

/** The scores above as findings of the scan, redacted where they stand. */
export function findScoreReportDetections(text: string): Detection[] {
  return asGradeDetections(findScoreReportMarks(text));
}
