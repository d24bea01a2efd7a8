// Bundled by capture-pre-read.e2e.test.ts and added to a plain Chromium page: reads the page ahead into the turn cache
// as the pre-reader does, changes the page at random, and compares the cached reading with a fresh one each time, in
// Chromium's own DOM (happy-dom keeps stale selector matches after an ancestor changes).
import { findAdapterForUrl } from '../../lib/adapters/find-adapter';
import { defineSiteAdapter } from '../../lib/adapters/adapter-kit';
import type { SiteAdapter } from '../../lib/adapters/types';
import { TurnReadingCache } from '../../lib/content/turn-reading-cache';

function preRead(adapter: SiteAdapter, url: URL, cache: TurnReadingCache): void {
  const reading = adapter.preReadTurns!(document, url, cache);
  let calls = 0;
  while (!reading.step(() => calls++ % 3 !== 0)) {
    /* next slice */
  }
}

function compare(adapter: SiteAdapter, url: URL, cache: TurnReadingCache): string | undefined {
  cache.sync();
  let cached: string;
  let fresh: string;
  try {
    cached = JSON.stringify(adapter.readConversation(document, url, cache));
  } catch (error) {
    cached = `error: ${String(error)}`;
  }
  try {
    fresh = JSON.stringify(adapter.readConversation(document, url));
  } catch (error) {
    fresh = `error: ${String(error)}`;
  }
  return cached === fresh ? undefined : `cached ${cached.slice(0, 300)} … fresh ${fresh.slice(0, 300)}`;
}

/** Random changes to the page after each pre-read; returns the first difference, or undefined. */
function randomChanges(rounds: number, seed: number): { differences: string[]; hits: number } {
  const url = new URL(location.href);
  const adapter = findAdapterForUrl(url)!;
  const cache = new TurnReadingCache();
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const differences: string[] = [];
  let hits = 0;
  for (let round = 0; round < rounds; round++) {
    preRead(adapter, url, cache);
    hits += cache.size;
    const all = document.body.querySelectorAll('*');
    const el = all[Math.floor(random() * all.length)]!;
    switch (round % 7) {
      case 0:
        el.append(document.createTextNode(` edit${round}`));
        break;
      case 1:
        el.toggleAttribute('hidden');
        break;
      case 2:
        el.classList.toggle('sr-only');
        break;
      case 3:
        if (el.parentElement !== null && el !== document.body) el.remove();
        break;
      case 4:
        el.parentElement?.insertBefore(document.createElement('div'), el).append(el);
        break;
      case 5:
        el.append(document.createElement('button'));
        break;
      case 6:
        el.classList.toggle('whitespace-pre-wrap');
        break;
    }
    const difference = compare(adapter, url, cache);
    if (difference) differences.push(`round ${round}: ${difference}`);
  }
  cache.disconnect();
  return { differences, hits };
}

/** Chrome named through an ancestor (`.quiet .note`): an ancestor's class change must reach the cached turn. */
function ancestorChange(): string[] {
  document.body.innerHTML =
    '<div id="thread"><div class="prompt">Question</div><div class="wrap"><div class="answer">Answer ' +
    '<span class="note">with a note</span></div></div><div class="quiet"></div></div>';
  const adapter = defineSiteAdapter({
    id: 'claude',
    hosts: [location.hostname],
    name: 'Test',
    selectors: {
      root: ['#thread'],
      userMessage: ['.prompt'],
      assistantMessage: ['.answer'],
      ignoreMessagesInside: [],
      chrome: ['.quiet .note'],
      codeBlock: [],
      preWrap: [],
      conversationMarker: [],
      streaming: [],
      sidebarTitle: [],
      model: [],
    },
    conversationId: () => 'x',
    cleanTitle: (title) => title,
  });
  const url = new URL(location.href);
  const cache = new TurnReadingCache();
  const texts: string[] = [];
  const answerText = () => adapter.readConversation(document, url, cache).turns[1]!.text;
  preRead(adapter, url, cache);
  texts.push(answerText());
  document.querySelector('.wrap')!.classList.add('quiet');
  cache.sync();
  texts.push(answerText());
  document.querySelector('.wrap')!.classList.remove('quiet');
  preRead(adapter, url, cache);
  document.querySelector('.quiet')!.append(document.querySelector('.answer')!);
  cache.sync();
  texts.push(answerText());
  cache.disconnect();
  return texts;
}

(globalThis as unknown as { __preRead: unknown }).__preRead = { randomChanges, ancestorChange };
