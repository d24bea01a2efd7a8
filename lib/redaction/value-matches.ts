import { escapeRegExp } from './detection';

/**
 * Finds the values to redact in a text: the same matches, in the same order, as a global scan with
 * `(?<![\p{L}\p{N}_@.])(?:v1|v2|…)(?![\p{L}\p{N}_]|@)` and the flags `giu`, but trying that alternation
 * (sticky) only where a match can start: after a character the lookbehind allows, at a character that is
 * case-insensitively the first character of some value.
 *
 * Why (measured 1 Dec 2026, Node 20 / V8 11): the alternation is built per document, and V8 compiles new
 * regex code without optimisation once an isolate has generated over 1 MB of regex code in its life
 * (`TooMuchRegExpCode` in v8/src/regexp/regexp.cc). In a page that had already scanned the corpus, the plain
 * global scan of a 50,000-word trace took ~190 ms instead of ~30 ms; tried at word starts only, the same
 * unoptimised code runs a fraction of the positions.
 */
export function makeValueMatcher(values: readonly string[]): (text: string) => { index: number; match: string }[] {
  const body = `(?<![\\p{L}\\p{N}_@.])(?:${values.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_]|@)`;
  // An empty value would match anywhere: then only the plain global scan gives the same answer.
  if (values.some((v) => v === '')) {
    const global = new RegExp(body, 'giu');
    return (text) => [...text.matchAll(global)].map((m) => ({ index: m.index, match: m[0] }));
  }
  const stickyOf = cachedSticky;
  // At a non-ASCII character every value is tried; at an ASCII one only the values whose first character
  // equals it ignoring case as the `iu` flags do (in their order, so the alternation picks the same one).
  let sticky: RegExp | undefined;
  // Outside ASCII, a place is tried only when its character equals, ignoring case, the first of some value
  // (dashes, quotes and bullets at word starts are common in prose and never do).
  const firstClass = new RegExp(
    `^[${[...new Set(values.map(firstChar))].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]$`,
    'iu',
  );
  const startsOutsideAscii = new Map<number, boolean>();
  const mayStartOutsideAscii = (text: string, at: number): boolean => {
    const point = text.codePointAt(at)!;
    let may = startsOutsideAscii.get(point);
    if (may === undefined) startsOutsideAscii.set(point, (may = firstClass.test(String.fromCodePoint(point))));
    return may;
  };
  const byAscii: (AsciiEntry | null | undefined)[] = new Array(128);
  const stickyForAscii = (code: number) => {
    let entry = byAscii[code];
    if (entry === undefined) {
      const list = values.filter((v) => equalsAscii(firstChar(v))[code]);
      // The ASCII characters that may come second (null: any, when a value is one character long).
      let second: boolean[] | null = Array.from({ length: 128 }, () => false);
      for (const v of list) {
        const next = v.slice(firstChar(v).length);
        if (next === '') {
          second = null;
          break;
        }
        const codes = equalsAscii(firstChar(next));
        for (let c = 0; c < 128; c++) if (codes[c]) second[c] = true;
      }
      // The ASCII start of each value (up to its first character outside ASCII) is compared ignoring ASCII case
      // before the regex is run: a place where no value's start fits cannot match (a character outside ASCII in
      // the text may still fold to one of theirs, like the Kelvin sign to k: it fits anything). One value such
      // as "Tomás" used to send every word starting with "t" of a long lesson to the regex.
      const lowered = list.map((v) => asciiStart(v).toLowerCase());
      entry = byAscii[code] = list.length ? { re: stickyOf(list), second, lowered, ...byNextTwo(lowered) } : null;
    }
    return entry;
  };
  return (text) => {
    const found: { index: number; match: string }[] = [];
    for (let at = 0; at < text.length;) {
      // Inside a word no value starts (the lookbehind): most places are ruled out before any lookup.
      if (!mayFollow(text, at)) {
        at++;
        continue;
      }
      const code = text.charCodeAt(at);
      let re: RegExp | null;
      if (code < 128) {
        const entry = stickyForAscii(code);
        const next = at + 1 < text.length ? text.charCodeAt(at + 1) : -1;
        // A character after it that no value has second rules the place out (the end of the text too).
        const secondFits =
          entry !== null && (entry.second === null || (next >= 0 && (next >= 128 || entry.second[next])));
        re = secondFits && someValueMayStartAt(text, at, entry) ? entry.re : null;
      } else
        re = isSecondHalfOfPair(text, at) || !mayStartOutsideAscii(text, at) ? null : (sticky ??= stickyOf(values));
      if (re === null) {
        at++;
        continue;
      }
      re.lastIndex = at;
      const m = re.exec(text);
      if (m === null) {
        at++;
        continue;
      }
      found.push({ index: at, match: m[0] });
      at += m[0].length;
    }
    return found;
  };
}

/**
 * For a character of the values: which ASCII characters equal it, ignoring case as the `iu` flags do. A fact of
 * Unicode, not of a document, so kept for the page's life (bounded); it cost a regex compiled and tried 128 times
 * per distinct character of every scan's values.
 */
