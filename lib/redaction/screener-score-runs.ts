import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { asGradeDetections } from './performance-marks';
import type { FoundSpan } from './found-spans';
import { compiledEarly } from './compiled-early';

/**
 * A child's screener results as STAR, i-Ready or MAP growth reports print them, and the English-language
 * proficiency levels of WIDA ACCESS score reports:
 * - a run of two or more measures, each an abbreviation beside its number, joined by commas: "+54 SS, PR 61, SGP 72"
 *   (scaled-score growth, percentile rank, student growth percentile; also NCE, GE, RIT), and one such measure
 *   said with "of" ("an SGP of 28", "a PR of 11");
 * - a WIDA proficiency level with its named band in parentheses: "4.6 (Expanding/Bridging)", "1.8 (Entering)" (WIDA's
 *   six levels: Entering, Emerging, Developing, Expanding, Bridging, Reaching).
 * Part 19 (2 Dec 2026) lost five from a pandas notebook's printed output and two from reclassification letters. A
 * published cut ("below the 25th PR", "SGP 35 or lower", "4.5 overall") has no such run and stays; the caller reads
 * only traces about students.
 */
const measure = String.raw`(?:[+-]?\d{1,3}(?:\.\d)?[ \t]?(?:SS|NCE|RIT)|(?:SS|PR|SGP|NCE|GE|RIT)[ \t]?[:=]?[ \t]?[+-]?\d{1,3}(?:\.\d)?)`;
const measureRun = new RegExp(String.raw`(?<![\p{L}\p{N}+-])${measure}(?:,[ \t]*${measure})+(?![\p{L}\p{N}.])`, 'gu');
const measureOf =
  /(?<![\p{L}])(?:SGP|PR|NCE|percentile rank)[ \t]+of[ \t]+\d{1,3}(?![\p{L}\p{N}]|[ \t]+or[ \t]+(?:below|above|less|more|lower|higher))/gu;
const widaLevel =
  /(?<![\p{L}\p{N}.])[1-6]\.\d[ \t]*\((?:Entering|Emerging|Developing|Expanding|Bridging|Reaching)(?:[ \t]*[/–-][ \t]*(?:Entering|Emerging|Developing|Expanding|Bridging|Reaching))?\)/gu;
/** A cheap look first. */
const mayHold = compiledEarly(/SS|PR|SGP|NCE|RIT|ing\)/u);

/** The results above in `text`. */
export function findScreenerScoreRuns(text: string): FoundSpan[] {
  if (!mayHold.test(text)) return [];
  const found: FoundSpan[] = [];
  for (const re of [measureRun, measureOf, widaLevel])
    for (const m of allMatches(re, text)) found.push({ text: m[0], start: m.index });
  return found;
}

/** The results above as findings of the scan, redacted where they stand. */
export function findScreenerScoreRunDetections(text: string): Detection[] {
  return asGradeDetections(findScreenerScoreRuns(text));
}
