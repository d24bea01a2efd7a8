import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findProficiencyTestLevels } from '../../lib/redaction/proficiency-test-levels';

/**
 * A child's level on a world-language proficiency test (AAPPL, STAMP, OPI) is redacted in a trace about students; the
 * level a seal requires is not (lib/redaction/proficiency-test-levels.ts). Written for this file (2 Dec 2026), in no
 * corpus part.
 */
describe('levels on a language proficiency test', () => {
  testDetailProbes([
    p(
      'Seal of Biliteracy check. Itzayana Ochoa Barrera, student ID 417730265: STAMP 4S: I-5, AAPPL writing: I-3. The seal requires I-4 in each skill.',
      ['417730265', 'I-5', 'AAPPL writing: I-3'],
      ['The seal requires I-4'],
    ),
  ]);

  test('a required level stays; an obtained one goes', () => {
    const found = (t: string) => findProficiencyTestLevels(t).map((r) => r.text);
    expect(
      found('Para el sello se necesita I-4 en el AAPPL; the seal requires Intermediate Mid on the STAMP.'),
    ).toEqual([]);
    expect(found('Rafael sacó I-3 en el AAPPL y luego obtuvo un I-4 en el AAPPL.')).toEqual(['I-3', 'I-4']);
    expect(found('She scored Intermediate High on the OPI')).toEqual(['Intermediate High']);
  });
});