const asciiEqual = new Map<string, boolean[]>();
function equalsAscii(c: string): boolean[] {
  let codes = asciiEqual.get(c);
  if (!codes) {
    if (asciiEqual.size >= 4096) asciiEqual.clear();
    const re = new RegExp(`^\\u{${c.codePointAt(0)!.toString(16)}}$`, 'iu');
    codes = Array.from({ length: 128 }, (_, code) => re.test(String.fromCharCode(code)));
    asciiEqual.set(c, codes);
  }
  return codes;
}

// Sticky regexes by source, kept across documents: the same values are matched again when the preview is
// refreshed and when the copy is redacted, and compiling one (its \p{L} classes under `iu`) costs more than
// running it. Bounded: emptied when it reaches 256 entries.
const stickyBySource = new Map<string, RegExp>();
function cachedSticky(list: readonly string[]): RegExp {
  const source = `(?<![\\p{L}\\p{N}_@.])(?:${list.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_]|@)`;
  let re = stickyBySource.get(source);
  if (!re) {
    if (stickyBySource.size >= 256) stickyBySource.clear();
    stickyBySource.set(source, (re = new RegExp(source, 'iuy')));
  }
  return re;
}

/** The values whose first character equals one ASCII character ignoring case, and what rules places out fast. */
interface AsciiEntry {
  re: RegExp;
  /** The ASCII characters that may come second (null: any). */
  second: boolean[] | null;
  /** Each value's ASCII start, lower case. */
  lowered: string[];
  /** The ASCII starts of three characters or more by their second and third character (codes, lower case). */
  byNext: Map<number, string[]>;
  /** The ASCII starts shorter than three characters: compared at every place. */
  short: string[];
}

/**
 * The ASCII starts grouped by their second and third characters: at a place whose next two characters are ASCII,
 * only the group they key and the short starts can fit. A page of lesson prose starts ~50,000 words with letters
 * that begin some child's name in lower case ("maria"), and comparing each of them with every such name was most
 * of the matcher's time (scan9, 1 Dec 2026).
 */
function byNextTwo(lowered: readonly string[]): { byNext: Map<number, string[]>; short: string[] } {
  const byNext = new Map<number, string[]>();
  const short: string[] = [];
  for (const start of lowered) {
    if (start.length < 3) {
      short.push(start);
      continue;
    }
    const key = start.charCodeAt(1) * 128 + start.charCodeAt(2);
    const group = byNext.get(key);
    if (group) group.push(start);
    else byNext.set(key, [start]);
  }
  return { byNext, short };
}

/** The same answer as `someMayStartAt(text, at, entry.lowered)`, comparing only the starts that can fit. */
function someValueMayStartAt(text: string, at: number, entry: AsciiEntry): boolean {
  if (at + 2 >= text.length) return someMayStartAt(text, at, entry.lowered);
  let c1 = text.charCodeAt(at + 1);
  let c2 = text.charCodeAt(at + 2);
  // A character outside ASCII may fold to any of theirs: every start is compared, as before.
  if (c1 >= 128 || c2 >= 128) return someMayStartAt(text, at, entry.lowered);
  if (c1 >= 65 && c1 <= 90) c1 += 32;
  if (c2 >= 65 && c2 <= 90) c2 += 32;
  const group = entry.byNext.get(c1 * 128 + c2);
  return (group !== undefined && someMayStartAt(text, at, group)) || someMayStartAt(text, at, entry.short);
}

/**
 * True when one of `lowered` (ASCII starts of values, lower case) may begin at `at`, comparing ASCII letters
 * ignoring case; a character outside ASCII in the text fits any.
 */
function someMayStartAt(text: string, at: number, lowered: readonly string[]): boolean {
  for (const value of lowered) {
    if (at + value.length > text.length) continue;
    let fits = true;
    for (let i = 0; i < value.length && fits; i++) {
      let c = text.charCodeAt(at + i);
      if (c >= 128) continue;
      if (c >= 65 && c <= 90) c += 32;
      fits = c === value.charCodeAt(i);
    }
    if (fits) return true;
  }
  return false;
}

/** The characters of `value` before its first one outside ASCII. */
function asciiStart(value: string): string {
  let end = 0;
  while (end < value.length && value.charCodeAt(end) < 128) end++;
  return value.slice(0, end);
}

function firstChar(value: string): string {
  return String.fromCodePoint(value.codePointAt(0)!);
}

/** False when the character before `at` is one the lookbehind `(?<![\p{L}\p{N}_@.])` refuses and is ASCII. */
function mayFollow(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  if (before >= 128) return true;
  return !(
    (before >= 48 && before <= 57) ||
    (before >= 65 && before <= 90) ||
    (before >= 97 && before <= 122) ||
    before === 95 ||
    before === 64 ||
    before === 46
  );
}

/** A global unicode scan never starts between the two halves of a surrogate pair. */
function isSecondHalfOfPair(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0xdc00 || code > 0xdfff || at === 0) return false;
  const before = text.charCodeAt(at - 1);
  return before >= 0xd800 && before <= 0xdbff;
}
