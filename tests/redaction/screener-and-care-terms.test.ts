import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findScreenerScoreRuns } from '../../lib/redaction/screener-score-runs';

/**
 * A child's screener runs and WIDA levels (lib/redaction/screener-score-runs.ts), and immunization, probation and care
 * facts (lib/redaction/immunization-and-risk-care-terms.ts) are redacted in a trace about students; published cuts and
 * a lesson's words are not. Made-up probes written for this file (2 Dec 2026), in no corpus part.
 */
describe('screener runs, WIDA levels, and immunization and care facts of a child', () => {
  testDetailProbes([
    p(
      'Winter growth check for my 7th graders. Student: Marisol Vega (ID 88120).\nMarisol Vega: +31 SS, PR 47, SGP 58\nFlag anyone below the 25th PR.',
      ['Marisol Vega', '88120', '+31 SS, PR 47, SGP 58'],
      ['25th PR'],
      {
        answer:
          'Marisol grew well; with an SGP of 58 she is above typical growth. Anyone below the 25th PR gets a check-in.',
      },
    ),
    p(
      'Reclassification letter for Berhane Aklilu (grade 5, ID 4400219): overall 4.8 (Bridging/Reaching), literacy 4.4. The state cut is 4.5 overall.',
      ['Berhane Aklilu', '4400219', '4.8 (Bridging/Reaching)'],
      ['4.5 overall'],
    ),
    p(
      'Exclusion list for the nurse:\n| Student | DOB | Status |\n|---|---|---|\n| Oriana Blackwood | 02/11/2019 | Medical exemption, MMR (immunocompromised) |\n| Tobias Reinholt | 07/30/2018 | Missing 2nd DTaP dose |',
      ['Oriana Blackwood', 'Medical exemption, MMR', 'immunocompromised', 'Tobias Reinholt', 'Missing 2nd DTaP dose'],
    ),
    p(
      'Liaison note: Kendrick Boatwright, ID 551902, conditions are a random drug screen and anger management at Harbor Youth Center; he was caught vaping a THC pen.',
      [
        'Kendrick Boatwright',
        '551902',
        'random drug screen',
        'anger management at Harbor Youth Center',
        'vaping a THC pen',
      ],
    ),
  ]);

  test('published cuts and single measures are not a child’s run', () => {
    const runs = (t: string) => findScreenerScoreRuns(t).map((r) => r.text);
    expect(runs('Students below the 25th PR get a Tier 2 check.')).toEqual([]);
    expect(runs('An SGP of 35 or below is low growth.')).toEqual([]);
    expect(runs('WIDA levels: Entering, Emerging, Developing, Expanding, Bridging, Reaching.')).toEqual([]);
    expect(runs('Gabi: 612 SS, PR 40')).toEqual(['612 SS, PR 40']);
    expect(runs('composite 2.9 (Developing)')).toEqual(['2.9 (Developing)']);
  });

  testDetailProbes([
    p(
      'Health lesson: vaccines, a medical exemption and why immunocompromised people rely on herd immunity.',
      [],
      ['medical exemption', 'immunocompromised'],
    ),
  ]);
});
