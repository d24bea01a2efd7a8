/** Most distinct words kept per conversation for search; enough for any real chat, bounded for hostile ones. */
export const maxSearchWords = 50_000;

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

/** Lower-cased distinct words (letters and numbers in any script) of the given texts, for the search index. */
export function collectSearchWords(texts: Iterable<string>, into: Set<string> = new Set()): Set<string> {
  for (const text of texts) {
    for (const match of text.toLocaleLowerCase().matchAll(wordPattern)) {
      if (into.size >= maxSearchWords) return into;
      into.add(match[0]);
    }
  }
  return into;
}

/** The words of a search box query, as the index stores them. */
export function queryWords(query: string): string[] {
  return [...collectSearchWords([query])];
}
