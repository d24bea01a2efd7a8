import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findSpainMarkAbbreviations } from '../../lib/redaction/spain-mark-abbreviations';

/**
 * A mark on Spain's 0–10 scale beside the abbreviation of its qualification is redacted in a trace about students;
 * an abbreviation or a number in parentheses with no mark beside it is not (lib/redaction/spain-mark-abbreviations.ts).
 * Written for this file (2 Dec 2026), in no corpus part.
 */
describe('Spanish marks with IN/SU/BI/NT/SB', () => {
  testDetailProbes([
    p(
      'Acta de la segunda evaluación, 2º ESO C (Matemáticas)\nAlumno/a              NIA        Nota\nIrene Calvo Pastor    7730215    7,5 (NT)\nHugo Serrano Ledesma  7731840    2 (IN)\nLeire Baños Uribe     7729963    SB (9)',
      ['Irene Calvo Pastor', '7731840', '7,5 (NT)', '2 (IN)', 'SB (9)'],
      ['Matemáticas', '2º ESO C'],
      {
        language: 'es',
        answer: 'Irene tiene 7,5 (NT); Hugo, con 2 (IN), necesita el plan de refuerzo. Leire mantiene SB (9).',
      },
    ),
  ]);

  test('what is no mark stays', () => {
    const found = (t: string) => findSpainMarkAbbreviations(t).map((r) => r.text);
    expect(found('Los niveles son IN (0-4), SU (5), BI (6), NT (7-8) y SB (9-10).')).toEqual([]);
    expect(found('Escala: 0-4 (IN), 5 (SU), 6 (BI), 7-8 (NT), 9-10 (SB)')).toEqual([]);
    expect(found('We have 3 IN stock and 2 SU boxes.')).toEqual([]);
    expect(found('Pages 12 (IN) and 2024 (SB)')).toEqual([]);
    expect(found('Nota final: 10 (SB). Nota parcial: 6,25 (BI)')).toEqual(['10', '6,25']);
  });
});
