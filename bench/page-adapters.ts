// Bundled by bench/capture-bench.ts into a script for a plain page, so extraction is timed in the page itself.
// (The timing code lives here, not in page.evaluate callbacks: tsx adds a `__name` helper to functions
// written in the benchmark file, which does not exist in the page.)
import { findAdapterForUrl } from '../lib/adapters/find-adapter';

const repeats = 7;

function timeRuns(run: () => void): number[] {
  return Array.from({ length: repeats }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
}

/** Times reading this page's conversation with its adapter, and reading its innerText (the floor). */
function benchmarkExtraction(): { innerText: number[]; extract: number[]; turns: number; words: number } {
  const adapter = findAdapterForUrl(new URL(location.href));
  if (!adapter) throw new Error(`No adapter for ${location.href}`);
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

(globalThis as unknown as { __showwork: unknown }).__showwork = { benchmarkExtraction };
