import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findCommaDecimalMarkRows } from '../../lib/redaction/comma-decimal-mark-rows';

/**
 * A row of comma-decimal marks after a child's name is redacted in a trace about students; a row of measurements
 * after a label that is no name is not (lib/redaction/comma-decimal-mark-rows.ts). Written for this file
 * (2 Dec 2026), in no corpus part.
 */
describe('rows of comma-decimal marks after a name', () => {
  testDetailProbes([
    p(
      'Notas de Historia, 7° básico\nRUN            Estudiante                      N1   N2   N3   Prom.\n23.551.208-3   Renata Sofía Iturra Vidal       4,5  5,2  6,0  5,2\n23.604.117-K   Tomás Andrés Leiva Pinto        6,1  6,4  5,9  6,1',
      ['23.551.208-3', '4,5  5,2  6,0  5,2', '6,1  6,4  5,9  6,1'],
      ['Notas de Historia'],
      { language: 'es' },
    ),
  ]);

  test('a row after a label that is no name, or too short a row, stays', () => {
    const found = (t: string) => findCommaDecimalMarkRows(t).map((r) => r.text);
    expect(found('Trial 1   3,2  3,4  3,1\nUnit Test   4,0  5,0  6,0')).toEqual([]);
    expect(found('Masa (kg) 2,5 3,0 3,5')).toEqual([]);
    expect(found('Pedro Soto   5,5  6,0')).toEqual([]);
    expect(found('| Pedro Soto Lillo | 5,5 | 6,0 | 4,8 |')).toEqual(['5,5 | 6,0 | 4,8']);
  });
});
