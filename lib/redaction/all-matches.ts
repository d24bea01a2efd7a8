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
