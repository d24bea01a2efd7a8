import { escapeRegExp, stripMarks, type Detection } from './detection';
import { allMatches } from './all-matches';

/**
 * The teacher's roster (Options → Redaction roster): each child is found by full name in any case, as
 * "Last, First", by each part of the name when written capitalised ("Mark" the child, not "mark" the verb),
 * by each half of a hyphenated name, with or without accents ("Jose Nunez" finds "José Núñez" and back), and
 * before a possessive ("Maria's").
 */

const foldClasses: Record<string, string> = {
  a: 'aáàâäãå',
  e: 'eéèêë',
  i: 'iíìîï',
  o: 'oóòôöõ',
  u: 'uúùûü',
  n: 'nñ',
  c: 'cç',
  y: 'yýÿ',
};

/** A pattern that matches `text` with or without accents; spaces and hyphens inside a name match either. */
function foldedPattern(text: string): string {
  let out = '';
  for (const ch of stripMarks(text)) {
    const cls = foldClasses[ch.toLowerCase()];
    if (cls) out += `[${cls}${cls.toUpperCase()}]`;
    else if (ch === ' ' || ch === '-') out += '[\\s-]+';
    else out += escapeRegExp(ch);
  }
  return out;
}

/** Each accented letter of `foldClasses`, and the long s, mapped to the plain letter it matches as. */
const plainLetterOf = new Map<string, string>([['ſ', 's']]);
for (const [plain, cls] of Object.entries(foldClasses))
  for (const ch of cls) if (ch !== plain) plainLetterOf.set(ch, plain);

/** `text` in lower case with the accents of `foldClasses` taken off: where a roster needle is looked for. */
function foldedForSearch(text: string): string {
  return text.toLowerCase().replace(/[\u00e0-\u00ffſ]/g, (ch) => plainLetterOf.get(ch) ?? ch);
}

/**
 * The first word of each variant, folded: every match of the roster pattern holds one of them, so a line that
 * holds none cannot match. Only for names written in Latin letters (up to U+017F), whose matches in any case
 * are exactly what lower-casing and `plainLetterOf` give (the long s and the Kelvin and Ångström signs
 * included); otherwise null, and every line is read.
 */
function needlesOf(variants: readonly Variant[]): string[] | null {
  const needles = new Set<string>();
  for (const v of variants) {
    const first = stripMarks(v.text).split(/[\s,-]+/)[0] ?? '';
    if (first === '' || /[^\t-\u017f]/u.test(first)) return null;
    needles.add(foldedForSearch(first));
  }
  return [...needles];
}

interface Variant {
  text: string;
  /** Full names match in any case; a single part only capitalised. */
  isFullName: boolean;
}

/** The strings that name one roster entry. */
export function rosterVariants(entry: string): Variant[] {
  const full = entry.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (full.replace(/[^\p{L}]/gu, '').length < 2) return [];
  const words = full.split(' ');
  const parts = [...new Set(words.flatMap((w) => [w, ...w.split('-')]))].filter(
    (p) => p.replace(/[^\p{L}]/gu, '').length >= 2 && !/^(?:de|del|la|las|los|van|von|da|di|le)$/i.test(p),
  );
  const variants: Variant[] = [{ text: full, isFullName: true }];
  if (words.length >= 2)
    variants.push({ text: `${words[words.length - 1]}, ${words.slice(0, -1).join(' ')}`, isFullName: true });
  for (const part of parts) if (part !== full) variants.push({ text: part, isFullName: false });
  return variants;
}

export interface RosterMatcher {
  find(text: string): Detection[];
}

/** Finds roster names; every variant of one entry shares the entry's key (the same child, the same pseudonym). */
export function makeRosterMatcher(roster: string[]): RosterMatcher {
  const alternatives: { pattern: string; index: number; isFullName: boolean; length: number }[] = [];
  const allVariants: Variant[] = [];
  roster.forEach((entry, index) => {
    for (const v of rosterVariants(entry)) {
      allVariants.push(v);
      alternatives.push({ pattern: foldedPattern(v.text), index, isFullName: v.isFullName, length: v.text.length });
    }
  });
  // Why a prefilter (measured 1 Dec 2026, Node 20): the pattern below, case-insensitive with a class per
  // vowel, is tried at every position of a text; on a 50,000-word trace with a three-child roster it was the
  // largest single regex of the scan (~7 % of it). Lower-casing a line and looking for a few words is native
  // string work, a small part of that.
  const needles = needlesOf(allVariants);
  if (alternatives.length === 0) return { find: () => [] };
  alternatives.sort((a, b) => b.length - a.length);
  // One named group per alternative would be slow to read back; instead each alternative is tried in order
  // of length at a match site (rarely more than a handful).
  const any = new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${alternatives.map((a) => a.pattern).join('|')})(?![\\p{L}\\p{N}_])`,
    'giu',
  );
  const compiled = alternatives.map((a) => ({ ...a, re: new RegExp(`^(?:${a.pattern})$`, 'iu') }));
  return {
    find(text) {
      const out: Detection[] = [];
      if (needles !== null) {
        const folded = foldedForSearch(text);
        if (!needles.some((n) => folded.includes(n))) return out;
      }
      for (const m of allMatches(any, text)) {
        const hit = compiled.find((a) => a.re.test(m[0]));
        if (!hit) continue;
        if (!hit.isFullName && !/^\p{Lu}/u.test(m[0])) continue;
        out.push({
          kind: 'studentName',
          text: m[0],
          start: m.index,
          key: `roster-${hit.index}`,
          reason: { code: 'roster', detail: roster[hit.index] as string },
          scope: 'global',
          caseInsensitive: hit.isFullName,
        });
      }
      return out;
    },
  };
}
