import { escapeRegExp } from './detection';
import { allMatches } from './all-matches';
import type { KnownNames } from './known-names';

/**
 * A condition or service found about a child is often repeated where the sentence itself says nothing of a
 * child: the AI's letter to the family of "Santi" says "Sabemos que el asma a veces no le permite venir", a
 * paragraph under the child's heading says "the 504 plan for the diabetes". Such an echo counts where its
 * paragraph (lines up to a blank line) names a child already found; the same word in a lesson paragraph that
 * names no child stays. Terms shorter than four letters ("TEL", "OT") are too ambiguous to echo.
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
    if (!knownNames.hasNameIn(text, paragraph.index, paragraph.index + paragraph[0].length)) continue;
    for (const m of allMatches(termPattern, paragraph[0])) found.push({ text: m[0], start: paragraph.index + m.index });
  }
  return found;
}
