import { allMatches } from './all-matches';
import { isSubjectHeader } from './subject-headers';

/**
 * A standards-based report card line: two or more subjects, each with a level in words and its number
 * ("Lectura: En desarrollo (2) · Escritura: Competente (3)", "Reading: Approaching (2), Math: Meets (3)").
 * A district's legend names the levels without subjects ("Domina (4) – Competente (3) – …") and stays; a line
 * pairing subjects with levels is one child's marks (part 13's dual-language report card, 1 Dec 2026).
 */
const pair =
  /(?<![\p{L}])(\p{L}[\p{L}.]*(?:[ \t]\p{L}[\p{L}.]*)?)[ \t]*:[ \t]*(\p{L}[\p{L} \t-]{0,28}?[ \t]*\([ \t]*\d(?:[.,]\d)?[ \t]*\))/gu;

export function findLevelPairs(line: string): { text: string; start: number }[] {
  if (!line.includes(':') || !/\(\s*\d/.test(line)) return [];
  const out: { text: string; start: number }[] = [];
  for (const m of allMatches(pair, line))
    if (isSubjectHeader(m[1] as string)) {
      const value = m[2] as string;
      out.push({ text: value, start: m.index + m[0].lastIndexOf(value) });
    }
  return out.length >= 2 ? out : [];
}
