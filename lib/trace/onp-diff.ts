/**
 * Wu, Manber, Myers and Miller's O(NP) sequence comparison ("An O(NP) Sequence Comparison Algorithm", 1990),
 * over word-encoded strings (one UTF-16 code unit per word, see diff.ts).
 *
 * Why beside diff-match-patch: its Myers bisect costs O((N+M)·D), where D counts every word of the longer text
 * that is not kept. A teacher who keeps 1,500 words of a 50,000-word AI output has D ≈ 48,500 even though she
 * changed almost nothing she kept: measured 800–1,000 ms for that diff. O(NP) costs O(N·P), where P is the
 * number of deletions beyond the length difference (here ~40): a few milliseconds. For texts of similar length
 * with many edits P ≈ D/2, and this algorithm's path memory (one node per snake) would grow with N·P, so it
 * gives up past `maxNodes` and the caller falls back to diff-match-patch, which works in linear space.
 *
 * No npm package implements it for our case (encoded strings, a node budget, runs as output), so it is
 * written here; it is short and tested against brute-force LCS in tests/trace/onp-diff.test.ts.
 */

/** [type, length]: -1 deleted from `a`, 0 kept, 1 inserted from `b` (diff-match-patch's numbering). */
export type EditRun = [type: -1 | 0 | 1, length: number];

/** Default path-memory budget: 2 million snakes × 16 bytes ≈ 32 MB at most, a few tens of ms. */
export const defaultMaxNodes = 2_000_000;

const chunkShift = 16;
const chunkNodes = 1 << chunkShift;
const chunkMask = chunkNodes - 1;

/** Snakes left to spend; shared by the comparisons of one diff, and spent by each call, successful or not. */
export interface NodeBudget {
  nodes: number;
}

/**
 * The minimal edit script turning `a` into `b`, as runs, or null when the comparison would need more snakes
 * than the budget has left (texts too different for this algorithm to be the cheaper one).
 */
export function diffOnp(a: string, b: string, budget: NodeBudget = { nodes: defaultMaxNodes }): EditRun[] | null {
  // The algorithm walks from the shorter text to the longer one; swap, then swap the edit types back.
  const swapped = a.length > b.length;
  const short = swapped ? b : a;
  const long = swapped ? a : b;
  const m = short.length;
  const n = long.length;
  const delta = n - m;
  const offset = m + 1;
  const size = m + n + 3;
  const furthest = new Int32Array(size).fill(-1); // furthest y reached on each diagonal k = y - x
  const head = new Int32Array(size).fill(-1); // the path node that reached it

  // Path nodes, one per snake: where the snake started (after its one edit step), where it ended, its diagonal
  // and the node before it, four numbers each, in fixed-size chunks (growing one array would copy millions).
  const chunks: Int32Array[] = [];
  let nodes = 0;
  const snake = (k: number): void => {
    const fromBelow = furthest[k - 1 + offset]! + 1; // one insertion step from diagonal k - 1
    const fromAbove = furthest[k + 1 + offset]!; // one deletion step from diagonal k + 1
    let y: number;
    let previous: number;
    if (fromBelow > fromAbove) {
      y = fromBelow;
      previous = head[k - 1 + offset]!;
    } else {
      y = fromAbove;
      previous = head[k + 1 + offset]!;
    }
    const startY = y;
    let x = y - k;
    while (x < m && y < n && short.charCodeAt(x) === long.charCodeAt(y)) {
      x++;
      y++;
    }
    if ((nodes & chunkMask) === 0) chunks.push(new Int32Array(chunkNodes * 4));
    const chunk = chunks[nodes >>> chunkShift]!;
    const at = (nodes & chunkMask) * 4;
    chunk[at] = startY;
    chunk[at + 1] = y;
    chunk[at + 2] = k;
    chunk[at + 3] = previous;
    furthest[k + offset] = y;
    head[k + offset] = nodes;
    nodes++;
  };

  for (let p = 0; furthest[delta + offset] !== n; p++) {
    if (nodes + delta + 2 * p + 1 > budget.nodes) {
      budget.nodes -= nodes;
      return null;
    }
    for (let k = -p; k < delta; k++) snake(k);
    for (let k = delta + p; k > delta; k--) snake(k);
    snake(delta);
  }
  budget.nodes -= nodes;

  // Walk the path back from the end, then replay it from the start as runs.
  const path: number[] = [];
  const field = (node: number, which: number): number => chunks[node >>> chunkShift]![(node & chunkMask) * 4 + which]!;
  for (let node = head[delta + offset]!; node !== -1; node = field(node, 3)) path.push(node);
  // Between two kept stretches, all deletions come before all insertions (diff-match-patch's order, which
  // the diff view and its tests expect), however the path interleaved them.
  const runs: EditRun[] = [];
  let deleted = 0;
  let inserted = 0;
  const keep = (length: number): void => {
    if (deleted > 0) runs.push([-1, deleted]);
    if (inserted > 0) runs.push([1, inserted]);
    deleted = 0;
    inserted = 0;
    if (length <= 0) return;
    const last = runs[runs.length - 1];
    if (last !== undefined && last[0] === 0) last[1] += length;
    else runs.push([0, length]);
  };
  let x = 0;
  let y = 0;
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i]!;
    const startY = field(node, 0);
    const endY = field(node, 1);
    const diagonal = field(node, 2);
    const startX = startY - diagonal;
    // The one edit step into this snake (none for the very first node, which starts at the origin).
    if (startX === x + 1 && startY === y) {
      if (swapped) inserted++;
      else deleted++;
    } else if (startY === y + 1 && startX === x) {
      if (swapped) deleted++;
      else inserted++;
    }
    if (endY > startY) keep(endY - startY);
    x = endY - diagonal;
    y = endY;
  }
  keep(0);
  return runs;
}
