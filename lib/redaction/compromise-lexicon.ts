import data from './data/compromise-lexicon.json';
import { lexiconTagSeparator, lexiconWordSeparator, type CompromiseLexiconFile } from './compromise-lexicon-format';

/**
 * compromise's lexicon — its tag of each of ~24,600 words ("maria" → "FemaleName"), or its tags when it has
 * several — read from a copy made at build time (scripts/compromise-lexicon.ts) rather than from compromise, whose
 * load unpacks and expands it (~0.3 s of CPU at each start of the export scan worker, 2026-12): a scan that needs
 * no tagging never loads compromise. A plain object, as compromise's own is, so every lookup answers as it did on
 * compromise's (tests/redaction/compromise-lexicon.test.ts).
 */
export const compromiseLexicon: Record<string, string | string[]> = {};
for (const [tag, words] of Object.entries((data as CompromiseLexiconFile).words)) {
  const tags = tag.includes(lexiconTagSeparator) ? tag.split(lexiconTagSeparator) : undefined;
  for (const word of words.split(lexiconWordSeparator)) compromiseLexicon[word] = tags ? [...tags] : tag;
}
