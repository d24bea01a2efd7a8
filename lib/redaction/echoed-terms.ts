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
  // Found by plain search, not one regex over the whole text: a paragraph is asked about names only when it
  // holds a term, and a long lesson holds none.
  const usable = [...new Set(terms.filter((t) => t.replace(/[^\p{L}]/gu, '').length >= 4))];
  if (usable.length === 0) return [];
  const all = termsIn(text, usable);
  if (all.length === 0) return [];
  const found: { text: string; start: number }[] = [];
  let next = 0;
  for (const paragraph of allMatches(/(?:[^\n]|\n(?!\s*\n))+/gu, text)) {
    const end = paragraph.index + paragraph[0].length;
    const matches: TermHit[] = [];
    while (next < all.length && all[next]!.index < end) {
      if (all[next]!.index >= paragraph.index) matches.push(all[next]!);
      next++;
    }
    if (matches.length === 0) continue;
    const namesChild = knownNames.hasNameIn(text, paragraph.index, end);
    matches.forEach((m, i) => {
      if (namesChild || inListOfFoundTerms(text, matches, i)) found.push({ text: m[0], start: m.index });
    });
    if (next >= all.length) break;
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
function inListOfFoundTerms(text: string, matches: TermHit[], i: number): boolean {
  const gap = (a: TermHit, b: TermHit) => text.slice(a.index + a[0].length, b.index);
  const before = matches[i - 1];
  const after = matches[i + 1];
  return (
    (before !== undefined && listSeparator.test(gap(before, matches[i]!))) ||
    (after !== undefined && listSeparator.test(gap(matches[i]!, after)))
  );
}

interface TermHit {
  0: string;
  index: number;
}

const letterOrDigit = /[\p{L}\p{N}]/u;

/**
 * Whole-word occurrences of `terms` in `text`, case-insensitive, left to right, the longer term first where two
 * start together. Plain lower-case search (native and fast); a text whose lower case changes its length (a
 * dotted capital I) is searched with a regular expression instead.
 */
function termsIn(text: string, terms: readonly string[]): TermHit[] {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) {
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${[...terms]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})(?![\\p{L}\\p{N}])`,
      'giu',
    );
    return allMatches(re, text).map((m) => ({ 0: m[0], index: m.index }));
  }
  const hits: TermHit[] = [];
  for (const term of terms) {
    const t = term.toLowerCase();
    for (let at = lower.indexOf(t); at !== -1; at = lower.indexOf(t, at + 1)) {
      const after = at + t.length;
      if (at > 0 && letterOrDigit.test(text[at - 1]!)) continue;
      if (after < text.length && letterOrDigit.test(text[after]!)) continue;
      hits.push({ 0: text.slice(at, after), index: at });
    }
  }
  hits.sort((a, b) => a.index - b.index || b[0].length - a[0].length);
  const kept: TermHit[] = [];
  for (const h of hits) if (kept.length === 0 || h.index >= kept.at(-1)!.index + kept.at(-1)![0].length) kept.push(h);
  return kept;
}
