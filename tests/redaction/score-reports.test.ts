import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findScoreReportMarks } from '../../lib/redaction/score-reports';

/**
 * A child's standardised-test and screening scores are redacted in a trace about students; a scale's legend and a
 * cut score alone are not (lib/redaction/score-reports.ts). Written for this file (2 Dec 2026), in no corpus part.
 */
describe('standardised and screening scores of a child', () => {
  testDetailProbes([
    p(
      'Summarise this for the family. Student: Oriana Vukovic  DOB: 02/11/2015\nKTEA-3\nSubtest                    SS    PR\nMath Concepts & Applications  84    14\nLetter & Word Recognition     91    27\n\nCTOPP-2 Composites\nPhonological Awareness        76    5\n\nThe average is 100 (50th percentile).',
      ['Oriana Vukovic', '84    14', '91    27', '76    5'],
      ['100 (50th percentile)', 'Math Concepts & Applications'],
      { answer: 'Oriana’s phonological awareness, 76 (5th percentile), is the area to target first.' },
    ),
    p(
      'My student Tobias Renner, kindergarten screening: Gross Motor 31 (cut 24.5), Personal-Social 19 (below 22.1 cutoff). BRIGANCE total 71, 9th percentile.',
      ['Tobias Renner', '19 (below 22.1 cutoff)', '71, 9th percentile'],
      ['Gross Motor', 'BRIGANCE'],
    ),
  ]);

  test('a legend, a cut score alone or a lesson’s numbers are no child’s score', () => {
    const found = (t: string) => findScoreReportMarks(t).map((r) => r.text);
    expect(found('The mean is 100 (50th percentile) and the SD is 15.')).toEqual([]);
    expect(found('Refer any child below the cutoff 33.19 on Communication.')).toEqual([]);
    expect(found('Percentiles explained: a child at the 84th percentile scored higher than most.')).toEqual([]);
    expect(found('Working Memory   79   8   Very Low')).toEqual([]);
    expect(found('Index   SS   %ile\nWorking Memory   79   8   Very Low')).toEqual(['79   8']);
    expect(
      found(
        'Index   SS   %ile\nWorking Memory   79   8\nThis long line of prose ends the table because it is a sentence.\nSpelling   71   3',
      ),
    ).toEqual(['79   8']);
  });
});
