import type { SiteAdapter, TurnCache } from '../adapters/types';
import type { ExtractedConversation } from '../model/conversation';
import { mergeTurnWindows } from './merge-turn-windows';

export interface WalkOptions {
  /** How long the page may stay unchanged after a scroll before the next step (it loads turns meanwhile). */
  settleMs?: number;
  /** The longest the page is given to load more turns after one scroll. */
  maxWaitMs?: number;
  /** Stop walking after this long, keeping what was read. */
  budgetMs?: number;
  onProgress?: (turnsRead: number) => void;
  /** Turns read before (conversation-pre-reader.ts): only turns changed since are read again. */
  cache?: TurnCache;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `element` has had no DOM changes for `quietMs`, or after `maxMs`. */
function whenQuiet(element: Element, quietMs: number, maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(finish, quietMs);
    const deadline = setTimeout(finish, maxMs);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(finish, quietMs);
    });
    observer.observe(element, { childList: true, subtree: true });
    function finish() {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(deadline);
      resolve();
    }
  });
}

/**
 * Reads the whole conversation. On sites that keep only a window of turns in the page (ChatGPT since
 * 2026-09 mounts 3-6), it walks the adapter's scroll container from the oldest turn to the newest, reading
 * at each step and joining the windows, then puts the scroll position back. Elsewhere it is one read.
 */
export async function readWholeConversation(
  adapter: SiteAdapter,
  doc: Document,
  url: URL,
  options: WalkOptions = {},
): Promise<ExtractedConversation> {
  const first = adapter.readConversation(doc, url, options.cache);
  const scroller = adapter.findVirtualScroller?.(doc);
  if (!scroller || scroller.scrollHeight <= scroller.clientHeight + 1) return first;

  const { settleMs = 120, maxWaitMs = 1500, budgetMs = 30_000, onProgress } = options;
  const deadline = performance.now() + budgetMs;
  // A column-reverse scroller (ChatGPT) counts scrollTop from the bottom: 0 there, negative upward.
  const isReversed = getComputedStyle(scroller).flexDirection === 'column-reverse';
  const topPosition = () => (isReversed ? -(scroller.scrollHeight - scroller.clientHeight) : 0);
  const original = scroller.scrollTop;
  // Start from the oldest turn, not from what the page showed first (the newest): windows then arrive in
  // order and each overlaps the one before. What the page showed first is joined in at the end.
  let turns: ExtractedConversation['turns'] = [];
  const read = () => {
    try {
      turns = mergeTurnWindows(turns, adapter.readConversation(doc, url, options.cache).turns);
      onProgress?.(turns.length);
    } catch {
      // A step between windows can show no turn; the next one will.
    }
  };

  try {
    // Up to the oldest turn: each arrival at the top loads older turns above, until none come.
    for (let previousHeight = -1; scroller.scrollHeight !== previousHeight && performance.now() < deadline;) {
      previousHeight = scroller.scrollHeight;
      scroller.scrollTop = topPosition();
      await whenQuiet(scroller, settleMs, maxWaitMs);
      read();
    }
    // Then down to the newest, a little less than a screen at a time so consecutive windows overlap.
    const step = Math.max(40, Math.floor(scroller.clientHeight * 0.7));
    const bottom = () => (isReversed ? 0 : scroller.scrollHeight - scroller.clientHeight);
    while (performance.now() < deadline) {
      const before = scroller.scrollTop;
      scroller.scrollTop = Math.min(before + step, bottom());
      await whenQuiet(scroller, settleMs, maxWaitMs);
      read();
      if (scroller.scrollTop === before || scroller.scrollTop >= bottom()) break;
    }
  } finally {
    scroller.scrollTop = original;
    await sleep(0);
  }
  return { ...first, turns: mergeTurnWindows(turns, first.turns) };
}
