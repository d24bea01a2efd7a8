import { describe, expect, test } from 'vitest';
import { findIndexScores } from '../../lib/redaction/progress-marks';
import { probe as p, testDetailProbes, testLookAlikes, type Probe } from './probe-score';

/**
 * A child's progress data as therapists and teachers log it, and index scores of a cognitive battery
 * (lib/redaction/progress-marks.ts); a goal, a lesson's fraction and a tyre's pressure stay. Sentences written
 * for this file (1 Dec 2026), in no corpus part.
 */
const details: Probe[] = [
  p(
    'My student Ilse Marchetti (ID 4401876) reached 60% at the phrase level this week and sorts pictures 4/5 trials; she gets 90% on the retake.',
    ['Ilse Marchetti', '4401876', '60% at the phrase level', '4/5 trials', '90%'],
  ),
  p('Re: my student Caleb Nwosu — he follows 2-step directions 6/10 and keeps a 79% classwork avg.', [
    'Caleb Nwosu',
    '6/10',
    '79% classwork avg',
  ]),
  p('WJ-IV summary for the team: GAI 88, CPI 71, FRI 93 (eval 10/14).', ['GAI 88', 'CPI 71', 'FRI 93']),
];

const lookAlikes: [string, string[]][] = [
  [
    'Our goal: every student at 80% at the sentence level by May; trials of 5 per session.',
    ['80% at the sentence level'],
  ],
  ['Fractions warm-up: shade 3/10 of the grid, then 4/5 of the second one.', ['3/10', '4/5']],
  ['Fill the bike tires to 35 PSI; the PSI scale is printed on the tire wall.', ['35 PSI']],
];

describe('progress data and index scores', () => {
  testDetailProbes(details);
  testLookAlikes(lookAlikes);

  test('index scores are capitals with a score of 40 to 160', () => {
    expect(findIndexScores('FSIQ 94, VCI: 101, WMI=82').map((m) => m.text)).toEqual(['FSIQ 94', 'VCI: 101', 'WMI=82']);
    expect(findIndexScores('PSI 30 for the tires; vci 101')).toEqual([]);
  });
});
