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
  return words.some((w) => folded.includes(w));
}
