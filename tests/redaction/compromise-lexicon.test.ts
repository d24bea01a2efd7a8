import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { compromiseLexicon } from '../../lib/redaction/compromise-lexicon';
import { lexiconTag } from '../../lib/redaction/context-names';
import {
  compromiseLexiconPath,
  installedCompromiseLexicon,
  renderCompromiseLexicon,
} from '../../scripts/compromise-lexicon';

// The scan reads compromise's lexicon from a copy made at build time: it must be compromise's, word for word and
// tag for tag, or names would be found differently than with compromise loaded.
test('the lexicon copy is the installed compromise lexicon (else run: npx tsx scripts/compromise-lexicon.ts)', () => {
  expect(readFileSync(compromiseLexiconPath, 'utf8')).toBe(renderCompromiseLexicon());
  const installed = installedCompromiseLexicon();
  expect(Object.keys(compromiseLexicon).length).toBe(Object.keys(installed).length);
  expect(compromiseLexicon).toEqual(installed);
  // A plain object like compromise's: a word it lacks answers what compromise's lookup answered ("constructor").
  expect(Object.getPrototypeOf(compromiseLexicon)).toBe(Object.getPrototypeOf(installed));
});

test('lookups answer as on compromise’s own lexicon: names, words with several tags, accents, unknown words', () => {
  const installed = installedCompromiseLexicon();
  for (const word of ['maria', 'Kevin', 'smith', 'adj', 'run', 'josé', 'Zaylee', 'constructor', 'toString'])
    expect(lexiconTag(word)).toEqual(
      installed[word.toLowerCase()] ?? installed[word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')],
    );
  expect(lexiconTag('maria')).toBe('FemaleName');
  expect(lexiconTag('zzyzx')).toBeUndefined();
});
