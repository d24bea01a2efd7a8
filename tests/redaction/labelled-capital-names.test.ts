import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findLabelledCapitalNames } from '../../lib/redaction/labelled-capital-names';

/**
 * A child written in capitals, surnames first, after a student label is a child's name wherever it appears
 * (lib/redaction/labelled-capital-names.ts). Written for this file (2 Dec 2026), in no corpus part.
 */
describe('capitalised names after a student label', () => {
  testDetailProbes([
    p(
      'Reporte del sistema:\nESTUDIANTE: ZAMBRANO VÉLEZ DANIELA ROCÍO   C.I. 1312456789\nFaltas: 9\nEscribe la citación.',
      ['ZAMBRANO VÉLEZ DANIELA ROCÍO', '1312456789', 'Daniela Rocío Zambrano Vélez'],
      [],
      { language: 'es', answer: 'Citación para la familia de Daniela Rocío Zambrano Vélez, 9.º EGB.' },
    ),
  ]);

  test('a label with no given name, or a well-known name, is no child', () => {
    const found = (t: string) => findLabelledCapitalNames(t).map((d) => d.text);
    expect(found('ESTUDIANTE: SIN DATOS   C.I. pendiente')).toEqual([]);
    expect(found('Alumno: BOLÍVAR SIMÓN — prócer')).toEqual([]);
    expect(found('Student name: OKAFOR GRACE | Grade 5')).toEqual(['OKAFOR GRACE']);
  });
});
