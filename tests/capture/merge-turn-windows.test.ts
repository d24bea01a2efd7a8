import { expect, test } from 'vitest';
import { mergeTurnWindows } from '@/lib/content/merge-turn-windows';
import type { ExtractedTurn } from '@/lib/model/turn';

const turns = (...texts: string[]): ExtractedTurn[] =>
  texts.map((text, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', text, markdown: text }));
const texts = (list: ExtractedTurn[]) => list.map((t) => t.text);
const conversation = turns('p1', 'a1', 'p2', 'a2', 'p3', 'a3', 'p4', 'a4', 'p5', 'a5');

test('windows read top to bottom with overlaps join into the whole conversation', () => {
  let all: ExtractedTurn[] = [];
  for (const start of [0, 2, 3, 6]) all = mergeTurnWindows(all, conversation.slice(start, start + 4));
  expect(texts(all)).toEqual(texts(conversation));
});

test('older turns loaded above are put before what was read', () => {
  const all = mergeTurnWindows(conversation.slice(6), conversation.slice(4, 8));
  expect(texts(all)).toEqual(['p3', 'a3', 'p4', 'a4', 'p5', 'a5']);
});

test('a window already read changes nothing; an empty one too', () => {
  expect(texts(mergeTurnWindows(conversation, conversation.slice(3, 6)))).toEqual(texts(conversation));
  expect(texts(mergeTurnWindows(conversation, []))).toEqual(texts(conversation));
});

test('a window with no overlap is kept (appended), never dropped', () => {
  const all = mergeTurnWindows(conversation.slice(0, 2), conversation.slice(6, 8));
  expect(texts(all)).toEqual(['p1', 'a1', 'p4', 'a4']);
});

test('repeated identical prompts ("Continue") are not collapsed when the overlap says they are new', () => {
  const repeated = turns('Continue', 'part 1', 'Continue', 'part 2', 'Continue', 'part 3');
  let all = mergeTurnWindows([], repeated.slice(0, 4));
  all = mergeTurnWindows(all, repeated.slice(2, 6));
  expect(texts(all)).toEqual(texts(repeated));
});
