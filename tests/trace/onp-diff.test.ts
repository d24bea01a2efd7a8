import { describe, expect, it } from 'vitest';
import { diffOnp, type EditRun } from '@/lib/trace/onp-diff';

/** Longest common subsequence length by dynamic programming: the reference a minimal diff must keep. */
function lcsLength(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, row[j - 1]!);
    }
    previous = row;
  }
  return previous[b.length]!;
}

/** Replays runs: what they keep and delete must spell `a`, what they keep and insert must spell `b`. */
function replay(a: string, b: string, runs: EditRun[]): { before: string; after: string; kept: number } {
  let i = 0;
  let j = 0;
  let before = '';
  let after = '';
  let kept = 0;
  for (const [type, length] of runs) {
    expect(length).toBeGreaterThan(0);
    if (type === 0) {
      expect(a.slice(i, i + length)).toBe(b.slice(j, j + length));
      before += a.slice(i, i + length);
      after += b.slice(j, j + length);
      i += length;
      j += length;
      kept += length;
    } else if (type === -1) {
      before += a.slice(i, i + length);
      i += length;
    } else {
      after += b.slice(j, j + length);
      j += length;
    }
  }
  return { before, after, kept };
}

/** A small deterministic generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomText(next: () => number, length: number, alphabet: string): string {
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
  return text;
}

describe('diffOnp (Wu et al. O(NP))', () => {
  it('finds a minimal diff that replays both texts, on 600 random pairs of every length relation', () => {
    for (let seed = 1; seed <= 600; seed++) {
      const next = random(seed);
      const alphabet = seed % 3 === 0 ? 'ab' : seed % 3 === 1 ? 'abcd' : 'abcdefghij';
      const a = randomText(next, Math.floor(next() * 40), alphabet);
      const b = randomText(next, Math.floor(next() * 40), alphabet);
      const runs = diffOnp(a, b);
      expect(runs, `seed ${seed}`).not.toBeNull();
      const replayed = replay(a, b, runs!);
      expect(replayed.before, `seed ${seed}`).toBe(a);
      expect(replayed.after, `seed ${seed}`).toBe(b);
      expect(replayed.kept, `seed ${seed}`).toBe(lcsLength(a, b));
    }
  });

  it('handles empty and identical texts', () => {
    expect(diffOnp('', '')).toEqual([]);
    expect(diffOnp('abc', '')).toEqual([[-1, 3]]);
    expect(diffOnp('', 'abc')).toEqual([[1, 3]]);
    expect(diffOnp('abc', 'abc')).toEqual([[0, 3]]);
  });

  it('keeps a short text cut from a long one cheaply, and gives up on very different texts within its budget', () => {
    const next = random(7);
    const long = randomText(next, 20_000, 'abcdefghijklmnop');
    const cut = long.slice(5_000, 5_400) + 'XYZ' + long.slice(12_000, 12_300);
    const budget = { nodes: 2_000_000 };
    const runs = diffOnp(long, cut, budget);
    expect(runs).not.toBeNull();
    expect(replay(long, cut, runs!).kept).toBeGreaterThanOrEqual(700);
    // Two unrelated texts of equal length: P is about half their length, far past a small budget.
    const small = { nodes: 10_000 };
    expect(diffOnp(randomText(next, 5_000, 'abcdefghij'), randomText(next, 5_000, 'abcdefghij'), small)).toBeNull();
    expect(small.nodes).toBeLessThanOrEqual(10_000);
  });
});
