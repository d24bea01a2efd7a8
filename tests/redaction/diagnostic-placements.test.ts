import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findDiagnosticPlacementScores } from '../../lib/redaction/diagnostic-placements';

/**
 * A diagnostic scale score beside its placement ("412 Late 2") is redacted in a trace about students; a placement
 * alone or a number with no placement stays (lib/redaction/diagnostic-placements.ts). Written for this file
 * (2 Dec 2026), in no corpus part.
 */
describe('diagnostic scale scores with their placement', () => {
  testDetailProbes([
    p(
      'Winter diagnostic for my intervention group:\nStudent: Corinne Abernathy-Lowe, ID 7702214, 504 plan for anxiety\nid       scale   placement\n7702214  412     Late 2\n7702239  468     Mid 4',
      ['Corinne Abernathy-Lowe', '7702214', '412     Late 2', '468     Mid 4'],
      ['Winter diagnostic'],
      { answer: 'Students placed Mid 2 or below get the small-group block; the cut is 425 for grade 3.' },
    ),
  ]);

  test('a placement alone or a score with no placement stays', () => {
    const found = (t: string) => findDiagnosticPlacementScores(t).map((r) => r.text);
    expect(found('Students placed Mid 2 or below join the group.')).toEqual([]);
    expect(found('Room 204, 3 students, Late 2nd period')).toEqual([]);
    expect(found('scale 455 | Early 3\n1 800441 419 Late K')).toEqual(['455', '419']);
    expect(found('In 1865 Late 19th-century')).toEqual([]);
  });
});
