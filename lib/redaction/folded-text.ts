import { registerScanCache } from './scan-caches';

/**
 * A text in lower case, the long s as "s": one copy per text for the whole scan (scan-caches.ts), where rules
 * look for their keywords with `includes` before running a case-insensitive pattern.
 *
 * Why (measured 1 Dec 2026, Node 20 / V8 11): a `/…/iu` test for a handful of keywords runs its unicode
 * pattern at every position of a 50,000-word trace, and once the isolate has generated over 1 MB of regex
 * code V8 no longer optimises new patterns (compiled-early.ts), so such a test cost 1-2 ms a field; lower-casing
 * once and `includes` are native string work. Every text a `/word/iu` pattern matches, ignoring case as the
 * `iu` flags do, holds the word in this copy (the Kelvin sign lower-cases to "k", the long s is mapped here);
 * the copy may hold a word the pattern would not match (a dotted capital I lower-cases to "i" and a dot), so
 * a hit is a "maybe" that the rule's own pattern then decides.
 */
const cache = new Map<string, string>();
registerScanCache(() => cache.clear());

export function foldedLowerCase(text: string): string {
  let folded = cache.get(text);
  if (folded === undefined) {
    if (cache.size >= 256) cache.clear();
    folded = text.toLowerCase();
    if (folded.includes('ſ')) folded = folded.replaceAll('ſ', 's');
    cache.set(text, folded);
  }
  return folded;
}

/**
 * False when no case-insensitive match of any of `words` (lower-case letters) can be in `text`; true when one may.
 */
export function mayHoldAnyWord(text: string, words: readonly string[]): boolean {
  const folded = foldedLowerCase(text);
  if (folded.length < longText) return words.some((w) => folded.includes(w));
  // A word with a run of three units the text lacks is not in it: most words are ruled out without a search.
  const trigrams = trigramsOf(folded);
  return words.some((w) => (w.length < 3 || holdsTrigramsOf(trigrams, w)) && folded.includes(w));
}

/**
 * The same answer as `pattern.test(text)` for a case-insensitive `pattern` (flags `i` or `iu`, neither global nor
 * sticky) that is the alternation of `words` written in lower case with no regex syntax (`/absen|tard|late arrival/iu`
 * and ["absen", "tard", "late arrival"]), found in the lower-case copy of the text (mayHoldAnyWord).
 *
 * Why (scan17, 2 Dec 2026): rules look for their keywords over each whole field before their full patterns run. Such
 * a pattern compiled once V8 has generated over 1 MB of regex code (compiled-early.ts) is never optimised: on the
 * 50,000-word bench trace one keyword test of a rule cost 20-45 ms a scan instead of ~2.5 ms. The lower-case copy
 * holds a word exactly where the pattern matches, except around the three characters whose case folding differs
 * from their lower case (the dotted capital I, the long s, the Kelvin sign): a text holding one is left to `pattern`.
 */
export function holdsAnyWord(text: string, words: readonly string[], pattern: RegExp): boolean {
  if (hasOddCaseFolding(text)) return pattern.test(text);
  return mayHoldAnyWord(text, words);
}

function hasOddCaseFolding(text: string): boolean {
  return text.includes('\u0130') || text.includes('\u017f') || text.includes('\u212a');
}

/** Texts this long get a table of their runs of three code units (8 KB) before their words are looked for. */
const longText = 2_048;
const trigramCache = new Map<string, Uint32Array>();
registerScanCache(() => trigramCache.clear());

function trigramHash(a: number, b: number, c: number): number {
  return (Math.imul(a, 961) + Math.imul(b, 31) + c) & 0xffff;
}

/** A bit per hashed run of three code units of `folded`: a bit left clear is a run the text does not hold. */
function trigramsOf(folded: string): Uint32Array {
  let bits = trigramCache.get(folded);
  if (bits === undefined) {
    if (trigramCache.size >= 256) trigramCache.clear();
    bits = new Uint32Array(0x10000 / 32);
    let a = folded.charCodeAt(0);
    let b = folded.charCodeAt(1);
    for (let at = 2; at < folded.length; at++) {
      const c = folded.charCodeAt(at);
      const h = trigramHash(a, b, c);
      bits[h >>> 5]! |= 1 << (h & 31);
      a = b;
      b = c;
    }
    trigramCache.set(folded, bits);
  }
  return bits;
}

/** False when some run of three units of `word` is not among `bits`: the word is then not in the text. */
function holdsTrigramsOf(bits: Uint32Array, word: string): boolean {
  for (let at = 2; at < word.length; at++) {
    const h = trigramHash(word.charCodeAt(at - 2), word.charCodeAt(at - 1), word.charCodeAt(at));
    if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) return false;
  }
  return true;
}
