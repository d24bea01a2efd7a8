import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findRecordCounts } from '../../lib/redaction/record-counts';

/**
 * A child's attendance and discipline counts are redacted in a trace about students; a policy's threshold and a
 * lesson's numbers are not (lib/redaction/record-counts.ts). Written for this file (2 Dec 2026), in no corpus part.
 */
describe('attendance and discipline counts of a child', () => {
  testDetailProbes([
    p(
      'Draft a letter home. Student: Odalys Ferro  ID: 3380214\nUnexcused absences: 7.5 days   Tardies YTD: 12   Attendance %: 88.2%\nOffice referrals this year: 11',
      ['Odalys Ferro', '3380214', '7.5', '12', '88.2%', '11'],
      ['Draft a letter home'],
      {
        answer:
          'Dear family, Odalys has missed 9 school days this term and her attendance rate is **88.2%**. District policy requires a meeting after 10 unexcused absences.',
      },
    ),
    p(
      'Citación para el representante de Matías Quezada Lora (C.I. 0923318841). Inasistencias del quimestre: 14. Retardos: 17. Lleva 3 reportes de conducta.',
      ['Matías Quezada Lora', '0923318841', '14', '17', '3 reportes'],
      [],
      {
        language: 'es',
        answer:
          'Matías registra **14 faltas injustificadas** y 17 atrasos; el reglamento pide citar a la familia a partir de 10 faltas.',
      },
    ),
  ]);

  test('a threshold, a period or a lesson number is no child’s count', () => {
    const found = (t: string) => findRecordCounts(t).map((r) => r.text);
    expect(found('State law: 10 unexcused = mandatory conference.')).toEqual([]);
    expect(found('A meeting is required after 5 unexcused absences.')).toEqual([]);
    expect(found('Se cita a la familia a partir de 8 faltas injustificadas.')).toEqual([]);
    expect(found('The attendance office opens at 7:30.')).toEqual([]);
    expect(found('We read chapter 4 about absences of light.')).toEqual([]);
    expect(found('Tardies: 4 · Absences: 2')).toEqual(['4', '2']);
  });
});
