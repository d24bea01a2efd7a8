import { describe, expect, test } from 'vitest';
import { findLevelPairs } from '../../lib/redaction/level-pairs';
import { testDetailProbes, testLookAlikes, probe as p } from './probe-score';

/**
 * A standards-based report card line, subjects with levels in words and numbers (lib/redaction/level-pairs.ts);
 * the district's legend of the same levels, and one subject's rubric, stay. Written for this file (1 Dec 2026),
 * in no corpus part.
 */
describe('subjects with levels in words and numbers', () => {
  testDetailProbes([
    p(
      'Comments for conferences, please.\n\nTheo Albrecht\nReading: Approaching (2), Writing: Meets (3), Math: Exceeds (4)',
      ['Approaching (2)', 'Meets (3)', 'Exceeds (4)'],
    ),
    p(
      'Boleta de Ximena Lagos\nLengua: Logrado (3) · Matemática: En proceso (2)',
      ['Logrado (3)', 'En proceso (2)'],
      [],
      { language: 'es' },
    ),
  ]);
  testLookAlikes([
    ['District scale: Exceeds (4) – Meets (3) – Approaching (2) – Beginning (1).', ['Exceeds (4)', 'Meets (3)']],
    ['Rubric row: Writing: Meets (3) means the claim is clear.', ['Meets (3)']],
  ]);

  test('two pairs at least, each after a subject', () => {
    expect(findLevelPairs('Lectura: Domina (4) · Escritura: Competente (3)').map((m) => m.text)).toEqual([
      'Domina (4)',
      'Competente (3)',
    ]);
    expect(findLevelPairs('Nota: Domina (4) · Fecha: Hoy (3)')).toEqual([]);
  });
});
