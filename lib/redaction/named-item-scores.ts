import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';
import { asGradeDetections } from './performance-marks';
import { addUnlessOverlapping, type FoundSpan } from './found-spans';
import { isKnownFirstName, notANameWord } from './context-names';

/**
 * A child's score in parentheses after the child's full name, opening a list item or a bold heading: report-card
 * comments ("- **Nadia Ixchel Portillo Cruz (83):** Buen trabajo…"), an honour roll or a diploma list ("- Rosa de
 * las Mercedes Izaguirre Paz (95,4)"), a results list ("1. Owen Tremblay (72%) —"). Part 18 (2 Dec 2026) lost five
 * such scores where the parenthesis sat inside the bold name (national-scale-marks.ts reads "**Name** (89):" only)
 * and one where the name held "de la" (Hispanic full names carry particles: de, del, de la, de los, y).
 * What counts as a name: two to six capitalised words (particles between them allowed), none a word that never
 * starts a name ("Chapter", "Level", "Unit"…: context-names.ts), and either three or more of them (the full names of
 * school lists) or a first word known as a first name. The score is 0–100 with an optional decimal and percent sign,
 * and the parenthesis ends the item or is followed by ":", "**", "—" or "-": "- Abraham Lincoln (1809)" is a year
 * and "- Unit 4 Review (20)" has no name. The score alone is redacted; the caller reads only traces about students.
 */

const nameWord = String.raw`\p{Lu}[\p{Ll}'’-]+`;
const particle = String.raw`(?:de|del|la|las|los|y|da|dos|van|von)`;
const personName = String.raw`${nameWord}(?:[ \t]+(?:${particle}[ \t]+){0,2}${nameWord}){1,5}`;
const score = String.raw`\([ \t]*(?:100|\d{1,2})(?:[.,]\d{1,2})?[ \t]?%?[ \t]*\)`;
const namedScore = compiledEarly(
  new RegExp(
    String.raw`^[ \t]*(?:(?:\d{1,2}[.)]|[-*•])[ \t]+)?(?:\*\*)?(${personName})[ \t]*(?:\*\*)?[ \t]*(${score})[ \t]*(?::|\*\*|[—–-](?=\s)|$)`,
    'gmu',
  ),
);
/** A cheap look first: a parenthesised number at all. */
const mayHold = compiledEarly(/\(\s*\d/u);

function looksLikeName(name: string): boolean {
  const words = name.split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.some((w) => notANameWord(w))) return false;
  return words.length >= 3 || isKnownFirstName(words[0] as string);
}

/** The scores above in `text`. */
export function findNamedItemScores(text: string): FoundSpan[] {
  if (!mayHold.test(text)) return [];
  const out: FoundSpan[] = [];
  for (const m of allMatches(namedScore, text)) {
    if (!looksLikeName(m[1] as string)) continue;
    const value = m[2] as string;
    addUnlessOverlapping(out, value, m.index + m[0].lastIndexOf(value));
  }
  return out;
}

/** The scores above as findings of the scan, redacted where they stand. */
export function findNamedItemScoreDetections(text: string): Detection[] {
  return asGradeDetections(findNamedItemScores(text));
}
