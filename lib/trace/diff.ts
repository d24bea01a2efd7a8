import { DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT, makeDiff } from '@sanity/diff-match-patch';

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
  const raw = makeDiff(encodedBefore, encodedAfter, { checkLines: false, timeout: timeoutMs / 1000 });
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
  for (const [type, chunk] of raw) {
    const n = chunk.length;
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
