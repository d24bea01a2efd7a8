import { normaliseKey, type Detection } from './detection';
import { allMatches, mayBeCapital, nextMatchWhere } from './all-matches';
import { compiledEarly } from './compiled-early';

/**
 * Children named by their initials as the keys of a list: a counsellor's caseload or an AI's priority list that
 * keeps "just initials" ("1. **M.D. (12th)** — history of depression…", "- B.A.D. 9th - not eating lunch",
 * "6. **E.B.** — grief check-in when he's back"). Part 10 (1 Dec 2026) lost every such child. A list counts when
 * two or more of its lines open with dotted initials and those lines speak of a person (a grade in parentheses, a
 * pronoun, a plan, a mark); a line whose initials are an abbreviation ("U.S.", "D.C.", "A.M.") is no child's, and
 * a degree ("B.A.", "M.D.") counts only with a school grade beside it ("M.D. (12th)"), not in a staff résumé.
 */
const initialsKey =
  /^[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+(?:\*\*|__)?((?:\p{Lu}\.){2,3})(?:\*\*|__)?[ \t]*(\([^)\n]{1,20}\))?(?:\*\*|__)?[ \t]*(?:[-–—:]|\d{1,2}(?:st|nd|rd|th)\b)([^\n]*)$/gmu;
const abbreviations = new Set([
  'U.S.',
  'U.K.',
  'D.C.',
  'A.M.',
  'P.M.',
  'E.U.',
  'N.B.',
  'P.S.',
  'B.C.',
  'A.D.',
  'C.E.',
  'I.E.',
  'U.E.',
  'S.A.',
  'L.A.',
  'N.Y.',
  'R.I.P.',
  'E.G.',
  'I.D.',
  'O.K.',
  'T.V.',
  'U.N.',
  'E.E.',
]);
const degrees = new Set(['B.A.', 'B.S.', 'M.A.', 'M.S.', 'M.D.', 'J.D.', 'R.N.', 'M.ED.', 'ED.D.']);
const schoolGrade =
  /^\(\s*(?:\d{1,2}(?:st|nd|rd|th)|grade|gr\.?|K|Pre-?K|\d{1,2}(?:º|°|o)|\d{1,2}(?:mo|vo|no|ro|do|to))/iu;
/** A line about a person: a pronoun, a plan, a mark, an absence, a worry. */
const aboutPerson =
  /\b(?:he|she|his|her|him|hers|él|ella|su|IEP|504|grade|\d{1,3}\s?%|absent|absences|missing|failing|referral|check-in|parent|mom|dad|mamá|papá)\b|\d{1,2}(?:st|nd|rd|th)\b/iu;

const twoInitials = compiledEarly(/\p{Lu}\.\p{Lu}\./uy);

export function findInitialsNames(text: string): Detection[] {
  // Tried only at capitals (all-matches.ts): a lesson in lower case costs a loop over its character codes.
  if (nextMatchWhere(twoInitials, text, 0, mayBeCapital) === null) return [];
  const keys: { text: string; start: number }[] = [];
  for (const m of allMatches(initialsKey, text)) {
    const initials = m[1] as string;
    const inParens = m[2] ?? '';
    if (abbreviations.has(initials)) continue;
    if (degrees.has(initials.toUpperCase()) && !schoolGrade.test(inParens)) continue;
    if (!aboutPerson.test(`${inParens} ${m[3] ?? ''}`)) continue;
    keys.push({ text: initials, start: m.index + m[0].indexOf(initials) });
  }
  if (new Set(keys.map((k) => k.text)).size < 2) return [];
  return keys.map((k) => ({
    kind: 'studentName',
    text: k.text,
    start: k.start,
    key: normaliseKey(k.text),
    reason: { code: 'studentList', detail: '' },
    scope: 'global',
  }));
}
