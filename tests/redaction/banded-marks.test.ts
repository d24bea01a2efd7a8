import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findBandedMarks } from '../../lib/redaction/banded-marks';

/**
 * A mark written with its band ("B+ (88)", "Notable (8)", "5,40 (próximo a alcanzar)") is redacted in a trace about
 * students when the number falls in the band; a named group, a vitamin, a range or a legend is not
 * (lib/redaction/banded-marks.ts). Written for this file (2 Dec 2026), in no corpus part.
 */
describe('marks written with their band', () => {
  testDetailProbes([
    p(
      'Progress letters, 2nd quarter. Student ID 5520183, Marisela Quintanilla: ELA B+ (88), Science D (61).\nOscar Tulloch, ID 5520190: grades this quarter were A- (91) in ELA and C (74) in Science.',
      ['5520183', 'B+ (88)', 'D (61)', 'A- (91)', 'C (74)'],
      ['2nd quarter'],
    ),
    p(
      'Boletín 2.ª evaluación, NIA 7104432, Leire Etxeberria Sanz: Lengua Notable (8), Matemáticas Insuficiente (3), Inglés Bien (6).',
      ['7104432', 'Notable (8)', 'Insuficiente (3)', 'Bien (6)'],
      [],
      { language: 'es' },
    ),
    p(
      'Informe parcial, cédula 0923381745, Joaquín Mera Zambrano: Lengua 5,40 (próximo a alcanzar); Ciencias 9,25 (domina).',
      ['0923381745', '5,40 (próximo a alcanzar)', '9,25 (domina)'],
      [],
      { language: 'es' },
    ),
  ]);

  test('a band whose number is out of it, a range, a legend or a named letter stays', () => {
    const found = (t: string) => findBandedMarks(t).map((r) => r.text);
    expect(found('Vitamin C (75), Group A (90), group B (80), Plan B (85), Option A (95)')).toEqual([]);
    expect(found('Escala: Notable (7-8), Sobresaliente (9-10); 9-10 domina, 7-8,99 alcanza')).toEqual([]);
    expect(found('A (12) students in row one, F (95) marks, Notable (4), 3,10 (domina)')).toEqual([]);
    expect(found('con B (84) y 7,50 (alcanza)')).toEqual(['B (84)', '7,50 (alcanza)']);
  });
});
