import { normaliseKey, type Detection } from './detection';
import { allMatches } from './all-matches';
import { notANameWord } from './context-names';
import { compiledEarly } from './compiled-early';

/**
 * The children a list of class awards or yearbook superlatives names, one award a line: "Most Likely to Go Pro —
 * Nadia Ferreira", "**Best Dressed:** Oskar Lindqvist", "Class Clown - Tamsin Achebe", "Mejor sonrisa: Ximena
 * Robledo". Part 20 (2 Dec 2026) lost all seven winners of a yearbook's superlatives, and with them every note beside
 * them (an injury, a GPA, an illness), since nothing else in the text named a student; honour-lists.ts reads lists
 * under a heading ("Student of the month:"), this reads the award opening each line. An award is a superlative
 * ("Most …", "Best …", "Biggest …", "Friendliest", "Mejor …", "Más …") or the yearbook's "Class Clown", "Class
 * Couple"; the name after it is two to four capitalised words (a quoted nickname between them allowed), the first
 * one that can start a name. Two or more such lines make a list: one "Best practice — Think Pair Share" is none.
 * Each name is a child's wherever it appears.
 */

const award = String.raw`(?:(?:Most|Best|Biggest|Mejor|M[áa]s)[ \t]+[\p{L}'’-]+(?:[ \t]+[\p{L}'’-]+){0,5}|Class[ \t]+(?:Clown|Couple|Flirt)|\p{Lu}\p{Ll}+iest(?:[ \t]+[\p{L}'’-]+){0,3})`;
const nameWord = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?`;
const personName = String.raw`${nameWord}(?:[ \t]+(?:"${nameWord}"|“${nameWord}”)?[ \t]*${nameWord}){1,3}`;
const awardLine = new RegExp(
  String.raw`^[ \t]*(?:[-*•][ \t]+|\d{1,2}[.)][ \t]+)?(?:\*\*|__)?${award}(?:\*\*|__)?[ \t]*(?:[:—–]|[ \t]-)[ \t]*(?:\*\*|__)?[ \t]*(?:\*\*|__)?(${personName})(?![\p{L}])`,
  'gmu',
);
/** A cheap look first: a superlative's first word at all. */
const mayHold = compiledEarly(/\b(?:Most|Best|Biggest|Class|Mejor|M[áa]s)\b|iest\b/u);

/** Children named by the award lines above in `text`, when two or more lines make a list. */
export function findSuperlativeAwardNames(text: string): Detection[] {
  if (!mayHold.test(text)) return [];
  const found: Detection[] = [];
  for (const m of allMatches(awardLine, text)) {
    const name = m[1] as string;
    if (notANameWord(name.split(/[ \t]/u)[0] as string)) continue;
    found.push({
      kind: 'studentName',
      text: name,
      start: m.index + m[0].lastIndexOf(name),
      key: normaliseKey(name),
      reason: { code: 'studentList', detail: '' },
      scope: 'global',
    });
  }
  return found.length >= 2 ? found : [];
}
