import { describe, expect, test } from 'vitest';
import { diffWords, pickBestSource } from '../../lib/trace/diff';

describe('diffWords', () => {
  test('one word replaced: figures and ops counted by hand', () => {
    // AI: 6 words. Artifact: same but "quickly" → "carefully" and "today" appended.
    const result = diffWords(
      'Students read the passage quickly together',
      'Students read the passage carefully together today',
    );
    expect(result.ops).toEqual([
      { op: 'equal', text: 'Students read the passage ' },
      { op: 'delete', text: 'quickly ' },
      { op: 'insert', text: 'carefully ' },
      { op: 'equal', text: 'together ' },
      { op: 'insert', text: 'today' },
    ]);
    expect(result.figures).toEqual({ wordsKept: 5, wordsAdded: 2, wordsRemoved: 1, teacherAuthoredShare: 2 / 7 });
    expect(result.timedOut).toBe(false);
  });

  test('identical texts: everything kept, nothing authored', () => {
    const text = 'Write three questions about the water cycle.';
    const { figures, ops } = diffWords(text, text);
    expect(figures).toEqual({ wordsKept: 7, wordsAdded: 0, wordsRemoved: 0, teacherAuthoredShare: 0 });
    expect(ops).toEqual([{ op: 'equal', text }]);
  });

  test('artifact written from scratch is fully teacher-authored', () => {
    const { figures } = diffWords('alpha beta gamma', 'one two three four');
    expect(figures).toEqual({ wordsKept: 0, wordsAdded: 4, wordsRemoved: 3, teacherAuthoredShare: 1 });
  });

  test('empty artifact: nothing kept, share 0 (not NaN)', () => {
    const { figures, ops } = diffWords('alpha beta', '');
    expect(figures).toEqual({ wordsKept: 0, wordsAdded: 0, wordsRemoved: 2, teacherAuthoredShare: 0 });
    expect(ops).toEqual([{ op: 'delete', text: 'alpha beta' }]);
  });

  test('whitespace and line breaks do not count as edits; the artifact keeps its spacing', () => {
    const { figures, ops } = diffWords('one two\nthree', 'one   two three\n');
    expect(figures).toMatchObject({ wordsKept: 3, wordsAdded: 0, wordsRemoved: 0 });
    expect(ops).toEqual([{ op: 'equal', text: 'one   two three\n' }]);
  });

  test('punctuation attached to a word makes it a different word', () => {
    const { figures } = diffWords('Hello class', 'Hello class!');
    expect(figures).toMatchObject({ wordsKept: 1, wordsAdded: 1, wordsRemoved: 1 });
  });

  test('composed and decomposed accents compare equal', () => {
    const { figures } = diffWords('canci\u00f3n nueva', 'cancio\u0301n nueva');
    expect(figures).toMatchObject({ wordsKept: 2, wordsAdded: 0, wordsRemoved: 0 });
  });

  test('ops rebuild both texts word for word', () => {
    const before = 'The quick brown fox jumps over the lazy dog near the river bank';
    const after = 'A quick red fox leaps over the dog by the river bank today';
    const { ops } = diffWords(before, after);
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    expect(
      words(
        ops
          .filter((o) => o.op !== 'delete')
          .map((o) => o.text)
          .join(' '),
      ),
    ).toEqual(words(after));
    expect(
      words(
        ops
          .filter((o) => o.op !== 'insert')
          .map((o) => o.text)
          .join(' '),
      ),
    ).toEqual(words(before));
  });

  test('more distinct words than a code-unit alphabet still diffs without throwing', () => {
    const a = Array.from({ length: 40_000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 40_000 }, (_, i) => `b${i}`).join(' ');
    const { figures } = diffWords(a, b, { timeoutMs: 200 });
    expect(figures.wordsKept).toBe(0);
    expect(figures.wordsAdded).toBe(40_000);
    expect(figures.wordsRemoved).toBe(40_000);
  });

  // How fast is the bench's business (bench/diff-bench.ts); here the budget is out of reach, so the test checks
  // that the exact diff of a long, much-edited text is right, on a loaded machine too.
  test.each([0.1, 0.3])('a 20,000-word diff with %s of words edited is exact', (share) => {
    const vocabulary = Array.from({ length: 3000 }, (_, i) => `w${i}`);
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const output = Array.from({ length: 20_000 }, () => vocabulary[Math.floor(random() * vocabulary.length)]);
    let replaced = 0;
    const artifact = output.map((w) => (random() < share ? (replaced++, `edit${Math.floor(random() * 1e6)}`) : w));
    const { figures, timedOut } = diffWords(output.join(' '), artifact.join(' '), { timeoutMs: 600_000 });
    expect(timedOut).toBe(false);
    expect(figures.wordsKept + figures.wordsAdded).toBe(20_000);
    expect(figures.wordsKept + figures.wordsRemoved).toBe(20_000);
    // Each replaced word is one removed and one added; a replacement can coincide with its neighbour only
    // rarely, so the kept count is the untouched words, give or take a handful.
    expect(Math.abs(figures.wordsAdded - replaced)).toBeLessThan(replaced * 0.01 + 5);
  });
});

describe('pickBestSource', () => {
  const outputs = [
    { turnId: 'o1', text: 'Here is a lesson plan about fractions with pizza slices and number lines.' },
    { turnId: 'o2', text: 'Here is a rubric for persuasive essays: claim, evidence, reasoning, conventions.' },
    { turnId: 'o3', text: 'Sure! Anything else?' },
  ];

  test('picks the output sharing the most words with the artifact', () => {
    expect(pickBestSource('My rubric for persuasive essays: claim, evidence and reasoning.', outputs)).toBe('o2');
    expect(pickBestSource('A lesson about FRACTIONS using pizza slices.', outputs)).toBe('o1');
  });

  test('empty artifact or no overlap: the latest output (the default source)', () => {
    expect(pickBestSource('', outputs)).toBe('o3');
    expect(pickBestSource('zzz qqq', outputs)).toBe('o3');
  });

  test('no outputs: null', () => {
    expect(pickBestSource('anything', [])).toBeNull();
  });

  test('a long output is not preferred just for its length', () => {
    const long = { turnId: 'long', text: `${'filler words here '.repeat(500)} photosynthesis light energy` };
    const close = { turnId: 'close', text: 'Photosynthesis turns light energy into sugar.' };
    expect(pickBestSource('Photosynthesis turns light energy into sugar for the plant.', [close, long])).toBe('close');
  });
});
