import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findFamilyContactPhones } from '../../lib/redaction/family-contact-phones';

/**
 * A family's eight-digit phone (4-4, Central America and Cuba) written after the family member it reaches is
 * redacted; a school's number, a range of years or hours, and a number with no family word before it stay
 * (lib/redaction/family-contact-phones.ts). Written for this file (2 Dec 2026), in no corpus part.
 */
describe("a family's eight-digit phone after the family member", () => {
  testDetailProbes([
    p(
      'Profe, para la reunión: el encargado de Yeferson es su tío Cristhian Amaya 8812-3307. La abuela de Dayana, doña Marta Lino (9456 0021), recoge los viernes. Yeferson tiene 58 en Matemáticas.',
      ['8812-3307', '9456 0021'],
      ['Matemáticas'],
      { language: 'es' },
    ),
    p(
      'Nota: vive con la madrina en reparto Los Pinos, teléf. 7641 2290. Escuela Primaria José Martí, teléfono de dirección 7203 5511.',
      ['7641 2290'],
      ['7203 5511'],
      { language: 'es' },
    ),
  ]);

  const found = (t: string) => findFamilyContactPhones(t).map((d) => d.text);

  test('family words before the number, in the same sentence', () => {
    expect(found('Mamá de Ariel: Noemí Suazo 3390-1172')).toEqual(['3390-1172']);
    expect(found('el papá de Jonás es Mauricio Ulloa (+504 8870-2231)')).toEqual(['+504 8870-2231']);
    expect(found("Kiera's grandma can be reached at 6620 4418 after 5")).toEqual(['6620 4418']);
  });

  test('ranges, school numbers and numbers far from a family word stay', () => {
    expect(found('Mamá de Ariel vino a la reunión del ciclo 2019-2020')).toEqual([]);
    expect(found('El papá puede venir de 0800-1200 el lunes')).toEqual([]);
    expect(found('La mamá llamó a la escuela, teléfono de la escuela 2288-4410')).toEqual([]);
    expect(found('Mamá de Ariel estuvo. Código del curso 4410-2231')).toEqual([]);
    expect(found('Inventario del aula 3301-2290')).toEqual([]);
    expect(found('Mamá: Noemí, 3390-1172-55')).toEqual([]);
    // The last eight digits of a longer number are part of it ("+44 20 7946 0958", "(555) 1234 5678").
    expect(found('Her mom: +44 20 7946 0958 or (555) 1234 5678')).toEqual([]);
  });
});
