import { describe, expect, test } from 'vitest';
import { adapters } from '../../lib/adapters/registry';
import { textAsMarkdownPieces, textFromMarkdownPieces, type TextPieces } from '../../lib/messaging/text-from-markdown';
import { generateConversationHtml } from '../fixtures/generate-conversation';
import { fixtureNames, loadExpected, loadFixture, parseFixture } from '../adapters/fixture-files';
import type { ExtractedTurn } from '../../lib/model/turn';

const noLimit = Number.MAX_SAFE_INTEGER;

/** Size of the pieces as JSON: what the capture message carries instead of the text. */
const wireSize = (pieces: TextPieces) => JSON.stringify(pieces).length;

function expectRoundTrip(turns: readonly ExtractedTurn[]): { text: number; pieces: number } {
  let text = 0;
  let pieces = 0;
  for (const turn of turns) {
    const encoded = textAsMarkdownPieces(turn.text, turn.markdown);
    expect(textFromMarkdownPieces(encoded, turn.markdown, noLimit)).toBe(turn.text);
    text += JSON.stringify(turn.text).length;
    pieces += wireSize(encoded);
  }
  return { text, pieces };
}

describe('the text as pieces of its Markdown', () => {
  test.each([
    ['equal strings', 'Plain prompt text', 'Plain prompt text'],
    ['inline markup', 'Use fractions and decimals here', 'Use **fractions** and _decimals_ here'],
    ['a heading and a list', 'Plan\n\nStep one\nStep two', '### Plan\n\n- Step one\n- Step two'],
    ['escapes', 'a*b_c [d]', 'a\\*b\\_c \\[d\\]'],
    ['nothing in common', 'xyz', 'abc'],
    ['an empty text', '', '**bold**'],
    ['an empty Markdown', 'text', ''],
    ['characters outside the BMP and combining marks', 'café 👩‍🏫 résumé', 'café **👩‍🏫** résumé'],
    ['the text longer than its Markdown', 'one two three four five six', 'one six'],
  ])('%s are rebuilt exactly', (_name, text, markdown) => {
    expect(textFromMarkdownPieces(textAsMarkdownPieces(text, markdown), markdown, noLimit)).toBe(text);
  });

  // Searching the Markdown for each of the text's 2,000,000 characters would run past the test's time limit; how
  // fast the pieces are made is the capture bench's business.
  test('a long text unlike its Markdown goes whole', () => {
    const text = 'q'.repeat(2_000_000);
    const markdown = 'm'.repeat(2_000_000);
    expect(textAsMarkdownPieces(text, markdown)).toEqual({ ranges: [-1, text.length], literals: text });
  });

  test('random texts against random Markdown are rebuilt exactly', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = 'ab *_#\n\\é`';
    const randomString = (length: number) =>
      Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let run = 0; run < 500; run++) {
      const text = randomString(Math.floor(random() * 80));
      // Markdown that shares most of the text, or none of it.
      const markdown = run % 3 === 0 ? randomString(60) : text.replace(/a/g, '**a**').replace(/b/g, '\\b');
      expect(textFromMarkdownPieces(textAsMarkdownPieces(text, markdown), markdown, noLimit)).toBe(text);
    }
  });

  test('copies of ranges are what a text with markup costs; what the Markdown lacks goes as literals', () => {
    expect(textAsMarkdownPieces('Use fractions here', 'Use **fractions** here')).toEqual({
      ranges: [0, 4, 6, 9, 17, 5],
      literals: '',
    });
    expect(textAsMarkdownPieces('Cell one\tCell two', '| Cell one | Cell two |')).toEqual({
      ranges: [2, 8, -1, 1, 13, 8],
      literals: '\t',
    });
  });

  test.each(adapters.map((adapter) => adapter.id))('every %s fixture turn is rebuilt exactly', (site) => {
    for (const name of fixtureNames(site)) {
      const expected = loadExpected(site, name) as { error?: string };
      if (expected.error !== undefined) continue;
      const { doc, url } = loadFixture(site, name);
      expectRoundTrip(adapters.find((a) => a.id === site)!.readConversation(doc, url).turns);
    }
  });

  test.each(adapters.map((adapter) => adapter.id))(
    'a generated long %s conversation is rebuilt exactly, in about a quarter of the text’s size',
    (site) => {
      const { doc, url } = parseFixture(generateConversationHtml(site, { turns: 12, wordsPerAnswer: 600 }));
      const { text, pieces } = expectRoundTrip(adapters.find((a) => a.id === site)!.readConversation(doc, url).turns);
      // Measured 2026-12-01: 22–23 % of the text (the generator puts inline markup every few words; each costs a pair
      // of numbers, as do table cells).
      expect(pieces).toBeLessThan(text * 0.3);
    },
  );
});

describe('rebuilding refuses pieces that do not fit', () => {
  test.each([
    ['a range past the end', { ranges: [0, 99], literals: '' }],
    ['a negative start other than -1', { ranges: [-2, 2], literals: '' }],
    ['a fractional length', { ranges: [0, 1.5], literals: '' }],
    ['a start with no length', { ranges: [0], literals: '' }],
    ['more literal characters than sent', { ranges: [-1, 3], literals: 'ab' }],
    ['literals left over', { ranges: [-1, 1], literals: 'ab' }],
  ] satisfies [string, TextPieces][])('%s', (_name, pieces) => {
    expect(textFromMarkdownPieces(pieces, 'short', noLimit)).toBeUndefined();
  });

  test('a text rebuilt beyond the limit (many copies of one range) is refused before it is built', () => {
    const markdown = 'x'.repeat(1000);
    const ranges = Array.from({ length: 10_000 }, () => [0, 1000]).flat();
    expect(textFromMarkdownPieces({ ranges, literals: '' }, markdown, 2_000_000)).toBeUndefined();
    expect(textFromMarkdownPieces({ ranges: [-1, 11], literals: 'y'.repeat(11) }, '', 10)).toBeUndefined();
  });
});
