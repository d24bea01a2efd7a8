// Bundled by bench/capture-bench.ts into a script for a plain page, so extraction is timed in the page itself.
// (The timing code lives here, not in page.evaluate callbacks: tsx adds a `__name` helper to functions
// written in the benchmark file, which does not exist in the page.)
import { findAdapterForUrl } from '../lib/adapters/find-adapter';
import type { SiteAdapter } from '../lib/adapters/types';
import { selectors as chatgpt } from '../lib/adapters/chatgpt/selectors';
import { selectors as claude } from '../lib/adapters/claude/selectors';
import { selectors as gemini } from '../lib/adapters/gemini/selectors';
import { selectors as copilot } from '../lib/adapters/copilot/selectors';
import { selectors as perplexity } from '../lib/adapters/perplexity/selectors';

// Median of five: each innerText of a 400-turn page lays it out (seconds on a loaded machine).
const repeats = 5;

function timeRuns(run: () => void): number[] {
  return Array.from({ length: repeats }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
}

function adapterHere() {
  const adapter = findAdapterForUrl(new URL(location.href));
  if (!adapter) throw new Error(`No adapter for ${location.href}`);
  return adapter;
}

/** Times reading this page's conversation with its adapter, and reading its innerText (the floor). */
function benchmarkExtraction(): { innerText: number[]; extract: number[]; turns: number; words: number } {
  const adapter = adapterHere();
  let length = 0;
  const innerText = timeRuns(() => {
    length += document.body.innerText.length;
  });
  let last: ReturnType<typeof adapter.readConversation> | undefined;
  const extract = timeRuns(() => {
    last = adapter.readConversation(document, new URL(location.href));
  });
  // Counted outside the timed runs: splitting 300,000 words is the benchmark's work, not extraction's.
  const turns = last?.turns.length ?? 0;
  const words = last?.turns.reduce((n, turn) => n + turn.text.split(/\s+/).length, 0) ?? 0;
  return { innerText, extract, turns, words: length > 0 ? words : 0 };
}

/** A page's weight, split where real pages and generated ones differ: per-turn chrome and content density. */
export interface PageWeight {
  turns: number;
  /** Words of the turns read. */
  words: number;
  /** Elements and attributes inside the message elements the adapter reads (pills, code headers, KaTeX count here). */
  contentElements: number;
  contentAttributes: number;
  /**
   * Elements and attributes around the messages, inside the thread (the nearest element holding every message):
   * turn wrappers, hidden labels, avatars, action bars. The sidebar and composer are outside it: on a short
   * fixture they would pass for per-turn weight.
   */
  chromeElements: number;
  chromeAttributes: number;
}

const messageSelectors: Record<
  SiteAdapter['id'],
  { userMessage: readonly string[]; assistantMessage: readonly string[] }
> = { chatgpt, claude, gemini, copilot, perplexity };

/** The message elements, found as the adapter kit finds them (first selector of each list that matches, outermost). */
function messageElements(root: Element, site: SiteAdapter['id']): Element[] {
  const { userMessage, assistantMessage } = messageSelectors[site];
  const first = (list: readonly string[]) => list.find((s) => root.querySelector(s) !== null);
  const selector = [first(userMessage), first(assistantMessage)].filter((s) => s !== undefined).join(', ');
  const found: Element[] = [];
  for (const el of selector === '' ? [] : root.querySelectorAll(selector)) {
    if (found.length > 0 && found[found.length - 1]!.contains(el)) continue;
    found.push(el);
  }
  return found;
}

function measureWeight(): PageWeight {
  const adapter = adapterHere();
  const root = adapter.findConversationRoot(document) ?? document.body;
  const messages = messageElements(root, adapter.id);
  let thread: Element = messages[0] ?? root;
  for (const message of messages) while (!thread.contains(message)) thread = thread.parentElement!;
  const weight: PageWeight = {
    turns: 0,
    words: 0,
    contentElements: 0,
    contentAttributes: 0,
    chromeElements: 0,
    chromeAttributes: 0,
  };
  const isMessage = new Set(messages);
  let current: Element | null = null;
  for (const el of thread.querySelectorAll('*')) {
    if (isMessage.has(el)) current = el;
    if (current !== null && current.contains(el)) {
      weight.contentElements++;
      weight.contentAttributes += el.attributes.length;
    } else {
      weight.chromeElements++;
      weight.chromeAttributes += el.attributes.length;
    }
  }
  const conversation = adapter.readConversation(document, new URL(location.href));
  weight.turns = conversation.turns.length;
  weight.words = conversation.turns.reduce((n, turn) => n + turn.text.split(/\s+/).length, 0);
  return weight;
}

(globalThis as unknown as { __showwork: unknown }).__showwork = { benchmarkExtraction, measureWeight };
