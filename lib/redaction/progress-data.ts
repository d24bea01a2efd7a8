import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';
import { asGradeDetections } from './performance-marks';
import { addUnlessOverlapping, type FoundSpan } from './found-spans';
import { isWordProblem } from './word-problems';
import { lineAround } from './text-lines';
import { mayHoldAnyWord } from './folded-text';

/**
 * A child's progress-monitoring data and standing as IEP progress notes, therapy logs, behaviour plans and coaches'
 * eligibility lists write them (part 17, 2 Dec 2026: a speech and OT progress report, a behaviour plan and an
 * eligibility roster lost 8 such details, labelled "grade" as every record of a child's standing):
 * - a series of one measure over time: "62% → 70% → 74%", "10/6 62%, 10/20 70%, 11/3 74%" (dated data points);
 * - a count scored against its total with the outcome: "14/20 letters legible", "8/10 words correct";
 * - a rate of a behaviour or skill, and its baseline: "5 spontaneous requests/day", "3 outbursts per week",
 *   "(baseline 1)";
 * - how far a child is from grade level: "reads about 2 grades below", "performing 1 grade level behind";
 * - the courses a child is failing: "failing Alg I + Chem", "failing math and science".
 * The data is redacted where it stands; the caller reads only a trace already about students (the gate of
 * performance-marks.ts), and never a word problem. A goal's criterion is no child's data: a rate of minutes or
 * hours ("30 minutes/day of reading") and a count after "goal", "target" or "criterion" stay.
 */

const percent = String.raw`\d{1,3}(?:[.,]\d)?[ \t]?%`;
/** "62% → 70% → 74%": two or more percentages joined by arrows. */
const arrowSeries = compiledEarly(
  new RegExp(String.raw`(?<![\d.,])${percent}(?:[ \t]*(?:→|->|=>|⇒|➜|➔)[ \t]*${percent})+`, 'gu'),
);
/** "10/6 62%, 10/20 70%": two or more dated percentages. */
const datedPoint = String.raw`\d{1,2}\/\d{1,2}(?:\/\d{2,4})?[ \t]*[:=-]?[ \t]*${percent}`;
const datedSeries = compiledEarly(
  new RegExp(String.raw`(?<![\d/.,])${datedPoint}(?:[ \t]*[,;][ \t]*${datedPoint})+`, 'gu'),
);
/** "14/20 letters legible", "8/10 words correct", "9/10 correct". */
const scoredCount = compiledEarly(
  new RegExp(
    String.raw`(?<![\d/.,])(\d{1,3}[ \t]?\/[ \t]?\d{1,3})[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:legible|correct(?:ly)?|accurate(?:ly)?|independently|mastered|read correctly|with accuracy)(?![\p{L}])`,
    'giu',
  ),
);
/** "5 spontaneous requests/day", "3 outbursts per week" (not minutes or hours: a schedule). */
const rate = compiledEarly(
  new RegExp(
    String.raw`(?<![\d/.,])(\d{1,3}(?:\.\d)?)[ \t]+((?:[\p{L}-]+[ \t]+){0,2}[\p{L}-]+)[ \t]*(?:\/|per[ \t]+|a[ \t]+)(?:day|week|wk|hour|hr|session|period)(?![\p{L}])`,
    'giu',
  ),
);
const timeUnits = /(?:^|\s)(?:minutes?|mins?|hours?|hrs?|seconds?|secs?|times|days|weeks|sessions|servings|pages)$/iu;
/** "(baseline 1)", "baseline: 40%". */
const baseline = compiledEarly(
  new RegExp(
    String.raw`(?<![\p{L}])baseline[ \t]*[:=]?[ \t]*(?:of[ \t]+|was[ \t]+)?(\d{1,3}(?:\.\d)?(?:[ \t]?%)?)(?![\d/])`,
    'giu',
  ),
);
/** "reads about 2 grades below", "performing 1 grade level behind". */
const gradesBelow = compiledEarly(
  new RegExp(
    String.raw`\b(?:reads?|reading|performs?|performing|works?|working|functions?|functioning|is|currently)[ \t]+(?:about|approximately|roughly|around|nearly|almost|~)?[ \t]*((?:\d|one|two|three|four|five)(?:\.5)?[ \t]+(?:full[ \t]+)?(?:grade|year)s?(?:[ \t]+levels?)?[ \t]+(?:below|behind|above))`,
    'giu',
  ),
);
const course = String.raw`(?:\p{Lu}[\p{L}.]*(?:[ \t]+(?:I{1,3}V?|\d|\p{Lu}[\p{L}.]*))?|math|science|English|reading|ELA|history|chemistry|biology|physics|algebra|geometry|Spanish)`;
/** "failing Alg I + Chem", "failing math and science". */
const failing = compiledEarly(
  new RegExp(String.raw`\bfailing[ \t]+${course}(?:[ \t]*(?:\+|&|,|and)[ \t]*${course})*`, 'gu'),
);
/** Words before a count that make it a goal's criterion, not a child's data. */
const criterionBefore =
  /\b(?:goal|target|criterion|criteria|objective|benchmark|expected|at least|meta)\b[^.\n;|]{0,40}$/iu;

/** A cheap look before the regexes: a sign of one of the shapes above. */
const mayHoldData =
  /→|->|=>|⇒|➜|➔|\d\/\d|\d[ \t]?%|\/(?:day|week|wk|hour|hr)|per (?:day|week|hour)|baseline|below|behind|above|failing/iu;

/**
 * What every match of `mayHoldData` holds, in lower case (a slash or a percent sign for the shapes around digits):
 * ruled out from the lower-case copy of the text (folded-text.ts) before the pattern, compiled late and so
 * unoptimised, reads every position of a long lesson.
 */
const dataSigns = [
  '→',
  '->',
  '=>',
  '⇒',
  '➜',
  '➔',
  '/',
  '%',
  'per day',
  'per week',
  'per hour',
  'baseline',
  'below',
  'behind',
  'above',
  'failing',
];

/** Progress data and standing of a child in `text` (the caller's gate: a trace about students). */
export function findProgressData(text: string): FoundSpan[] {
  if (!mayHoldAnyWord(text, dataSigns) || !mayHoldData.test(text)) return [];
  const found: FoundSpan[] = [];
  const add = (t: string, start: number, criterionMatters = true) => {
    const { line, from } = lineAround(text, start, start + t.length);
    if (isWordProblem(line)) return;
    if (criterionMatters && criterionBefore.test(line.slice(0, start - from))) return;
    addUnlessOverlapping(found, t, start);
  };
  // A series of one measure is the child's whatever the line calls it (an IEP goal's progress is the child's).
  for (const m of allMatches(arrowSeries, text)) add(m[0], m.index, false);
  for (const m of allMatches(datedSeries, text)) add(m[0], m.index, false);
  for (const m of allMatches(scoredCount, text)) add(m[1] as string, m.index);
  for (const m of allMatches(rate, text)) if (!timeUnits.test(` ${m[2] as string}`)) add(m[0], m.index);
  for (const m of allMatches(baseline, text)) add(m[0], m.index, false);
  for (const m of allMatches(gradesBelow, text)) add(m[1] as string, m.index + m[0].lastIndexOf(m[1] as string), false);
  for (const m of allMatches(failing, text)) add(m[0], m.index, false);
  return found;
}

/** The data above as findings of the scan, redacted where they stand. */
export function findProgressDataDetections(text: string): Detection[] {
  return asGradeDetections(findProgressData(text));
}
