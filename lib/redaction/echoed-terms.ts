import { escapeRegExp } from './detection';
import { allMatches } from './all-matches';
import type { KnownNames } from './known-names';

/**
 * A condition or service found about a child is often repeated where the sentence itself says nothing of a
 * child: the AI's letter to the family of "Santi" says "Sabemos que el asma a veces no le permite venir", a
 * paragraph under the child's heading says "the 504 plan for the diabetes". Such an echo counts where its
 * paragraph (lines up to a blank line) names a child already found; the same word in a lesson paragraph that
 * names no child stays, unless it stands in a list beside another found term. Terms shorter than four letters ("TEL", "OT") are too ambiguous to echo.
 */
export function findEchoedTerms(
  text: string,
  knownNames: KnownNames,
  terms: readonly string[],
): { text: string; start: number }[] {
  const usable = [...new Set(terms.filter((t) => t.replace(/[^\p{L}]/gu, '').length >= 4))];
  if (usable.length === 0) return [];
  const termPattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${usable
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const found: { text: string; start: number }[] = [];
  for (const paragraph of allMatches(/(?:[^\n]|\n(?!\s*\n))+/gu, text)) {
    const matches = allMatches(termPattern, paragraph[0]);
    if (matches.length === 0) continue;
    const namesChild = knownNames.hasNameIn(text, paragraph.index, paragraph.index + paragraph[0].length);
    matches.forEach((m, i) => {
      if (namesChild || inListOfFoundTerms(paragraph[0], matches, i))
        found.push({ text: m[0], start: paragraph.index + m.index });
    });
  }
  return found;
}

/** Only a list's separator between two terms: ", ", "; ", " y ", " and ", " / ". */
const listSeparator = /^\s*(?:[,;/·]|,?\s*(?:and|or|y|e|o|u))\s*$/iu;

/**
 * True when match `i` stands in a list with another term already found about a child: "la información de salud
 * (TDAH, metilfenidato, depresión) es reservada" repeats a child's conditions as a list in a sentence that names
 * no one, and two found conditions side by side are that child's record, not a lesson's word.
 */
function inListOfFoundTerms(paragraph: string, matches: RegExpExecArray[], i: number): boolean {
  const gap = (a: RegExpExecArray, b: RegExpExecArray) => paragraph.slice(a.index + a[0].length, b.index);
  const before = matches[i - 1];
  const after = matches[i + 1];
  return (
    (before !== undefined && listSeparator.test(gap(before, matches[i]!))) ||
    (after !== undefined && listSeparator.test(gap(matches[i]!, after)))
  );
}
