import { describe, expect, it } from 'vitest';
import { allMatches, allMatchesWhere, mayBeCapital } from '../../lib/redaction/all-matches';

/** What `allMatches` must equal: the spec's matchAll, as plain arrays with their index and groups. */
function viaMatchAll(re: RegExp, text: string) {
  return [...text.matchAll(re)].map((m) => ({ all: [...m], index: m.index, groups: m.groups }));
}
function viaAllMatches(re: RegExp, text: string) {
  return allMatches(re, text).map((m) => ({ all: [...m], index: m.index, groups: m.groups }));
}

describe('allMatches', () => {
  const cases: [string, RegExp, string][] = [
    ['words with groups', /(?<first>\p{Lu})\p{Ll}+/gu, 'Ana and Luis met Dr. Ruiz in Lima.'],
    ['no match', /\d+/g, 'no digits here'],
    ['empty matches in unicode mode step over a surrogate pair', /x*/gu, 'a😀bx😀'],
    ['empty matches without the unicode flag step one unit', /x*/g, 'a😀bx😀'],
    ['case-insensitive alternation', /(?<![\p{L}])(?:asthma|ADHD)(?![\p{L}])/giu, 'Asthma, adhd and ASTHMA'],
    ['sticky and global', /a/gy, 'aaba'],
    ['lookbehind at the start', /(?<=^|\s)\w/g, 'one two  three'],
  ];
  for (const [name, re, text] of cases) {
    it(name, () => {
      expect(viaAllMatches(re, text)).toEqual(viaMatchAll(re, text));
    });
  }

  it('leaves the regex lastIndex as it was, and starts from it as matchAll does', () => {
    const re = /\d/g;
    re.lastIndex = 3;
    expect(viaAllMatches(re, '1234')).toEqual(viaMatchAll(re, '1234'));
    expect(allMatches(re, '1234').map((m) => m[0])).toEqual(['4']);
    expect(re.lastIndex).toBe(3);
  });

  it('refuses a regex without the global flag, as matchAll does', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
    expect(() => 'a'.matchAll(/a/)).toThrow(TypeError);
  });
});

describe('allMatchesWhere', () => {
  const cases: [string, string, string][] = [
    [
      'capitalised words, tried only at capitals',
      String.raw`(?<![\p{L}\p{N}'’@.#/_-])(\p{Lu}[\p{Ll}\p{M}]+)(?:[ \t](\p{Lu}[\p{Ll}\p{M}]+))?`,
      'met Ana Ruiz and Émile; x.Luis, O’Neil, Zoë Ávila, 𝐀bc, Ǆemal (titlecase) and Ꙁ',
    ],
    [
      'pairs that overlap where a scan resumes',
      String.raw`(?<![\p{L}\p{N}])(\p{Lu}\p{L}*)[ \t]+(?:and|y)[ \t]+(\p{Lu}\p{L}*)`,
      'Gio and Luca and Max; Ana y Chuy y Beto',
    ],
  ];
  for (const [name, source, text] of cases)
    it(name, () => {
      const expected = viaMatchAll(new RegExp(source, 'gu'), text);
      expect(expected.length).toBeGreaterThan(1);
      const where = allMatchesWhere(new RegExp(source, 'uy'), text, mayBeCapital);
      expect(where.map((m) => ({ all: [...m], index: m.index, groups: m.groups }))).toEqual(expected);
    });

  it('refuses a regex that is not sticky', () => {
    expect(() => allMatchesWhere(/A/gu, 'A', mayBeCapital)).toThrow(TypeError);
  });
});
