import { afterEach, expect, test } from 'vitest';
import { ConversationPreReader } from '@/lib/content/conversation-pre-reader';
import { TurnReadingCache } from '@/lib/content/turn-reading-cache';
import type { ExtractedTurn } from '@/lib/model/turn';
import { paragraphPreReadAdapter } from './paragraph-pre-read-adapter';

// Once a round has read every turn, the pre-reader's bundle learns which of them the library holds (afterRead):
// the round is done (whenRead, the page's 'showwork:pre-read' mark) only after that, and a failure there does not
// keep it from ending.

const adapter = paragraphPreReadAdapter('body');

let stop: (() => void) | undefined;
afterEach(() => stop?.());

function pageOf(texts: string[]): void {
  document.body.replaceChildren(
    ...texts.map((text) => Object.assign(document.createElement('p'), { textContent: text })),
  );
}

function startReader(afterRead: (turns: readonly ExtractedTurn[]) => Promise<void>): ConversationPreReader {
  const cache = new TurnReadingCache();
  const reader = new ConversationPreReader(cache, () => adapter, { quietMs: 10, afterRead });
  stop = () => {
    reader.stop();
    cache.disconnect();
  };
  return reader;
}

test('the round ends once afterRead, given every turn read, has finished', async () => {
  pageOf(['Plan a lesson', 'Here is a plan', 'Shorter']);
  let finishLearning: () => void = () => undefined;
  const given: string[][] = [];
  const reader = startReader((turns) => {
    given.push(turns.map((turn) => turn.text));
    return new Promise((resolve) => (finishLearning = resolve));
  });
  let isRead = false;
  void reader.whenRead().then(() => (isRead = true));
  reader.start();
  await expect.poll(() => given.length).toBe(1);
  expect(given[0]).toEqual(['Plan a lesson', 'Here is a plan', 'Shorter']);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(isRead).toBe(false);
  finishLearning();
  await expect.poll(() => isRead).toBe(true);
  expect(reader.isUpToDate()).toBe(true);
});

test('a failure to learn still ends the round', async () => {
  pageOf(['Plan a lesson', 'Here is a plan']);
  const reader = startReader(() => Promise.reject(new Error('the worker is restarting')));
  const read = reader.whenRead();
  reader.start();
  await read;
  expect(reader.isUpToDate()).toBe(true);
});
