import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findSpanishMarkPhrases } from '../../lib/redaction/spanish-mark-phrases';

/**
 * A child's marks in Spanish and Catalan shapes are redacted in a trace about students; a pass mark, a legend and a
 * measure are not (lib/redaction/spanish-mark-phrases.ts). Written for this file (2 Dec 2026), in no corpus part.
 */
describe('Spanish and Catalan marks of a child', () => {
  testDetailProbes([
    p(
      'Mi alumna Xènia Puigcercós saca 41 sobre 100 en inglés; en Química: 4,6 y el tutor dice que lleva un 5,2 con él. Nota mínima para aprobar: 50.',
      ['Xènia Puigcercós', '41 sobre 100', '4,6', '5,2'],
      ['en inglés'],
      { language: 'es' },
    ),
    p(
      'Exportació d’esfer@, 3r ESO:\nIDALU | Alumne | Mat | Cat | Cast | Ang\n4410093321 | Bosch Ferrer, Quim | AS | NA | AN | NA\nEl Quim té 2 NA (Català, Anglès).',
      ['Bosch Ferrer, Quim', 'AS | NA | AN | NA', '2 NA (Català, Anglès)'],
      [],
      { language: 'es' },
    ),
  ]);

  test('a pass mark, a legend or a measure is no child’s mark', () => {
    const found = (t: string) => findSpanishMarkPhrases(t).map((r) => r.text);
    expect(found('La nota mínima para aprobar es 60 sobre 100.')).toEqual([]);
    expect(found('El paquete tiene 2,5 kg de arroz.')).toEqual([]);
    expect(found('Leyenda: NA = no assoliment, AS = satisfactori.')).toEqual([]);
    expect(found('El final 2 semanas antes del cierre.')).toEqual([]);
    expect(found('Boc Xoyón, Luis — final 63')).toEqual(['63']);
  });
});
