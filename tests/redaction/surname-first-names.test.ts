import { describe, expect, test } from 'vitest';
import { findSurnameFirstNames } from '../../lib/redaction/surname-first-names';
import { testDetailProbes, testLookAlikes, probe as p } from './probe-score';

/**
 * Children written surname first, as a register writes them (lib/redaction/surname-first-names.ts). Made up for
 * this file (1 Dec 2026), in no corpus part; each beside a line of the same shape that names no child.
 */
describe('a register line, surname first', () => {
  testDetailProbes([
    p(
      'Legajos de 4.º A, faltan fotos:\n- ARRIAGA, Valentina Sol — DNI 51.220.319 — alergia a la penicilina\n- Quiroga Paz, Tomás "Tomi" — DNI 50.998.114',
      ['ARRIAGA', 'Valentina Sol', 'Quiroga Paz', 'Tomi'],
      [],
      { language: 'es' },
    ),
  ]);
  testLookAlikes([
    [
      'Sources:\n- Lincoln, Abraham — Gettysburg Address, 1863\n- Douglass, Frederick — Narrative, 1845',
      ['Lincoln', 'Douglass'],
    ],
    ['See you Friday.\nWarmly, Helen Okafor', ['Helen Okafor']],
    ['Itinerary:\n- AUSTIN, Texas — day 1\n- PARIS, Monday — day 2', ['AUSTIN', 'PARIS']],
  ]);
  test('the given name must be one the lexicon knows', () => {
    expect(findSurnameFirstNames('- NOTE, Monday — bring forms')).toEqual([]);
    expect(findSurnameFirstNames('3. PAREDES LUNA, Ximena — 5.º B').map((d) => d.text)).toEqual([
      'PAREDES LUNA, Ximena',
    ]);
  });
});
