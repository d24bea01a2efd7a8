import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findMemberAndCaseNumbers } from '../../lib/redaction/member-and-case-numbers';
import { findAbbreviatedBirthDates } from '../../lib/redaction/abbreviated-birth-labels';

/**
 * Health-plan member numbers, Argentina's CUIL, regional student numbers, juvenile case numbers and birth dates after
 * "nac." are redacted; counts, codes and history dates that share their shapes are not
 * (lib/redaction/member-and-case-numbers.ts, abbreviated-birth-labels.ts). Made-up probes written for this file
 * (2 Dec 2026), in no corpus part.
 */
describe('member, tax, regional and case numbers, and abbreviated birth dates', () => {
  testDetailProbes([
    p(
      'Armá la planilla del campamento:\n- Renata Ojeda Villar — DNI 47.552.018 — nac. 08/09/2009 — IOSFA afiliada 44-901233-01 — celíaca — mamá Paula Villar, CUIL 27-29441876-3.',
      ['Renata Ojeda Villar', '47.552.018', '08/09/2009', '44-901233-01', 'Paula Villar', '27-29441876-3'],
      [],
      {
        language: 'es',
        answer: '| Renata Ojeda Villar | 47.552.018 | nac. 08/09/2009 | IOSFA, afiliada 44-901233-01 |',
      },
    ),
    p(
      'Parte de incidencia: Izan Belmonte Ruiz (2º B, NRE 30027719904) rompió una ventana. Canarias: Airam Déniz, CIAL B38F0092211.',
      ['Izan Belmonte Ruiz', '30027719904', 'B38F0092211'],
      [],
      { language: 'es' },
    ),
    p(
      'Court liaison note. Student: Dashawn Tolliver, ID 772104, 9th grade. Case JV-25-04471: conditions of probation. Medicaid ID 440918273.',
      ['Dashawn Tolliver', '772104', 'JV-25-04471', '440918273'],
      ['9th grade'],
    ),
  ]);

  test('counts, lesson codes and history dates are none of these', () => {
    const ids = (t: string) => findMemberAndCaseNumbers(t).map((d) => d.text);
    expect(ids('Hay 3 afiliados nuevos y afiliado 12 en la lista.')).toEqual([]);
    expect(ids('Case study 2: the water cycle (pages 20-34).')).toEqual([]);
    expect(ids('Tabla de multiplicar: 20-12345678 no es nada.')).toEqual([]);
    expect(ids('Afiliado: 20459027714/00')).toEqual(['20459027714/00']);
    const dates = (t: string) => findAbbreviatedBirthDates(t).map((d) => d.text);
    expect(dates('San Martín, nac. 25/02/1778 en Yapeyú.')).toEqual([]);
    expect(dates('La nación celebra el 25/05/2026.')).toEqual([]);
    expect(dates('Ficha: nac. 3/1/2010')).toEqual(['3/1/2010']);
  });
});
