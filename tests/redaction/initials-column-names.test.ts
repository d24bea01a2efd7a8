import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findInitialsColumnNames } from '../../lib/redaction/initials-column-names';

/**
 * Children named by initials in a column headed "Initials" are redacted wherever the trace names them so; initials
 * in other columns, or a table with no such header, are not (lib/redaction/initials-column-names.ts). Written for
 * this file (2 Dec 2026), in no corpus part.
 */
describe('children named in an initials column', () => {
  testDetailProbes([
    p(
      'Behavior data sheet, room 14.\nInitials | Student ID | Target behavior\nT.Q.V. | 8830124 | elopement\nM.C.-D. | 8830139 | calling out\nR.O. | 8830150 | refusals',
      ['T.Q.V.', 'M.C.-D.', 'R.O.', '8830124'],
      ['room 14'],
      { answer: 'Plan: T.Q.V. gets a visual schedule; R.O. starts a token board on Monday.' },
    ),
  ]);

  test('only the initials column, only under its header', () => {
    const names = (t: string) => findInitialsColumnNames(t).map((d) => d.text);
    expect(names('| Iniciales | Curso |\n|---|---|\n| L.M.P. | 3.º B |\n| J.A. | 3.º B |')).toEqual(['L.M.P.', 'J.A.']);
    expect(names('Agency | Initials\nU.S. Dept. | N/A')).toEqual([]);
    expect(names('Code | Meaning\nA.B. | a degree\n\nInitials | Score\nK.W. | 88')).toEqual(['K.W.']);
  });
});
