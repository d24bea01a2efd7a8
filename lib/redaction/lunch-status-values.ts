import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';

/**
 * A child's free or reduced-price meal status given as a key's or label's value: `"frlStatus": "F"`, `mealStatus:
 * 'R'`, "FRL: Yes", "Free/Reduced: Free", `freeReducedLunch = true`. The status is what a lunch number reveals (issue
 * 9), but its value is a letter or a yes, which the lunch-number rules, made for numbers, do not read. Part 18
 * (2 Dec 2026) lost it from a student-information system's JSON pasted unfenced and from a counsellor's notes.
 *
 * Only a value saying the child qualifies counts (F, R, Free, Reduced, Y, Yes, Sí, true, Eligible, Approved, Direct
 * Cert): "N", "Paid" and "No" say nothing a family would hide. The label must name the meal programme's status,
 * not a lunch period or a menu ("Lunch: 11:40", "Lunch: pizza").
 */

/** A label of meal status: FRL, free/reduced (lunch, meals, price), meal or lunch status/eligibility, NSLP. */
const label = String.raw`(?:frl(?:[-_ ]?(?:status|elig(?:ible|ibility)?|code|flag))?|f\/r(?:l|p)?|free(?:\s*(?:\/|&|and|or)\s*|[-_ ]?)reduced(?:[-_ ]?(?:price|lunch|meals?))?(?:[-_ ]?(?:status|elig(?:ible|ibility)?))?|(?:lunch|meal)[-_ ]?(?:status|elig(?:ible|ibility)?|program(?:me)?[-_ ]?status)|nslp(?:[-_ ]?(?:status|elig(?:ible|ibility)?))?)`;
/** A key's quotes, code's backtick included. */
const quote = `["'${'`'}]`;
/** A value saying the child qualifies. */
const qualifies = String.raw`(?:F|R|Free|Reduced|Y|Yes|S[íi]|true|Eligible|Approved|Direct[- ]?Cert(?:ified)?)`;

const labelledStatus = compiledEarly(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])${label}${quote}?\s*(?:\*\*)?\s*(?::|=>|=)\s*(?:\*\*)?\s*${quote}?(${qualifies})(?![\p{L}\p{N}])`,
    'giu',
  ),
);
/** A cheap look first: every label holds one of these ("lunch" alone, common in a school's traces, is no label). */
const mayHold = compiledEarly(/frl|f\/r|reduced|(?:lunch|meal)[-_ ]?(?:status|elig|program)|nslp/i);

/** The status values above in `text`, redacted where they stand. */
export function findLunchStatusValues(text: string): Detection[] {
  if (!mayHold.test(text)) return [];
  return allMatches(labelledStatus, text).map((m) => {
    const value = m[1] as string;
    const start = m.index + m[0].length - value.length;
    return {
      kind: 'lunchNumber' as const,
      text: value,
      start,
      key: value.toLowerCase(),
      reason: { code: 'label' as const, detail: m[0].slice(0, m[0].length - value.length).trim() },
      scope: 'local' as const,
    };
  });
}
