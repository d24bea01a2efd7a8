/** A piece of text a rule found, and where it starts in the text it read. */
export interface FoundSpan {
  text: string;
  start: number;
}

/**
 * Adds `text` at `start` to `found` unless it overlaps a span already there: a rule that reads one place in several
 * ways (a labelled value, then the same value in a sentence) reports the place once, as first read.
 */
export function addUnlessOverlapping(found: FoundSpan[], text: string, start: number): void {
  if (!found.some((o) => start < o.start + o.text.length && o.start < start + text.length)) found.push({ text, start });
}
