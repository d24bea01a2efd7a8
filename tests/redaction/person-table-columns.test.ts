import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findPersonTableColumns } from '../../lib/redaction/person-table-columns';

/**
 * Birth dates under "Nac.", student codes under "Código del estudiante", midterm marks and a quiz game's accuracy and
 * points are redacted in a class table with a column of people; the same headers in a table of no people, or cells
 * of another shape, are not (lib/redaction/person-table-columns.ts). Written for this file (2 Dec 2026), in no corpus
 * part.
 */
describe('columns of a class table named by headers field-names.ts does not read', () => {
  testDetailProbes([
    p(
      'Lista 4.º B\nAlumno | Nac. | Código del alumno | Parcial\nValentín Ocampo Ríos | 21/08/2015 | 30418822710093 | 7,5\nMilagros Ibarra Sosa | 03/12/2015 | 30418822710117 | 4',
      ['21/08/2015', '03/12/2015', '30418822710093', '30418822710117', '7,5'],
      ['Lista 4.º B'],
      { language: 'es' },
    ),
  ]);

  test('the shape of each column, and only beside a column of people', () => {
    const found = (t: string) => findPersonTableColumns(t).map((d) => `${d.kind}:${d.text}`);
    expect(found('Player, Correct, Incorrect, Accuracy\nOrla Brennan, 12, 3, 80%\nKofi Mensah, 9, 6, 60%')).toEqual([
      'grade:80%',
      'grade:60%',
    ]);
    expect(found('Criterion | Points | Notes\nThesis | 10 | clear claim\nEvidence | 15 | two sources')).toEqual([]);
    expect(found('Nombre | Nac. | Curso\nAgustina Ferro | uruguaya | 5.º\nTadeo Ruiz | 1810 | 5.º')).toEqual([]);
    expect(
      found('| Student | Course | Midterm |\n|---|---|---|\n| Imani Drake | BIOL 1406 | 72 — needs tutoring |'),
    ).toEqual(['grade:72']);
  });
});
