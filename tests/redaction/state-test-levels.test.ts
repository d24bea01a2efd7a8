import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findStateTestResults } from '../../lib/redaction/state-test-levels';

/**
 * A child's state-test and proficiency results are redacted in a trace about students; a book's Lexile, a grade's
 * band and a cut score are not (lib/redaction/state-test-levels.ts). Written for this file (1 Dec 2026), in no
 * corpus part.
 */
describe('state-test results of a child', () => {
  testDetailProbes([
    p(
      'SSID\tStudent\tScale\tLevel\tLexile\tScale\tLevel\tQuantile\n7734120055\tOrla Hennessy\t2517\tStandard Met\t905L\t2430\tStandard Not Met\t455Q\nWrite Orla’s parent summary.',
      ['Orla Hennessy', '7734120055', '2517', '905L', '2430', 'Standard Not Met', '455Q'],
      ['the cut for Standard Met is 2528'],
      {
        answer:
          'Orla Hennessy — ELA 2517 (Standard Met), Math 2430 (Standard Not Met). Her Lexile of 905L is on grade level.\n\nFor reference, the cut for Standard Met is 2528 in ELA.',
      },
    ),
    p(
      'Carta para la familia de mi alumno Dylan Ocampo (ID 551902): STAAR lectura 1534 / Meets Grade Level, matemáticas 1419 / Approaches, TELPAS Advanced High. El examen de la unidad vale 100 puntos.',
      ['Dylan Ocampo', '551902', '1534 / Meets Grade Level', '1419 / Approaches', 'Advanced High'],
      ['100 puntos'],
      {
        answer:
          'Dylan obtuvo **1534 puntos, nivel "Cumple con el nivel de grado"** en lectura, y en matemáticas 1419 puntos. En inglés logró **Avanzado Alto**.',
      },
    ),
  ]);

  test('a grade’s band, a book’s measure and a cut score are no child’s result', () => {
    const found = (t: string) => findStateTestResults(t).map((r) => r.text);
    expect(found('Keep her in the 925L-1185L band.')).toEqual([]);
    expect(found('Try Holes (Louis Sachar, 660L) or *Frindle* (830L).')).toEqual([]);
    expect(found('The cut score for Standard Exceeded is 2582.')).toEqual([]);
    expect(found('Advanced High School Physics')).toEqual([]);
    expect(found('Her scores (560L, 390Q) are below band.')).toEqual(['560L', '390Q']);
  });
});
