import { escapeRegExp } from './detection';
import { allMatches } from './all-matches';
import type { KnownNames } from './known-names';
import { compiledEarly } from './compiled-early';

/**
 * A child's mark found in a table or a note is often repeated by the AI where the sentence names no child:
 * "Both were in the Exceeding band" under a heading naming the group, "Staying on task was tricky this week
 * (45%)" in the paragraph for Jax, "TJ (610L)" in a list of next books (part 9, 1 Dec 2026). Like the echoed
 * conditions (echoed-terms.ts), such an echo counts only in a paragraph that names a child already found, and
 * only for marks distinctive enough to be that child's: a percentage, a score out of something, a Lexile
 * measure, or a word of a result scale written as found (capitalised, not opening its sentence: "Strong readers
 * …" at a sentence's start is not the NAPLAN band). A bare number or a letter is never echoed.
 */
const numericMark = compiledEarly(/^(?:\d{1,3}(?:[.,]\d)?\s?%|\d{1,3}(?:[.,]\d)?\s?\/\s?\d{2,3}|(?:BR)?\d{2,4}L)$/u);
const scaleMark = /^\p{Lu}[\p{L} ]{4,}$/u;

export function isEchoableMark(mark: string): boolean {
  return numericMark.test(mark) || scaleMark.test(mark);
}

export function findEchoedMarks(
  text: string,
  knownNames: KnownNames,
  marks: readonly string[],
): { text: string; start: number }[] {
  const usable = [...new Set(marks.filter(isEchoableMark))];
  if (usable.length === 0) return [];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}.,/])(?:${usable
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?![\\p{L}\\p{N}]|[.,/]\\d)`,
    'gu',
  );
  const found: { text: string; start: number }[] = [];
  for (const paragraph of allMatches(/(?:[^\n]|\n(?!\s*\n))+/gu, text)) {
    if (!knownNames.hasNameIn(text, paragraph.index, paragraph.index + paragraph[0].length)) continue;
    for (const m of allMatches(pattern, paragraph[0])) {
      const before = paragraph[0].slice(Math.max(0, m.index - 3), m.index);
      if (scaleMark.test(m[0]) && (m.index === 0 || /(?:^|[.!?:]\s*|\n\s*[-*•]?\s*)$/u.test(before))) continue;
      found.push({ text: m[0], start: paragraph.index + m.index });
    }
  }
  return found;
}
