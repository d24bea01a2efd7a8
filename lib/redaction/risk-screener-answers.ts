import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';
import { asGradeDetections } from './performance-marks';

/**
 * A child's answers to a suicide-risk screener and the risk level it gave, as counsellors paste them from an alert
 * or a screening form (the Columbia Suicide Severity Rating Scale's screener, the ASQ, item 9 of the PHQ-A): "Q1
 * wish to be dead: YES (past month)", "Q3 thoughts w/ method: YES", "Risk = moderate", "Nivel de riesgo: **alto**".
 * Each is a health record of one child. Part 18 (2 Dec 2026) lost four such answers from a screening note and its
 * summary; the item words ("wish to be dead") name no condition that the term lists hold.
 *
 * The answer is redacted where it stands: a yes or no after an item of the screener, and a risk level after "risk"
 * only in a text that speaks of suicide or self-harm, so a field trip's "Risk level: low" stays. The caller reads
 * only traces about students.
 */

/** The screener's items, in English and Spanish, as a label before its answer. */
const item = String.raw`(?:wish(?:ed)? (?:to be|(?:that )?(?:you|they|he|she) (?:were|was)) dead|suicidal (?:thoughts?|ideation|behaviou?r)|thoughts? (?:w\/|with|of|about) (?:a )?(?:method|how)|(?:suicidal )?intent(?:ion)?(?: to act)?|(?:suicide |suicidal )?plan|(?:suicidal |self[- ]harm )?behaviou?r|self[- ]harm|non[- ]suicidal self[- ]injury|NSSI|deseo de (?:estar muert[oa]|morir)|pensamientos suicidas|ideaci[óo]n suicida|intenci[óo]n|plan suicida|autolesi[óo]n(?:es)?|conducta suicida)`;
const itemAnswer = compiledEarly(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])${item}[^\n:=]{0,30}?\s*(?::|=)\s*(?:\*\*)?\s*(yes|no|s[íi])(?![\p{L}\p{N}])`,
    'giu',
  ),
);
/** A risk level after its label: "Risk = moderate", "Risk level under district protocol: **moderate**". */
const riskLevel = compiledEarly(
  /(?<![\p{L}\p{N}])(?:(?:suicide |overall )?risk(?: level| rating)?|nivel de riesgo|riesgo)(?:[^\n:=.]{0,40}?)\s*(?::|=)\s*(?:\*\*)?\s*(low|moderate|medium|high|imminent|bajo|moderado|medio|alto|inminente)(?![\p{L}\p{N}])/giu,
);
/** Words that make a text about suicide or self-harm: only there is a risk level a child's. */
const aboutSuicide = compiledEarly(
  /suicid|self[- ]harm|C-?SSRS|Columbia|wish(?:ed)? to be dead|ideation|autolesi|ideaci[óo]n|deseo de morir|\bASQ\b|PHQ-?(?:9|A)/iu,
);

/** The screener answers and risk levels above in `text`, as spans. */
export function findRiskScreenerAnswers(text: string): { text: string; start: number }[] {
  // The one look at the whole text: most traces never speak of suicide or self-harm.
  if (!aboutSuicide.test(text)) return [];
  const found: { text: string; start: number }[] = [];
  for (const re of [itemAnswer, riskLevel])
    for (const m of allMatches(re, text)) {
      const value = m[1] as string;
      found.push({ text: value, start: m.index + m[0].length - value.length });
    }
  return found;
}

/** The answers above as health findings of the scan, redacted where they stand. */
export function findRiskScreenerDetections(text: string): Detection[] {
  return asGradeDetections(findRiskScreenerAnswers(text)).map((d) => ({ ...d, kind: 'health' as const }));
}
