import { describe, expect, it } from 'vitest';
import { makeKnownNames } from '../../lib/redaction/known-names';

/** What the matcher must equal: a global scan of its own pattern (the regex the scan used before). */
function regexScan(names: string[], text: string) {
  const { pattern } = makeKnownNames(names);
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

describe('makeKnownNames', () => {
  const cases: [string, string[], string][] = [
    [
      'full names before their parts, as written (case counts)',
      ['Maria Lopez', 'Maria', 'Lopez', 'maria lopez', 'Jamal'],
      'Maria Lopez met maria lopez, MARIA, Maria; SantaMaria, Maria2, x.Maria, Maria_x and Jamal’s mum.',
    ],
    ['a longer name that does not end at a word boundary gives way', ['Ana', 'Ana Sofia'], 'Ana Sofiab, Ana Sofia.'],
    [
      'accents, emoji and letters outside ASCII around a name',
      ['Lucía Fernández', 'Álvaro', 'Émile', 'Lu'],
      '😀Álvaro, éLucía Fernández, «Émile» y ÁLVARO; Lucía Fernándezé, Lu, Luz, 𝐀Lu, Lu𝐀, Lu😀',
    ],
    ['one-letter names and digits', ['J', 'J.R.', 'Kai 2'], 'J, J.R., Kai 2, Kai 23, J2, 3J and J.'],
    ['duplicates and names sharing their first two letters', ['Mia', 'Mia', 'Mina', 'Mi'], 'Mia, Mina, Mi, Mix.'],
    ['hyphens and apostrophes', ["Liam O'Connor", 'Ana-Sofia', 'Ana'], "Liam O'Connor, Ana-Sofia, Ana-Maria."],
  ];
  for (const [name, names, text] of cases) {
    it(name, () => {
      const expected = regexScan(names, text);
      expect(expected.length).toBeGreaterThan(0);
      expect(makeKnownNames(names).find(text)).toEqual(expected);
    });
  }

  it('tests a text as the regex does', () => {
    const known = makeKnownNames(['Jamal Carter', 'Jamal']);
    for (const text of ['Jamal was out', 'Jamalx was out', 'no names', 'xJamal', '(Jamal Carter)', ''])
      expect(known.test(text)).toBe(new RegExp(known.pattern.source, 'u').test(text));
  });

  it('answers for a paragraph as the regex does on the paragraph alone', () => {
    const text = 'Jamal was out.\nNo one else.\n\n  \nxJamal, Jamalx\nand (Jamal Carter)\n\nJamal';
    const known = makeKnownNames(['Jamal Carter', 'Jamal']);
    const one = new RegExp(known.pattern.source, 'u');
    const paragraphs = [...text.matchAll(/(?:[^\n]|\n(?!\s*\n))+/gu)];
    expect(paragraphs.length).toBe(3);
    for (const p of paragraphs) expect(known.hasNameIn(text, p.index, p.index + p[0].length)).toBe(one.test(p[0]));
    expect(known.hasNameIn(text, 0, 14)).toBe(true);
    expect(known.hasNameIn(text, 15, 27)).toBe(false);
  });

  it('falls back to the regex for an empty name', () => {
    const names = ['', 'Ana'];
    expect(makeKnownNames(names).find('Ana, b')).toEqual(regexScan(names, 'Ana, b'));
  });
});
