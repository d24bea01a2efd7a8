/** Most distinct words kept per conversation for search; enough for any real chat, bounded for hostile ones. */
export const maxSearchWords = 50_000;

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

const whitespace = /\s+/;

/** Adds the words of one text to `into`; false once the word limit is reached. */
function addWordsOf(text: string, seenPieces: Set<string>, into: Set<string>): boolean {
  for (const piece of text.split(whitespace)) {
    if (piece === '' || seenPieces.has(piece)) continue;
    seenPieces.add(piece);
    for (const match of piece.toLocaleLowerCase().matchAll(wordPattern)) {
      if (into.size >= maxSearchWords) return false;
      into.add(match[0]);
    }
  }
  return true;
}

/**
 * Lower-cased distinct words (letters and numbers in any script) of the given texts, for the search index.
 * A word never spans whitespace, so the texts are split there first and each distinct piece is lower-cased and
 * matched once: a 300,000-word conversation repeats most of its pieces, and the Unicode-aware match over all of
 * it was the slowest step of storing a capture (measured 2026-11). Same words, in the same order, as matching the
 * whole lower-cased text.
 */
export function collectSearchWords(texts: Iterable<string>, into: Set<string> = new Set()): Set<string> {
  const seenPieces = new Set<string>();
  for (const text of texts) if (!addWordsOf(text, seenPieces, into)) break;
  return into;
}

/**
 * The same words as collectSearchWords, giving the event loop a turn every `sliceMs`: in the service worker,
 * 300,000 words took ~150 ms of one thread (2026-11-30), long enough to hold up the next capture's message.
 */
export async function collectSearchWordsInSlices(
  texts: readonly string[],
  into: Set<string> = new Set(),
  sliceMs = 10,
): Promise<Set<string>> {
  const seenPieces = new Set<string>();
  let sliceStart = performance.now();
  for (const text of texts) {
    if (!addWordsOf(text, seenPieces, into)) break;
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  return into;
}

/** The words of a search box query, as the index stores them. */
export function queryWords(query: string): string[] {
  return [...collectSearchWords([query])];
}
