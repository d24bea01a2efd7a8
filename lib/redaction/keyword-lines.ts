/**
 * The lines of a text that hold at least one of some words, as written: a prefilter for a rule whose every
 * match contains one of them and never crosses a line break. Running the rule's regex on these lines only, at
 * their offsets, gives the same matches as running it over the whole text, when the regex's lookbehinds and
 * lookaheads treat a line break like the start or end of the text (a line break is no letter, digit or space
 * of a name). One pass comparing code units is far cheaper than a unicode regex over 50,000 words of lessons.
 */
export type KeywordLineFinder = (text: string) => { start: number; text: string }[];

/**
 * A finder for one list of words, to run over many texts: its tables are built once (the flag table of first
 * code units is 64 KB; built per field, it was allocated and zeroed for every field of every scan).
 */
export function keywordLineFinder(words: Iterable<string>): KeywordLineFinder {
  // The words by their first code unit, and a flag table of first units.
  const byFirst = new Map<number, string[]>();
  const starts = new Uint8Array(0x10000);
  // The first two code units of each word (a one-unit word marks its first unit 2): with lower-case forms of
  // names among the words ("maria"), a flag of first units alone sent every "m" of a lesson to the list.
  const pairs = new Set<number>();
  for (const word of words) {
    if (word === '') continue;
    const first = word.charCodeAt(0);
    if (word.length === 1) starts[first] = 2;
    else {
      if (starts[first] === 0) starts[first] = 1;
      pairs.add(first * 0x10000 + word.charCodeAt(1));
    }
    const list = byFirst.get(first) ?? [];
    list.push(word);
    byFirst.set(first, list);
  }
  return (text) => {
    const lines: { start: number; text: string }[] = [];
    if (byFirst.size === 0) return lines;
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      const flag = starts[code];
      if (flag === 0) continue;
      // NaN past the end: no pair, as no word of two units fits there.
      if (flag === 1 && !pairs.has(code * 0x10000 + text.charCodeAt(at + 1))) continue;
      if (!byFirst.get(code)!.some((w) => text.startsWith(w, at))) continue;
      const start = text.lastIndexOf('\n', at - 1) + 1;
      const end = text.indexOf('\n', at);
      lines.push({ start, text: text.slice(start, end === -1 ? text.length : end) });
      // The rest of this line is already in: go on from its end.
      if (end === -1) break;
      at = end;
    }
    return lines;
  };
}

/** The lines of one text holding one of `words` (keywordLineFinder for a single text). */
export function linesHolding(text: string, words: Iterable<string>): { start: number; text: string }[] {
  return keywordLineFinder(words)(text);
}
