/** Most distinct words kept per conversation for search; enough for any real chat, bounded for hostile ones. */
export const maxSearchWords = 50_000;

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

const whitespace = /\s+/;

/**
 * Lower-cased distinct words (letters and numbers in any script) of the given texts, for the search index.
 * A word never spans whitespace, so the texts are split there first and each distinct piece is lower-cased and
 * matched once: a 300,000-word conversation repeats most of its pieces, and the Unicode-aware match over all of
 * it was the slowest step of storing a capture (measured 2026-11). Same words, in the same order, as matching the
 * whole lower-cased text.
 */
export function collectSearchWords(texts: Iterable<string>, into: Set<string> = new Set()): Set<string> {
  const seenPieces = new Set<string>();
  for (const text of texts) {
    for (const piece of text.split(whitespace)) {
      if (piece === '' || seenPieces.has(piece)) continue;
      seenPieces.add(piece);
      for (const match of piece.toLocaleLowerCase().matchAll(wordPattern)) {
        if (into.size >= maxSearchWords) return into;
        into.add(match[0]);
      }
    }
  }
  return into;
}

/** The words of a search box query, as the index stores them. */
export function queryWords(query: string): string[] {
  return [...collectSearchWords([query])];
}
