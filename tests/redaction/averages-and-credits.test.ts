import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findAveragesAndCredits } from '../../lib/redaction/averages-and-credits';

/**
 * A child's average, GPA and credit shortfall are redacted in a trace about students, with the subject marks on an
 * average's line; a group's average and a requirement are not (lib/redaction/averages-and-credits.ts). Written for
 * this file (2 Dec 2026), in no corpus part.
 */
describe('averages, GPAs and credit shortfalls of a child', () => {
  testDetailProbes([
    p(
      'Senior audit for Dashiell Orr (Student Number 77120493). Cumulative GPA (weighted) 3.17   Unweighted 2.96\nOur district needs 24 credits.',
      ['Dashiell Orr', '77120493', '3.17', '2.96', '6.5'],
      ['24 credits'],
      { answer: 'Dashiell is about 6.5 credits short, mostly in science.' },
    ),
    p(
      'Carta para la beca de mi alumna Noelia Gaspar Ruiz (NIA 4418027).\n- Nota media de 4.º de ESO: 8,76. Física 9. Lengua Castellana 7.\n- El promedio del grupo es 6,9.',
      ['Noelia Gaspar Ruiz', '4418027', '8,76', 'Física 9', 'Lengua Castellana 7'],
      ['6,9'],
      { language: 'es', answer: 'Noelia terminó el curso con una nota media de **8,76**.' },
    ),
  ]);

  test('a group’s average, a data set’s average and a requirement are no child’s', () => {
    const found = (t: string) => findAveragesAndCredits(t).map((r) => r.text);
    expect(found('El promedio del grupo: 7,4')).toEqual([]);
    expect(found('The class GPA is 3.1 and the school average 2.9.')).toEqual([]);
    expect(found('Find the mean; the average of the data set is 12.5.')).toEqual([]);
    expect(found('Students need 24 credits; a semester course is 0.5.')).toEqual([]);
    expect(found('The honors program asks for a GPA of 3.5 or higher.')).toEqual([]);
    expect(found('Se pide un promedio mínimo de 8,5 para la beca.')).toEqual([]);
    expect(found('Promedio parcial: 7,15/10')).toEqual(['7,15/10']);
  });
});
