import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { classifyFieldName } from '../../lib/redaction/field-names';

/**
 * Colombia's and Ecuador's names for a period's mark head a grade column ("Valoración", "Desempeño",
 * "Rendimiento": lib/redaction/field-names.ts). Written for this file (2 Dec 2026), in no corpus part.
 */
describe('a mark column headed as Colombia and Ecuador head it', () => {
  testDetailProbes([
    p(
      'Resumen para la comisión:\n\n| Estudiante | T.I. | Valoración 2.º periodo | Desempeño |\n|---|---|---|---|\n| Emanuel Rincón Gaviria | 1031987654 | 2,7 (pierde) | Bajo |\n| Luisa Fernanda Ochoa | 1032876543 | 4,6 | Superior |',
      ['Emanuel Rincón Gaviria', '1031987654', '2,7 (pierde)', 'Luisa Fernanda Ochoa', '1032876543', '4,6'],
      ['Resumen para la comisión'],
      { language: 'es' },
    ),
  ]);

  test('the words head a grade column, never a code key', () => {
    expect(classifyFieldName('Valoración periodo')).toBe('grade');
    expect(classifyFieldName('Rendimiento')).toBe('grade');
    expect(classifyFieldName('rendimiento', 'key')).toBeNull();
  });
});
