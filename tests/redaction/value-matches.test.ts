import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../lib/redaction/detection';
import { makeValueMatcher } from '../../lib/redaction/value-matches';

/** The plain global scan the matcher must agree with, match for match. */
function globalScan(values: string[], text: string) {
  const re = new RegExp(`(?<![\\p{L}\\p{N}_@.])(?:${values.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_]|@)`, 'giu');
  return [...text.matchAll(re)].map((m) => ({ index: m.index, match: m[0] }));
}

describe('makeValueMatcher', () => {
  const cases: [string, string[], string][] = [
    [
      'names, case-insensitively, at word starts only',
      ['Maria Lopez', 'Maria', 'Lopez', 'Jamal'],
      'maria lopez met MARIA and Jamal; SantaMaria, Maria_x, maria@x.org, x.Maria and jamalx stay.',
    ],
    ['the first alternative that matches wins', ['Ana', 'Ana Sofia'], 'Ana Sofia and ana sofia'],
    [
      'accents, emoji and characters outside ASCII before and at a match',
      ['Lucía Fernández', 'Álvaro', 'Émile'],
      '😀Álvaro, éLucía Fernández, «Émile» y ÁLVARO; 😀😀lucía fernández',
    ],
    [
      'case folding beyond ASCII: Kelvin sign and long s',
      ['Kim', 'Sam', 'kelvin'],
      '\u212Aim, \u017Fam, KELVIN and \u212Aelvin',
    ],
    [
      'numbers, emails and addresses with punctuation',
      ['555-867-5309', 'karen.brennan77@gmail.com', '1412 Maple Grove Lane, Apt 4B'],
      'call 555-867-5309 or 1555-867-5309; karen.brennan77@gmail.com, x.karen.brennan77@gmail.com; 1412 maple grove lane, apt 4b.',
    ],
    ['one-letter values and second letters that fold', ['X', 'Ana', 'a\u017Fb'], 'X, x; ana, aSb, ASB, as, a, An'],
    ['a value followed by @ or a letter is not a match', ['Ana'], 'Ana@school Anab Ana. Ana'],
    [
      'values with letters outside ASCII among words sharing their start',
      ['Tomás', 'Tyler', 'Núñez', '\u212Aayla'],
      'the tomás TOMÁS tomas Tyler tyl Núñez NÚÑEZ nunez nú Kayla kayla \u212Aayla',
    ],
  ];
  for (const [name, values, text] of cases) {
    it(name, () => {
      const expected = globalScan(values, text);
      expect(makeValueMatcher(values)(text)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    });
  }
});
