/** The shape of lib/redaction/data/compromise-lexicon.json, written by scripts/compromise-lexicon.ts. */
export interface CompromiseLexiconFile {
  about: string;
  /** The compromise version it was read from. */
  compromise: string;
  /** Tag (or tags joined by lexiconTagSeparator) → its words joined by lexiconWordSeparator. */
  words: Record<string, string>;
}

/** Between the words of one tag (no word of compromise's lexicon holds one: the script checks). */
export const lexiconWordSeparator = ',';
/** Between the tags of a word that has several ("Abbreviation+Unit"). */
export const lexiconTagSeparator = '+';
