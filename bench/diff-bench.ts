/**
 * Word diff (issue 3): diffWords on a 20,000-word AI output against a 20,000-word artifact with 2 %, 10 %
 * and 30 % of words edited, in Node. In the side panel the same code runs in a Web Worker
 * (lib/trace/diff-worker.ts), so these milliseconds never block typing; the goal is for the figures to
 * appear promptly.
 */
import { diffWords } from '../lib/trace/diff';
import type { BenchResult } from './types';

const words = 20_000;

/** A deterministic pseudo-random generator, so every run diffs the same texts. */
function makeRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Lesson-like text: a 4,000-word vocabulary with a Zipf-like skew (a few words very common, as in prose). */
function makeOutput(random: () => number): string[] {
  const vocabulary = Array.from({ length: 4000 }, (_, i) => `w${i.toString(36)}`);
  return Array.from({ length: words }, () => vocabulary[Math.floor(vocabulary.length * random() ** 3)]!);
}

/** Edits `share` of the words: a third replaced, a third deleted, a third with a new word inserted after. */
function editWords(output: string[], share: number, random: () => number): string[] {
  const out: string[] = [];
  for (const word of output) {
    if (random() >= share) {
      out.push(word);
      continue;
    }
    const kind = random();
    if (kind < 1 / 3) out.push(`teacher${Math.floor(random() * 1e6)}`);
    else if (kind < 2 / 3) continue;
    else out.push(word, `added${Math.floor(random() * 1e6)}`);
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchDiff(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const share of [0.02, 0.1, 0.3]) {
    const random = makeRandom(20_000 + share * 100);
    const output = makeOutput(random);
    const artifact = editWords(output, share, random);
    const outputText = output.join(' ');
    const artifactText = artifact.join(' ');
    diffWords(outputText, artifactText, { timeoutMs: 5000 }); // warm-up (JIT)
    const times: number[] = [];
    let timedOut = false;
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      // The panel's budget is 1 s (defaultDiffTimeoutMs); here the budget is generous to time the full diff.
      timedOut ||= diffWords(outputText, artifactText, { timeoutMs: 5000 }).timedOut;
      times.push(performance.now() - started);
    }
    results.push({
      name: `diffWords 20,000 vs 20,000 words, ${Math.round(share * 100)} % edited (median of 5)${timedOut ? ' [hit budget]' : ''}`,
      value: median(times),
      unit: 'ms',
      goal: '< 200 ms, off the main thread',
    });
  }
  return results;
}
