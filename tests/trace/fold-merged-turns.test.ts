import { describe, expect, test } from 'vitest';
import { foldMergedTurns } from '@/lib/trace/fold-merged-turns';
import { makeTrace } from './trace-fixtures';

const items = (...turnIds: string[]) => turnIds.map((turnId) => ({ turnId, conversationId: 'c1' }));

describe('foldMergedTurns', () => {
  test('a trace with only a merged-away part points at the host in its place, and the mark moves', () => {
    const trace = makeTrace({
      items: items('p1', 'a1b'),
      marks: { a1b: { mark: 'accepted', note: '' } },
      artifactSourceTurnIds: null,
    });
    expect(foldMergedTurns(trace, 'a1', ['a1b'])).toEqual([
      { path: 'items', before: trace.items, after: items('p1', 'a1') },
      { path: 'marks.a1', before: undefined, after: { mark: 'accepted', note: '' } },
      { path: 'marks.a1b', before: { mark: 'accepted', note: '' }, after: undefined },
    ]);
  });

  test("the host keeps its own mark; the parts' marks go", () => {
    const trace = makeTrace({
      items: items('a1', 'a1b', 'a1c', 'p2'),
      marks: { a1: { mark: 'rejected', note: 'wrong' }, a1c: { mark: 'accepted', note: '' } },
      artifactSourceTurnIds: ['a1c', 'a1'],
    });
    expect(foldMergedTurns(trace, 'a1', ['a1b', 'a1c'])).toEqual([
      { path: 'items', before: trace.items, after: items('a1', 'p2') },
      { path: 'marks.a1c', before: { mark: 'accepted', note: '' }, after: undefined },
      { path: 'artifactSourceTurnIds', before: ['a1c', 'a1'], after: ['a1'] },
    ]);
  });

  test('a trace without the parts gets no edits', () => {
    expect(foldMergedTurns(makeTrace({ items: items('a1', 'p2') }), 'a1', ['a1b'])).toEqual([]);
  });
});
