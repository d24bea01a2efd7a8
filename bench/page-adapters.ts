// Bundled by bench/capture-bench.ts into a script for a plain page, so extraction is timed in the page itself.
// (The timing code lives here, not in page.evaluate callbacks: tsx adds a `__name` helper to functions
// written in the benchmark file, which does not exist in the page.)
import { findAdapterForUrl } from '../lib/adapters/find-adapter';

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

/** Elements and attributes of the conversation (the adapter's root), per turn read and per 100 words read. */
function measureWeight(): { elements: number; attributes: number; turns: number; words: number } {
  const adapter = adapterHere();
  const root = adapter.findConversationRoot(document) ?? document.body;
  let elements = 0;
  let attributes = 0;
  for (const el of root.querySelectorAll('*')) {
    elements++;
    attributes += el.attributes.length;
  }
  const conversation = adapter.readConversation(document, new URL(location.href));
  const words = conversation.turns.reduce((n, turn) => n + turn.text.split(/\s+/).length, 0);
  return { elements, attributes, turns: conversation.turns.length, words };
}

(globalThis as unknown as { __showwork: unknown }).__showwork = { benchmarkExtraction, measureWeight };
