import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findRiskScreenerAnswers } from '../../lib/redaction/risk-screener-answers';

/**
 * A child's answers to a suicide-risk screener and the risk level it gave are redacted in a trace about students;
 * a risk level in a text that never speaks of suicide or self-harm stays (lib/redaction/risk-screener-answers.ts).
 * Written for this file (2 Dec 2026), in no corpus part.
 */
describe('suicide-risk screener answers and risk level', () => {
  testDetailProbes([
    p(
      [
        'Screener I ran with Tobiah Marchetti-Lund (gr 10, ID 4410926) after the journal entry, for the counseling referral:',
        '1) Wished to be dead: Yes',
        '2) Suicidal thoughts: Yes',
        '3) Thoughts with a method: No',
        'Overall risk: high',
      ].join('\n'),
      [
        'Tobiah Marchetti-Lund',
        '4410926',
        'Wished to be dead: Yes',
        'Thoughts with a method: No',
        'Overall risk: high',
      ],
      ['counseling referral'],
    ),
  ]);

  const found = (t: string) => findRiskScreenerAnswers(t).map((s) => s.text);

  test('answers after the screener items, in English and Spanish', () => {
    expect(found('C-SSRS screen\nQ1 wish to be dead: YES\nQ4 intent: NO\nRisk = moderate')).toEqual([
      'YES',
      'NO',
      'moderate',
    ]);
    expect(found('Tamizaje de riesgo suicida\nIdeación suicida: Sí\nNivel de riesgo: **alto**')).toEqual([
      'Sí',
      'alto',
    ]);
  });

  test('no talk of suicide or self-harm, no answers', () => {
    expect(found('Field trip plan: Yes\nRisk level: low (supervised, no water)')).toEqual([]);
    expect(found('Our unit on risk: students rate each scenario low, moderate or high.')).toEqual([]);
    expect(found('Suicide prevention week: the risk of silence is high.')).toEqual([]);
  });
});
