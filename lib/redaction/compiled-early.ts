/**
 * Makes V8 compile a large, long-lived regular expression to optimised machine code now, while the module
 * loads, instead of on first use.
 *
 * Why (measured 1 Dec 2026, Node 20 / V8 11, the same engine family as Chromium): V8 compiles a regex lazily,
 * once per subject encoding (one-byte and two-byte strings), and stops *optimising* new regex code for good
 * once an isolate has generated more than 1 MB of regex code in its lifetime and holds more than 16 MB of
 * executable memory (`TooMuchRegExpCode` in v8/src/regexp/regexp.cc; the counter is never reset). The scan
 * builds per-document regexes (names, roster, echoed terms), so a page that has scanned a few dozen traces
 * crosses that line; a rule regex first met on a two-byte text after that point ran up to 10x slower
 * (the redaction bench after scoring the corpus: scan 315 ms instead of ~200 ms). Compiling both encodings
 * here, before any document is scanned, keeps the rule regexes optimised for the life of the page.
 *
 * Small regexes that run over much text count as much as large ones (scan16, 2 Dec 2026): the field gates
 * (`mayHold`) read every field of a long trace, the block and sentence splitters and the word finders every line.
 * A fresh regex of that kind ran 2.4x slower once one scan of the 50,000-word bench trace had crossed the line
 * above (3.5 -> 8.4 ms over the trace). The sixty that read the most text in that scan, or run on every line or
 * sentence, are compiled here too (bench/scan-ab.ts: CPU of the scan -22 %, same findings); they add ~30 ms to the
 * module's start, where the large ones already take ~0.5 s.
 */

// V8 skips its bytecode interpreter and compiles to machine code at once for subjects of 1,000 characters or
// more (JSRegExp::kTierUpForSubjectLengthValue); the right single quote makes the second subject two-byte.
const oneByteSubject = '.'.repeat(1_000);
const twoByteSubject = `\u2019${'.'.repeat(999)}`;

/** Returns `re` after running it once on a one-byte and once on a two-byte subject (lastIndex left at 0). */
export function compiledEarly<T extends RegExp>(re: T): T {
  for (const subject of [oneByteSubject, twoByteSubject]) {
    re.lastIndex = 0;
    re.test(subject);
  }
  re.lastIndex = 0;
  return re;
}
