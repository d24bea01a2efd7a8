import { DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT, makeDiff } from '@sanity/diff-match-patch';
import { defaultMaxNodes, diffOnp, type NodeBudget } from './onp-diff';

/** One run of a word diff. `text` is what the reader sees: words with the whitespace that follows them. */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/**
 * How much of the final artifact the teacher wrote. Words are whitespace-separated runs, so "students."
 * and "students" are different words. teacherAuthoredShare = wordsAdded / words in the artifact (0..1).
 */
export interface EditFigures {
  wordsKept: number;
  wordsAdded: number;
  wordsRemoved: number;
  teacherAuthoredShare: number;
}

/** Default time budget for one diff; past it diff-match-patch returns a valid but coarser diff. */
export const defaultDiffTimeoutMs = 1000;

interface Tokens {
  /** Comparison keys, one per word. */
  keys: string[];
  /** Display text, one per word: the word and the whitespace after it. */
  texts: string[];
}

const wordPattern = /(\S+)(\s*)/g;

function tokenize(text: string): Tokens {
  const keys: string[] = [];
  const texts: string[] = [];
  for (const match of text.matchAll(wordPattern)) {
    // NFC so that a pasted "é" (e + combining accent) equals the AI's precomposed "é".
    keys.push((match[1] ?? '').normalize('NFC'));
    texts.push(match[0]);
  }
  return { keys, texts };
}

/**
 * diff-match-patch diffs characters, so each distinct word becomes one UTF-16 code unit (the same trick as
 * its line mode). Code units in the surrogate range are skipped: the library moves diff boundaries around
 * surrogate halves (adjustDiffForSurrogatePairs), which would split our words.
 */
const firstSurrogate = 0xd800;
const lastSurrogate = 0xdfff;
const maxDistinctWords = 0xffff - (lastSurrogate - firstSurrogate + 1);

function codeUnitFor(index: number): number {
  const code = index + 1; // keep U+0000 out of strings
  return code >= firstSurrogate ? code + (lastSurrogate - firstSurrogate + 1) : code;
}

function encodeWords(a: string[], b: string[]): [string, string] {
  const codes = new Map<string, number>();
  // Words past the alphabet (more than ~63,000 distinct words between the two texts, far beyond any real
  // artifact) get a per-side code that never matches, so they count as changed rather than kept.
  const overflowA = 0xfffe;
  const overflowB = 0xffff;
  const encode = (words: string[], overflow: number): string => {
    const units = new Array<number>(words.length);
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      let code = codes.get(word);
      if (code === undefined) {
        code = codes.size < maxDistinctWords - 2 ? codeUnitFor(codes.size) : overflow;
        if (code !== overflow) codes.set(word, code);
      }
      units[i] = code;
    }
    let out = '';
    // Chunked: String.fromCharCode(...units) overflows the call stack past ~100,000 arguments.
    for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
    return out;
  };
  return [encode(a, overflowA), encode(b, overflowB)];
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

type Run = [type: -1 | 0 | 1, length: number];

/** Below this many words on both sides a segment goes straight to diff-match-patch. */
const directDiffWords = 64;
const maxAnchorDepth = 8;

/**
 * Patience-style anchors: words that occur exactly once in each range, kept in an order both texts agree on
 * (longest increasing subsequence). Diffing the stretches between anchors separately keeps Myers' O(N·D)
 * cost small when a teacher rewrote a third of a long text (30 % edits on 20,000 words: 690 ms → under
 * 200 ms here), and anchoring on rare words tends to read better than a minimal diff of common ones.
 */
function findAnchors(
  a: string,
  aStart: number,
  aEnd: number,
  b: string,
  bStart: number,
  bEnd: number,
): [number, number][] {
  const inA = new Map<number, number>(); // code → index, or -1 when repeated
  for (let i = aStart; i < aEnd; i++) {
    const code = a.charCodeAt(i);
    inA.set(code, inA.has(code) ? -1 : i);
  }
  const inB = new Map<number, number>();
  for (let j = bStart; j < bEnd; j++) {
    const code = b.charCodeAt(j);
    inB.set(code, inB.has(code) ? -1 : j);
  }
  const pairs: [number, number][] = [];
  for (let i = aStart; i < aEnd; i++) {
    const code = a.charCodeAt(i);
    const j = inB.get(code);
    if (inA.get(code) === i && j !== undefined && j >= 0) pairs.push([i, j]);
  }
  // Longest increasing subsequence of the b positions (patience sorting, O(n log n)).
  const tails: number[] = [];
  const previous = new Array<number>(pairs.length);
  for (let k = 0; k < pairs.length; k++) {
    const j = (pairs[k] as [number, number])[1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] as number] as [number, number])[1] < j) lo = mid + 1;
      else hi = mid;
    }
    previous[k] = lo > 0 ? (tails[lo - 1] as number) : -1;
    tails[lo] = k;
  }
  const anchors: [number, number][] = [];
  for (let k = tails.length ? (tails[tails.length - 1] as number) : -1; k >= 0; k = previous[k] as number) {
    anchors.push(pairs[k] as [number, number]);
  }
  return anchors.reverse();
}

