import { describe, expect, it } from 'vitest';
import { keywordLineFinder, linesHolding } from '../../lib/redaction/keyword-lines';

describe('linesHolding', () => {
  it('gives each line holding a word once, in order, with its offset', () => {
    const text = 'Maria and Iker\nno one\nthen Iker\n\nIkerMaria twice Maria\nlast';
    expect(linesHolding(text, ['Maria', 'Iker', ''])).toEqual([
      { start: 0, text: 'Maria and Iker' },
      { start: 22, text: 'then Iker' },
      { start: 33, text: 'IkerMaria twice Maria' },
    ]);
    for (const line of linesHolding(text, ['Maria', 'Iker'])) expect(text.startsWith(line.text, line.start)).toBe(true);
  });

  it('matches as written and finds a word on the last line', () => {
    expect(linesHolding('maria\nx Maria', ['Maria'])).toEqual([{ start: 6, text: 'x Maria' }]);
    expect(linesHolding('nothing here', ['Maria'])).toEqual([]);
  });

  it('a finder built once gives each text the same lines as linesHolding', () => {
    const words = ['Maria', 'Iker', 'J'];
    const find = keywordLineFinder(words);
    for (const text of ['Maria\nJo', 'none', 'x Iker y\nIk\nJ', ''])
      expect(find(text)).toEqual(linesHolding(text, words));
    expect(keywordLineFinder([])('Maria')).toEqual([]);
  });
});
