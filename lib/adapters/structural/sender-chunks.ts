/**
 * A thread cut into chunks that each hold one exchange, opened by either side (set 8's Typebot: each chunk is the
 * bot's row of bubbles, then the visitor's answer; the bot speaks first). A chunk is no message: it holds two turns,
 * one of each sender, and which comes first in it is the page's choice. What shows such a thread once a redesign has
 * renamed its classes is its build: the chunks are built alike, and inside them two kinds of rows, built apart, take
 * turns — the bot's row, the visitor's, the bot's … — across the chunks' edges too. Classes are compared, never read
 * for words (like greeting.ts): a redesign renames them everywhere at once.
 */

// Rows a chunk holds at most: a turn of each side, and one more where a chunk ends as the next begins.
const maxRowsPerChunk = 3;
// Chunks holding two rows or more, at least: one exchange in a wrapper is no pattern.
const minExchangeChunks = 2;

/** The element's tag and class list: the same for every chunk, and for every row of one kind. */
function buildOf(el: Element): string {
  return `${el.localName} ${(el.getAttribute('class') ?? '').trim()}`;
}

/**
 * Each chunk's rows, when the chunks are built alike and their rows alternate between two kinds built apart, through
 * the whole thread; null otherwise. `rowsOf(i)` is chunk i's children with content, in order.
 */
export function senderChunkRows(
  chunks: readonly Element[],
  rowsOf: (index: number) => readonly Element[],
): (readonly Element[])[] | null {
  if (chunks.length < minExchangeChunks) return null;
  const chunkBuild = buildOf(chunks[0]!);
  for (let i = 1; i < chunks.length; i++) if (buildOf(chunks[i]!) !== chunkBuild) return null;
  const kinds: string[] = [];
  const rows: (readonly Element[])[] = [];
  let previous: string | undefined;
  let exchanges = 0;
  for (let i = 0; i < chunks.length; i++) {
    const chunkRows = rowsOf(i);
    if (chunkRows.length === 0 || chunkRows.length > maxRowsPerChunk) return null;
    if (chunkRows.length >= 2) exchanges++;
    for (const row of chunkRows) {
      const build = buildOf(row);
      // A row built as its chunk is (a wrapper in a wrapper) tells nothing; nor does a third kind of row.
      if (build === chunkBuild || build === previous) return null;
      if (!kinds.includes(build)) {
        if (kinds.length === 2) return null;
        kinds.push(build);
      }
      previous = build;
    }
    rows.push(chunkRows);
  }
  return kinds.length === 2 && exchanges >= minExchangeChunks ? rows : null;
}