function diffRange(
  a: string,
  aStart: number,
  aEnd: number,
  b: string,
  bStart: number,
  bEnd: number,
  deadline: number,
  depth: number,
  out: Run[],
  onpBudget: NodeBudget,
): void {
  let prefix = 0;
  while (
    aStart + prefix < aEnd &&
    bStart + prefix < bEnd &&
    a.charCodeAt(aStart + prefix) === b.charCodeAt(bStart + prefix)
  )
    prefix++;
  if (prefix) out.push([DIFF_EQUAL, prefix]);
  aStart += prefix;
  bStart += prefix;
  let suffix = 0;
  while (
    aEnd - suffix > aStart &&
    bEnd - suffix > bStart &&
    a.charCodeAt(aEnd - suffix - 1) === b.charCodeAt(bEnd - suffix - 1)
  )
    suffix++;
  aEnd -= suffix;
  bEnd -= suffix;

  if (aStart === aEnd || bStart === bEnd) {
    if (aEnd > aStart) out.push([DIFF_DELETE, aEnd - aStart]);
    if (bEnd > bStart) out.push([DIFF_INSERT, bEnd - bStart]);
  } else {
    const anchors =
      depth < maxAnchorDepth && (aEnd - aStart > directDiffWords || bEnd - bStart > directDiffWords)
        ? findAnchors(a, aStart, aEnd, b, bStart, bEnd)
        : [];
    if (anchors.length === 0) {
      const gapA = a.slice(aStart, aEnd);
      const gapB = b.slice(bStart, bEnd);
      // O(NP) first: exact and fast when one side is mostly kept (a short artifact cut from a long output).
      // Its node budget is shared by the whole diff, so texts too different for it cost a bounded try.
      const onp = onpBudget.nodes > 0 ? diffOnp(gapA, gapB, onpBudget) : null;
      if (onp !== null) {
        out.push(...onp);
      } else {
        // diff-match-patch's budget is in seconds, and 0 would mean its 1 s default: keep at least 1 ms.
        const seconds = Math.max(0.001, (deadline - now()) / 1000);
        for (const [type, text] of makeDiff(gapA, gapB, { checkLines: false, timeout: seconds })) {
          if (text.length) out.push([type as Run[0], text.length]);
        }
      }
    } else {
      let i = aStart;
      let j = bStart;
      for (const [ai, bj] of anchors) {
        diffRange(a, i, ai, b, j, bj, deadline, depth + 1, out, onpBudget);
        out.push([DIFF_EQUAL, 1]);
        i = ai + 1;
        j = bj + 1;
      }
      diffRange(a, i, aEnd, b, j, bEnd, deadline, depth + 1, out, onpBudget);
    }
  }
  if (suffix) out.push([DIFF_EQUAL, suffix]);
}

/**
 * Word-level diff of the AI output (old) against the teacher's final artifact (new), with edit figures.
 * Equal runs show the artifact's spacing; deleted runs the AI output's. Past `timeoutMs` (default 1 s) the
 * diff is still correct but may be coarser (fewer words kept), and `timedOut` is true.
 */
export function diffWords(
  aiOutput: string,
  finalArtifact: string,
  options?: { timeoutMs?: number },
): { ops: DiffOp[]; figures: EditFigures; timedOut: boolean } {
  const timeoutMs = Math.max(1, options?.timeoutMs ?? defaultDiffTimeoutMs);
  const before = tokenize(aiOutput);
  const after = tokenize(finalArtifact);
  const [encodedBefore, encodedAfter] = encodeWords(before.keys, after.keys);

  const started = now();
  const raw: Run[] = [];
  const onpBudget = { nodes: defaultMaxNodes };
  diffRange(
    encodedBefore,
    0,
    encodedBefore.length,
    encodedAfter,
    0,
    encodedAfter.length,
    started + timeoutMs,
    0,
    raw,
    onpBudget,
  );
  const timedOut = now() - started >= timeoutMs;

  const ops: DiffOp[] = [];
  let wordsKept = 0;
  let wordsAdded = 0;
  let wordsRemoved = 0;
  let iBefore = 0;
  let iAfter = 0;
  const push = (op: DiffOp['op'], text: string) => {
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += text;
    else ops.push({ op, text });
  };
  for (const [type, n] of raw) {
    if (n === 0) continue;
    if (type === DIFF_EQUAL) {
      push('equal', after.texts.slice(iAfter, iAfter + n).join(''));
      iBefore += n;
      iAfter += n;
      wordsKept += n;
    } else if (type === DIFF_INSERT) {
      push('insert', after.texts.slice(iAfter, iAfter + n).join(''));
      iAfter += n;
      wordsAdded += n;
    } else if (type === DIFF_DELETE) {
      push('delete', before.texts.slice(iBefore, iBefore + n).join(''));
      iBefore += n;
      wordsRemoved += n;
    }
  }
  const artifactWords = after.keys.length;
  return {
    ops,
    figures: {
      wordsKept,
      wordsAdded,
      wordsRemoved,
      teacherAuthoredShare: artifactWords === 0 ? 0 : wordsAdded / artifactWords,
    },
    timedOut,
  };
}

function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(/\S+/g)) {
    const key = match[0].normalize('NFC').toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * The turn id of the AI output the artifact most likely came from: the highest Dice overlap of word
 * multisets (case-insensitive), so an output is not favoured just for being long. Ties, an empty artifact
 * and no overlap at all go to the latest output (the default source). Null when there are no outputs.
 */
export function pickBestSource(artifact: string, outputs: { turnId: string; text: string }[]): string | null {
  if (outputs.length === 0) return null;
  const latest = (outputs[outputs.length - 1] as { turnId: string }).turnId;
  const artifactCounts = countWords(artifact);
  let artifactTotal = 0;
  for (const n of artifactCounts.values()) artifactTotal += n;
  if (artifactTotal === 0) return latest;

  let best: string | null = null;
  let bestScore = 0;
  for (const output of outputs) {
    const outputCounts = countWords(output.text);
    let outputTotal = 0;
    let shared = 0;
    for (const [word, n] of outputCounts) {
      outputTotal += n;
      shared += Math.min(n, artifactCounts.get(word) ?? 0);
    }
    const score = (2 * shared) / (artifactTotal + outputTotal);
    if (score > 0 && score >= bestScore) {
      best = output.turnId;
      bestScore = score;
    }
  }
  return best ?? latest;
}
