import { afterEach, expect, test } from 'vitest';
import { ConversationPreReader } from '@/lib/content/conversation-pre-reader';
import { TurnReadingCache } from '@/lib/content/turn-reading-cache';
import { paragraphPreReadAdapter } from './paragraph-pre-read-adapter';

// A capture asks the pre-reader whether its cache holds the whole page as it is now (then it only sends ahead what
// the worker lacks, without walking the page's turns first): true once a round finished, false after any change.

const adapter = paragraphPreReadAdapter('body');

let stop: (() => void) | undefined;
afterEach(() => stop?.());

test('up to date once a round has read the page; not after a change, until the next round', async () => {
  document.body.replaceChildren(
    ...['Plan a lesson', 'Here is a plan', 'Shorter', 'A shorter plan'].map((text) =>
      Object.assign(document.createElement('p'), { textContent: text }),
    ),
  );
  const cache = new TurnReadingCache();
  const reader = new ConversationPreReader(cache, () => adapter, { quietMs: 10 });
  stop = () => {
    reader.stop();
    cache.disconnect();
  };
  expect(reader.isUpToDate()).toBe(false);
  const read = reader.whenRead();
  reader.start();
  await read;
  expect(reader.isUpToDate()).toBe(true);
  expect(cache.cachedTurns()).toHaveLength(4);

  // A change not yet delivered to the cache's observer counts too (it is delivered before answering).
  document.querySelectorAll('p')[3]!.append(' with one more sentence');
  expect(reader.isUpToDate()).toBe(false);
  await reader.whenRead();
  expect(reader.isUpToDate()).toBe(true);

  reader.stop();
  expect(reader.isUpToDate()).toBe(false);
});
