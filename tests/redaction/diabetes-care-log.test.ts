import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findDiabetesCareLog } from '../../lib/redaction/diabetes-care-log';

/**
 * A diabetic child's glucose readings, insulin doses and worn devices are redacted in a trace about students;
 * published ranges, a lesson on insulin and a weather report are not (lib/redaction/diabetes-care-log.ts). Written
 * for this file (2 Dec 2026), in no corpus part.
 */
describe('a diabetic child’s care log', () => {
  testDetailProbes([
    p(
      'Nurse log for Thaddeus Ambrose (ID 40917733), type 1 diabetes, FreeStyle Libre 3 and t:slim X2.\nThu: BG 243 before lunch, bolus 6.1u + corr 1.8u\nFri: low 58 after recess, 15g glucose tabs, recheck 97\nTarget BG 70–180.',
      ['40917733', 'FreeStyle Libre 3', 't:slim X2', 'BG 243', 'bolus 6.1u', 'corr 1.8u', 'low 58', 'recheck 97'],
      ['Target BG 70–180'],
    ),
  ]);

  test('ranges, lessons and weather stay', () => {
    const found = (t: string) => findDiabetesCareLog(t).map((r) => r.text);
    expect(found('Forecast: low 41, high 67, winds 12 mph.')).toEqual([]);
    expect(
      found('Insulin moves glucose into cells; a normal fasting glucose is 70-99 and BG 80 to 130 is a target.'),
    ).toEqual([]);
    expect(found('Glucemia 212 antes del recreo; corrección 2 unidades. Insulina: ver plan.')).toEqual([
      'Glucemia 212',
      'corrección 2 unidades',
    ]);
  });
});
