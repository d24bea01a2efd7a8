import { allMatches } from './all-matches';
import { escapeRegExp } from './detection';

/** Where the names of children already found appear in a text. */
export interface KnownNames {
  /** Every appearance, in order, as a global scan of `pattern` finds them (leftmost, longest name first). */
  find(text: string): { start: number; end: number }[];
  /** True when the text holds one of the names. */
  test(text: string): boolean;
  /**
   * True when `text.slice(from, to)` holds one of the names, for a slice that starts at the text's start or
   * after a line break and ends at its end or before one (a paragraph): then the same as `test` on the slice.
   */
  hasNameIn(text: string, from: number, to: number): boolean;
  /**
   * The same matches as a regular expression, `(?<![\p{L}\p{N}])(?:longest|…|shortest)(?![\p{L}\p{N}])` with
   * the flags `gu`, for callers that need a RegExp.
   */
  pattern: RegExp;
}

const letterOrDigit = /^[\p{L}\p{N}]$/u;

/**
 * A matcher for the names of known children, giving exactly what the regex in `pattern` gives, by plain string
 * comparison at the places where a name can start.
 *
 * Why (measured 1 Dec 2026, Node 20 / V8 11): the alternation of every child's name is built per document, and
 * V8 stops optimising new regex code once an isolate has generated over 1 MB of it (`TooMuchRegExpCode`, see
 * all-matches.ts); the unoptimised alternation tried at every position of a 50,000-word trace took ~145 ms of a
 * ~460 ms scan (three passes: the second look at sentences naming a child, echoed conditions, echoed marks).
 * Here only a place whose character starts some name is compared, longest name first, with `startsWith`.
 */
export function makeKnownNames(names: readonly string[]): KnownNames {
  const sorted = [...names].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  // An empty name matches at every boundary; a name starting inside a surrogate pair cannot be compared by
  // code units as the unicode regex compares code points: both are left to the regex (no known name does this).
  if (sorted.some((n) => n === '' || isLowSurrogate(n.charCodeAt(0)) || isHighSurrogate(n.charCodeAt(n.length - 1)))) {
    const find = (text: string) =>
      allMatches(pattern, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const test = (text: string) => find(text).length > 0;
    return { find, test, hasNameIn: (text, from, to) => test(text.slice(from, to)), pattern };
  }
  // Names by their first two code units, longest first (the alternation's order); one-unit names apart. A flag
  // table of first units rules most places out with one array read.
  const byPair = new Map<number, string[]>();
  const single = new Set<string>();
  const starts = new Uint8Array(0x10000);
  for (const n of sorted) {
    starts[n.charCodeAt(0)] = 1;
    if (n.length === 1) {
      single.add(n);
      continue;
    }
    const key = n.charCodeAt(0) * 0x10000 + n.charCodeAt(1);
    const list = byPair.get(key) ?? [];
    if (!list.includes(n)) list.push(n);
    byPair.set(key, list);
  }
  /** The name matched at `at` (the longest that fits with a boundary after it), or undefined. */
  const nameAt = (text: string, at: number): string | undefined => {
    if (isWordCharBefore(text, at)) return undefined;
    if (isLowSurrogate(text.charCodeAt(at)) && at > 0 && isHighSurrogate(text.charCodeAt(at - 1))) return undefined;
    const list = at + 1 < text.length ? byPair.get(text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1)) : undefined;
    if (list) for (const n of list) if (text.startsWith(n, at) && !isWordCharAt(text, at + n.length)) return n;
    const one = text.charAt(at);
    return single.has(one) && !isWordCharAt(text, at + 1) ? one : undefined;
  };
  const scan = (text: string, firstOnly: boolean): { start: number; end: number }[] => {
    const found: { start: number; end: number }[] = [];
    for (let at = 0; at < text.length;) {
      // Inside an ASCII word no name starts (the lookbehind): ruled out before any lookup.
      const before = at > 0 ? text.charCodeAt(at - 1) : 32;
      const name =
        starts[text.charCodeAt(at)] && !(before < 128 && isAsciiWordChar(before)) ? nameAt(text, at) : undefined;
      if (name === undefined) {
        at++;
        continue;
      }
      found.push({ start: at, end: at + name.length });
      if (firstOnly) break;
      at += name.length;
    }
    return found;
  };
  const test = (text: string) => scan(text, true).length > 0;
  // The names of a whole text, kept for the texts read last: the scan asks about each paragraph of a field in
  // its second look and again for echoed conditions and marks.
  const cache = new Map<string, { start: number; end: number }[]>();
  const find = (text: string) => {
    let found = cache.get(text);
    if (!found) {
      if (cache.size >= 64) cache.clear();
      cache.set(text, (found = scan(text, false)));
    }
    return found;
  };
  // A name without a line break never crosses a paragraph's edge, and a line break is no letter or digit: the
  // whole text's matches that start in the paragraph are the paragraph's own.
  const crossesLines = sorted.some((n) => n.includes('\n'));
  const hasNameIn = (text: string, from: number, to: number): boolean => {
    if (crossesLines) return test(text.slice(from, to));
    const found = find(text);
    let low = 0;
    let high = found.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (found[mid]!.start < from) low = mid + 1;
      else high = mid;
    }
    return low < found.length && found[low]!.start < to;
  };
  return { find: (text) => find(text).map((s) => ({ ...s })), test, hasNameIn, pattern };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A letter or digit as the code point ending right before `at` (the lookbehind `(?<![\p{L}\p{N}])`). */
function isWordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  if (code < 128) return isAsciiWordChar(code);
  const start = isLowSurrogate(code) && at >= 2 && isHighSurrogate(text.charCodeAt(at - 2)) ? at - 2 : at - 1;
  return letterOrDigit.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** A letter or digit as the code point starting at `at` (the lookahead `(?![\p{L}\p{N}])`). */
function isWordCharAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiWordChar(code);
  return letterOrDigit.test(String.fromCodePoint(text.codePointAt(at)!));
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
