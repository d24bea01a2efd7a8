import { describe, expect, test } from 'vitest';
import { findNationalNumbers, nationalFormats } from '../../lib/redaction/national-numbers';
import { testDetailProbes, testLookAlikes, probe as p } from './probe-score';

/**
 * Identity and phone numbers in the national formats of lib/redaction/national-numbers.ts, made up for this file
 * (1 Dec 2026), in no corpus part; each beside a number of the same shape that is no one's.
 */
describe('national identity and phone formats', () => {
  testDetailProbes([
    p(
      'Matrícula 2027, mis estudiantes nuevos:\n- Ignacio Solano, céd. 2-0918-0337, cel papá 7012-4456\n- Abril Mena, cédula 6-0544-0129',
      ['2-0918-0337', '7012-4456', '6-0544-0129'],
      [],
      { language: 'es' },
    ),
    p(
      'Boleta del alumno Yusmary Pérez, C.I. V-30.118.442; su hermano Jhonny, cédula E-28.774.105.',
      ['V-30.118.442', 'E-28.774.105'],
      [],
      { language: 'es' },
    ),
  ]);
  testLookAlikes([
    ['El ejercicio 3-1415-9265 de la guía tiene los dígitos de pi en grupos.', ['3-1415-9265']],
    ['Inventario del aula: cajas 1200-1450 y 1500-1750, estante 3.', ['1200-1450']],
  ]);

  test('every format says where it comes from', () => {
    for (const f of nationalFormats) expect(f.source.length).toBeGreaterThan(20);
  });
  test('a Costa Rican cédula counts after its label, not alone', () => {
    expect(findNationalNumbers('céd 1-2311-0442').map((d) => d.text)).toEqual(['1-2311-0442']);
    expect(findNationalNumbers('página 1-2311-0442')).toEqual([]);
  });
});
