import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findProgressData } from '../../lib/redaction/progress-data';

/**
 * A child's progress-monitoring data and standing are redacted in a trace about students; a goal's criterion, a
 * schedule and a lesson's numbers are not (lib/redaction/progress-data.ts). Written for this file (2 Dec 2026).
 */
describe('progress data of a child', () => {
  testDetailProbes([
    p(
      'IEP progress for my student Rafferty Oyelaran (ID 5520913). Goal: sight words with 90% accuracy. Data: 9/8 45%, 9/22 58%, 10/6 66%. Behaviour: 4 call-outs per day (baseline 9). Spelling probe: 11/15 words correct.',
      ['Rafferty Oyelaran', '5520913', '9/8 45%, 9/22 58%, 10/6 66%', '4 call-outs per day', 'baseline 9', '11/15'],
      ['90% accuracy'],
      {
        answer:
          'Rafferty went 45% → 58% → 66%; he reads about 1.5 grade levels below and is failing Geometry and Chem.',
      },
    ),
  ]);

  test('a goal’s criterion, a schedule or a lesson’s numbers are no child’s data', () => {
    const found = (t: string) => findProgressData(t).map((r) => r.text);
    expect(found('Practice 20 minutes/day and read 2 pages per day.')).toEqual([]);
    expect(found('Goal: 17/20 letters legible by June.')).toEqual([]);
    expect(found('Prices went up 10% and then 5% this year.')).toEqual([]);
    expect(found('Half the class scored above 80%.')).toEqual([]);
    expect(found('Dado 60% → 75% → 90%')).toEqual(['60% → 75% → 90%']);
    expect(found('He reads about 2 grades below.')).toEqual(['2 grades below']);
  });
});
