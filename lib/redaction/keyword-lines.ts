/**
 * The lines of a text that hold at least one of some words, as written: a prefilter for a rule whose every
 * match contains one of them and never crosses a line break. Running the rule's regex on these lines only, at
 * their offsets, gives the same matches as running it over the whole text, when the regex's lookbehinds and
 * lookaheads treat a line break like the start or end of the text (a line break is no letter, digit or space
 * of a name). `indexOf` per word is native and far cheaper than a unicode regex over 50,000 words of lessons.
 */
export function linesHolding(text: string, words: Iterable<string>): { start: number; text: string }[] {
  const starts = new Set<number>();
  for (const word of words) {
    if (word === '') continue;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      const start = text.lastIndexOf('\n', at - 1) + 1;
      starts.add(start);
      // The rest of this line is already in: go on from its end.
      const end = text.indexOf('\n', at);
      if (end === -1) break;
      at = end;
    }
  }
  return [...starts]
    .sort((a, b) => a - b)
    .map((start) => {
      const end = text.indexOf('\n', start);
      return { start, text: text.slice(start, end === -1 ? text.length : end) };
    });
}
