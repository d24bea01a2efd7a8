import { afterEach, expect, test, vi } from 'vitest';
import { ConversationPreReader } from '@/lib/content/conversation-pre-reader';
import { TurnReadingCache } from '@/lib/content/turn-reading-cache';
import { paragraphPreReadAdapter } from './paragraph-pre-read-adapter';

// The first round of reading ahead begins as soon as the pre-reader starts (unless an answer streams), so a click
// soon after the page loaded joins a reading under way; later rounds wait for the conversation to be quiet. Changes
// outside the conversation's element (ShowWork's own button, a script tag, a sidebar) neither stop a round nor make
// the reading out of date.

let isStreaming = false;
const adapter = paragraphPreReadAdapter('main', () => isStreaming);

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  isStreaming = false;
});

function pageWithTurns(): void {
  const main = document.createElement('main');
  main.append(
    ...['Plan a lesson', 'Here is a plan', 'Shorter', 'A shorter plan'].map((text) =>
      Object.assign(document.createElement('p'), { textContent: text }),
    ),
  );
  const wrap = document.createElement('div');
  wrap.className = 'wrap';
  wrap.append(main);
  document.body.replaceChildren(wrap, Object.assign(document.createElement('aside'), { textContent: 'History' }));
}

function startReader(quietMs: number) {
  const cache = new TurnReadingCache();
  const reader = new ConversationPreReader(cache, () => adapter, { quietMs });
  stop = () => {
    reader.stop();
    cache.disconnect();
  };
  return { cache, reader };
}

/** Resolves with how long the pre-reader took to finish a round, or 'not read' after `ms`. */
const readWithin = (reader: ConversationPreReader, ms: number) =>
  Promise.race([reader.whenRead().then(() => 'read'), new Promise((resolve) => setTimeout(resolve, ms, 'not read'))]);

test('the first round begins at once, without waiting for the page to be quiet', async () => {
  pageWithTurns();
  const { reader, cache } = startReader(10_000);
  const read = readWithin(reader, 2_000);
  reader.start();
  expect(await read).toBe('read');
  expect(cache.cachedTurns()).toHaveLength(4);
  expect(reader.isUpToDate()).toBe(true);
});

test('while an answer streams, the first round waits for quiet', async () => {
  pageWithTurns();
  isStreaming = true;
  const { reader, cache } = startReader(300);
  const read = readWithin(reader, 150);
  reader.start();
  expect(await read).toBe('not read');
  expect(cache.cachedTurns()).toHaveLength(0);
  isStreaming = false;
  await reader.whenRead();
  expect(cache.cachedTurns()).toHaveLength(4);
});

test('changes beside the conversation keep the reading up to date; changes to it do not', async () => {
  pageWithTurns();
  const { reader } = startReader(20);
  const read = reader.whenRead();
  reader.start();
  await read;
  expect(reader.isUpToDate()).toBe(true);

  // ShowWork's button appended to the body, a script tag in the head, a sidebar's text and attributes.
  document.body.append(document.createElement('showwork-capture'));
  document.head.append(document.createElement('script'));
  document.querySelector('aside')!.textContent = 'History (2)';
  document.querySelector('aside')!.setAttribute('data-open', 'true');
  expect(reader.isUpToDate()).toBe(true);

  // A class on an element holding the conversation: the sites' selectors may read it.
  document.querySelector('.wrap')!.classList.add('dark');
  expect(reader.isUpToDate()).toBe(false);
  await reader.whenRead();
  expect(reader.isUpToDate()).toBe(true);

  // A turn's text.
  document.querySelectorAll('main p')[3]!.append(' with one more sentence');
  expect(reader.isUpToDate()).toBe(false);
  await reader.whenRead();
  expect(reader.isUpToDate()).toBe(true);

  // The conversation's element replaced (another conversation opened in place).
  const other = document.createElement('main');
  other.append(Object.assign(document.createElement('p'), { textContent: 'Another prompt' }));
  document.querySelector('main')!.replaceWith(other);
  expect(reader.isUpToDate()).toBe(false);
});

test('a round under way is not stopped by changes beside the conversation', async () => {
  pageWithTurns();
  const { reader } = startReader(10_000);
  const read = readWithin(reader, 2_000);
  reader.start();
  // Straight after start, while the first round reads in idle slices.
  const aside = document.querySelector('aside')!;
  for (let i = 0; i < 5; i++) aside.append(document.createElement('span'));
  expect(await read).toBe('read');
});

test('what is computed over the conversation is kept across changes beside it, dropped on changes to it', () => {
  pageWithTurns();
  const cache = new TurnReadingCache();
  stop = () => cache.disconnect();
  const main = document.querySelector('main')!;
  const count = vi.fn(() => main.textContent!.length);
  cache.remember(main, 'characters', count);
  document.body.append(document.createElement('showwork-capture'));
  document.querySelector('aside')!.textContent = 'History (2)';
  cache.remember(main, 'characters', count);
  expect(count).toHaveBeenCalledTimes(1);
  document.querySelector('.wrap')!.setAttribute('data-theme', 'dark');
  cache.remember(main, 'characters', count);
  expect(count).toHaveBeenCalledTimes(2);
  main.querySelector('p')!.append('!');
  cache.remember(main, 'characters', count);
  expect(count).toHaveBeenCalledTimes(3);
});

test("a round counts the conversation's characters before it reads any turn, for a click that comes mid-round", async () => {
  pageWithTurns();
  const { reader, cache } = startReader(10_000);
  const order: string[] = [];
  const remember = cache.remember.bind(cache);
  vi.spyOn(cache, 'remember').mockImplementation((element, name, compute) => {
    order.push(`${name}:${element.tagName.toLowerCase()}`);
    return remember(element, name, compute);
  });
  const store = cache.store.bind(cache);
  vi.spyOn(cache, 'store').mockImplementation((roots, baseUrl, turn) => {
    order.push(`turn:${turn?.text ?? ''}`);
    store(roots, baseUrl, turn);
  });
  const read = reader.whenRead();
  reader.start();
  await read;
  expect(order[0]).toBe('characters:main');
  expect(order.filter((entry) => entry.startsWith('turn:'))).toHaveLength(4);
  // The capture's check then finds the count made, and the round's end does not count again.
  const main = document.querySelector('main')!;
  const count = vi.fn(() => 0);
  expect(cache.remember(main, 'characters', count)).toBe((main.textContent ?? '').replace(/\s/g, '').length);
  expect(count).not.toHaveBeenCalled();
});
