import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findNamedItemScores } from '../../lib/redaction/named-item-scores';

/**
 * A score in parentheses after a child's full name opening a list item or a bold heading is redacted in a trace
 * about students; a year, a point value or a unit's number after a title is not (lib/redaction/named-item-scores.ts).
 * Written for this file (2 Dec 2026), in no corpus part.
 */
describe('scores after a named list item', () => {
  testDetailProbes([
    p(
      'Comentarios del III parcial, Ciencias Naturales.\nAlumno/a                      NIA        Nota\nNadia Ixchel Portillo Cruz    7730215    83\nÓscar Lenin Barahona Díaz     7731840    61',
      ['7730215', '(83)', '(61)', '(95,4)', '(92,8)'],
      [],
      {
        language: 'es',
        answer:
          '- **Nadia Ixchel Portillo Cruz (83):** Buen trabajo en la maqueta.\n- **Óscar Lenin Barahona Díaz (61):** Debe entregar la guía.\n\nCuadro de honor:\n- Rosa de las Mercedes Izaguirre Paz (95,4)\n- Nadia Ixchel Portillo Cruz (92,8)',
      },
    ),
  ]);

  test('a year, a title or a heading with a number stays', () => {
    const found = (t: string) => findNamedItemScores(t).map((r) => r.text);
    expect(found('- Abraham Lincoln (1809)\n- Unit Four Review (20)\n- Chapter Two Quiz (15):')).toEqual([]);
    expect(found('- Lewis Carroll (1865) wrote it')).toEqual([]);
    expect(found('- **Owen Tremblay (72%)** — steady\n1. Maria Lopez (88)')).toEqual(['(72%)', '(88)']);
    expect(found('Photosynthesis Light Reactions (45) minutes')).toEqual([]);
  });
});
