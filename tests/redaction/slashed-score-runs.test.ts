import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findSlashedScoreRuns } from '../../lib/redaction/slashed-score-runs';

/**
 * Judges' or tries' scores in a slashed run on a child's line, and a pair of percentages after a child's name, are
 * redacted in a trace about students; dates, fractions, small ratios and a test's own line are not
 * (lib/redaction/slashed-score-runs.ts). Written for this file (2 Dec 2026), in no corpus part.
 */
describe('slashed runs of scores on a child’s line', () => {
  testDetailProbes([
    p(
      'Jazz band auditions (3 judges, out of 100):\nTrumpet\nDeshawn Aldana (gr 10, ID 331902) 87 / 90 / 84\nMarguerite Oyelowo (gr 11, ID 331877) 79 / 75 / 81',
      ['331902', '87 / 90 / 84', '79 / 75 / 81'],
      ['3 judges'],
    ),
  ]);

  test('the run or the pair, never a date, a fraction or a named test', () => {
    const found = (t: string) => findSlashedScoreRuns(t).map((r) => r.text);
    expect(found('Rhiannon Castellanos (gr 9) 88/91/86')).toEqual(['88/91/86']);
    expect(found('| Small group | Tomasz Ekwueme (62% / 58%), Hollis Varga (70% / 66%) |')).toEqual([
      '62% / 58%',
      '70% / 66%',
    ]);
    expect(found('Unit Test 85 / 90 / 95')).toEqual([]);
    expect(found('Pythagorean triples: 3 / 4 / 5 and 5 / 12 / 13')).toEqual([]);
    expect(found('Signed by Ana Ruiz on 12/05/2017')).toEqual([]);
    expect(found('Class Average (75% / 81%)')).toEqual([]);
  });
});
