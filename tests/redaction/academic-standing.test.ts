import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findAcademicStanding } from '../../lib/redaction/academic-standing';

/**
 * A GPA written number first and a standing of warning or probation are redacted in a trace about students; a GPA
 * out of the 0–5 scale, or "academic" in other senses, is not (lib/redaction/academic-standing.ts). Written for this
 * file (2 Dec 2026), in no corpus part.
 */
describe('a child’s academic standing', () => {
  testDetailProbes([
    p(
      'Counselor note: Dashiell Amankwah (student ID 6620471) finished fall with a 1.87 GPA and is on academic probation.',
      ['6620471', '1.87', 'on academic probation'],
    ),
  ]);

  test('only a GPA on its scale, and only a standing', () => {
    const found = (t: string) => findAcademicStanding(t).map((r) => r.text);
    expect(found('Academic vocabulary, academic writing and 12.5 GPA points')).toEqual([]);
    expect(found('quedó en situación de riesgo académico; 3.4 GPA')).toEqual([
      '3.4',
      'en situación de riesgo académico',
    ]);
  });
});
