import { registerScanCache } from './scan-caches';
/**
 * Every match of a global regex in a text, as `text.matchAll(re)` gives them, without the copy of `re` that
 * `matchAll` makes.
 *
 * Why (measured 1 Dec 2026, Node 20 / V8 11, the engine family of Chromium): `matchAll` clones its regex
 * (the spec's SpeciesConstructor). A clone takes its compiled code from V8's regex compilation cache, which
 * garbage collection empties; after a miss the clone is compiled again, and once an isolate has generated
 * over 1 MB of regex code in its life (`TooMuchRegExpCode` in v8/src/regexp/regexp.cc; never reset) that new
 * code is no longer optimised. The scan runs its large rule regexes on every sentence, so after a page had
 * scanned a few dozen traces each sentence paid for unoptimised code: the health-term regex took ~4x its
 * usual time. Running the original regex object keeps the code compiled once, at its first use.
 */

/** Same results, in the same order, as `[...text.matchAll(re)]`; `re` must be global and is left unchanged. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches needs a global regex');
  const saved = re.lastIndex;
  const found: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      found.push(m);
      // An empty match: step past it as matchAll does (a whole surrogate pair in unicode mode).
      if (m[0] === '') re.lastIndex = stepPast(text, re.lastIndex, re.unicode || re.unicodeSets);
    }
  } finally {
    re.lastIndex = saved;
  }
  return found;
}

function stepPast(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return index + 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/**
 * Every match of `re` in `text`, the same as `allMatches` on its global form, for a pattern that never matches
 * the empty string and whose every match starts at a character `mayStart` accepts (given its UTF-16 code):
 * `re` (sticky) is tried only there.
 *
 * Why (measured 1 Dec 2026, Node 20 / V8 11): a rule such as "a capitalised word" runs its unicode pattern at
 * every position of a 50,000-word trace, ~320,000 attempts that cost 20-50 ms (more once V8 has stopped
 * optimising new regex code, see above), while a plain loop over the character codes rules out nearly all of
 * them in about a millisecond.
 */
export function allMatchesWhere(
  re: RegExp,
  text: string,
  mayStart: (code: number, before: number) => boolean,
  thenAt?: (text: string, at: number, before: number) => boolean,
): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (let m = nextMatchWhere(re, text, 0, mayStart, thenAt); m !== null;) {
    found.push(m);
    m = nextMatchWhere(re, text, m.index + m[0].length, mayStart, thenAt);
  }
  return found;
}

/**
 * The first match of the sticky `re` at or after `from` where `mayStart` accepts the character, or null.
 * `mayStart` is given the character's code and the code before it (-1 at the text's start), so a pattern that
 * opens with a lookbehind ("not after a letter", "at a line's start") is tried only where that may hold.
 * A `mayStart` of one parameter must answer from the code alone (mayBeCapital): it is then asked once per code
 * and its answers kept in a table (codeTable). `thenAt`, when given, is asked next, only where `mayStart` said
 * yes, with the text, the place and the code before it: a test that reads on (the word starting there,
 * asciiWordAt).
 */
export function nextMatchWhere(
  re: RegExp,
  text: string,
  from: number,
  mayStart: (code: number, before: number) => boolean,
  thenAt?: (text: string, at: number, before: number) => boolean,
): RegExpExecArray | null {
  if (!re.sticky) throw new TypeError('nextMatchWhere needs a sticky regex');
  const unicode = re.unicode || re.unicodeSets;
  const table = mayStart.length === 1 ? codeTable(mayStart) : null;
  // The code before `at` is carried from one place to the next: one read of the text per place.
  let before = from > 0 ? text.charCodeAt(from - 1) : -1;
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const may = table !== null ? table[code] === 1 : mayStart(code, before);
    const was = before;
    before = code;
    if (!may || (thenAt !== undefined && !thenAt(text, at, was))) continue;
    // A unicode scan never starts between the two halves of a surrogate pair.
    if (unicode && at > from && stepPast(text, at - 1, true) === at + 1) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m !== null && m[0] !== '') return m;
  }
  return null;
}

/**
 * A test of one character's code, answered for every UTF-16 code once and kept (bounded; the tests are the rules'
 * constants). Why (scan9, 1 Dec 2026): the loop above runs at every character of a 50,000-word trace several
 * times a scan, each rule with its own test, so the call to the test could not be inlined and cost ~20 ns a
 * character; a table lookup costs about one.
 */
const codeTables = new Map<(code: number, before: number) => boolean, Uint8Array>();
function codeTable(test: (code: number, before: number) => boolean): Uint8Array {
  let table = codeTables.get(test);
  if (!table) {
    if (codeTables.size >= 32) codeTables.clear();
    table = new Uint8Array(65536);
    for (let code = 0; code < 65536; code++) table[code] = test(code, -1) ? 1 : 0;
    codeTables.set(test, table);
  }
  return table;
}

/**
 * The run of ASCII letters starting at `at`, in lower case when `lower`, or null when a character outside ASCII
 * ends it (or starts it): a letter there may continue the word, or fold to an ASCII one under the `iu` flags
 * ("ſ" is "s"), so only the pattern itself can tell. A pattern whose words all start with a known run of letters
 * can then be ruled out at most words of a lesson by a set lookup (see student-text-terms.ts).
 */
export function asciiWordAt(text: string, at: number, lower: boolean): string | null {
  let end = at;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  if (end < text.length && text.charCodeAt(end) >= 128) return null;
  const word = text.slice(at, end);
  return lower ? word.toLowerCase() : word;
}

/** True for an ASCII letter: a place right after one fails a lookbehind that refuses letters (`(?<![\p{L}])`). */
export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A line starts here for a pattern with the `m` flag: the text's start or after a line terminator. */
export function startsLine(_code: number, before: number): boolean {
  return before === -1 || before === 10 || before === 13 || before === 0x2028 || before === 0x2029;
}

/** A capital letter can start here: an ASCII capital, or any character outside ASCII (tested by the regex). */
export function mayBeCapital(code: number): boolean {
  return (code >= 65 && code <= 90) || code >= 128;
}

const matchesByRegex = new Map<RegExp, Map<string, readonly RegExpExecArray[]>>();
registerScanCache(() => matchesByRegex.clear());

/**
 * `allMatches(re, text)`, kept for the rest of the scan (scan-caches.ts): the large rule regexes read the same
 * sentence from the line rules, the second look at sentences naming a child and the terms of a text about
 * students. The result is shared: callers only read it.
 */
export function cachedMatches(re: RegExp, text: string): readonly RegExpExecArray[] {
  let byText = matchesByRegex.get(re);
  if (!byText) matchesByRegex.set(re, (byText = new Map()));
  let found = byText.get(text);
  if (!found) {
    // Bounded: a 50,000-word trace has a few thousand sentences.
    if (byText.size >= 4096) byText.clear();
    byText.set(text, (found = allMatches(re, text)));
  }
  return found;
}

const capitalThenSmall = /\p{Lu}\p{Ll}/uy;

/**
 * True when `text` holds a capital followed by a small letter (where a name may start): the same answer as
 * `/\p{Lu}\p{Ll}/u.test(text)`, tried only at capitals. A long lesson in lower case is ruled out by a loop over
 * its character codes instead of a unicode pattern tried at every position.
 */
export function hasCapitalThenSmall(text: string): boolean {
  return nextMatchWhere(capitalThenSmall, text, 0, mayBeCapital) !== null;
}
