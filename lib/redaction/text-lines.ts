// Where a rule asks "what else is on this value's line?": the line is the unit of a table row, a list item, a
// signature line or a key: value pair in pasted text.

/** Where the line holding position `at` of `text` starts. */
export function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** The line of `text` around [start, end), and where it starts in `text`. */
export function lineAround(text: string, start: number, end: number): { from: number; line: string } {
  const from = lineStartOf(text, start);
  const to = text.indexOf('\n', end);
  return { from, line: text.slice(from, to === -1 ? text.length : to) };
}
