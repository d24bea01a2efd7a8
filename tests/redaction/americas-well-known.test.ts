import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes, type Probe } from './probe-score';
import { isCommonSurname } from '../../lib/redaction/common-surnames';
import { isInInstitutionName } from '../../lib/redaction/institution-names';

/**
 * The national heroes and best-known writers and musicians of the Spanish-speaking countries, US picture-book
 * authors with their titles and characters, US history figures schools were named for
 * (lib/redaction/data/well-known-americas.json); schools named by their kind and number before the person
 * (institution-names.ts); and common surnames, which a well-known person's name does not keep for a child in the
 * same trace (common-surnames.ts). Sentences written for this file (1 Dec 2026), in no corpus part.
 */
const details: Probe[] = [
  p(
    'Para el acto patrio, mi alumno Keiner Mosquera (ID 55091) recitará sobre Gregorio Luperón y Salomé Ureña; tiene asma.',
    ['Keiner Mosquera', '55091', 'asma'],
    ['Gregorio Luperón', 'Salomé Ureña'],
  ),
  p(
    'Mi alumna Daleska Ortiz (cód. 3391) leyó "Los motivos del lobo" y poemas de Juana de Ibarbourou y Alfonsina Storni; tiene TDAH.',
    ['Daleska Ortiz', 'TDAH'],
    ['Los motivos del lobo', 'Juana de Ibarbourou', 'Alfonsina Storni'],
  ),
  p(
    'My student Bryce Okafor (ID 66120) has an IEP. We read Chicka Chicka Boom Boom by Bill Martin Jr. and John Archambault, then Drum Dream Girl by Margarita Engle.',
    ['Bryce Okafor', '66120', 'IEP'],
    ['Chicka Chicka Boom Boom', 'Bill Martin Jr.', 'John Archambault', 'Drum Dream Girl', 'Margarita Engle'],
  ),
  // A school named for a poet keeps the poet; the child in the same line still goes.
  p(
    'Mi alumna Yamilet Condori, DNI 71234590, viene de la I.E. N° 2045 "Ricardo Palma" de Arequipa; tiene asma.',
    ['Yamilet Condori', '71234590', 'asma'],
    ['Ricardo Palma'],
  ),
  // A common surname of a hero named in the lesson still names the child who carries it.
  p(
    'Mi alumna Xiomara Sánchez (ID 40912) tiene asma. Hoy estudiamos a Francisco del Rosario Sánchez. Sánchez faltó ayer por la tos.',
    ['Xiomara Sánchez', '40912', 'asma'],
    ['Francisco del Rosario Sánchez'],
  ),
];

const lookAlikes: [string, string[]][] = [
  [
    'Unidad de la independencia: Juan Pablo Duarte, Matías Ramón Mella y las Hermanas Mirabal; canción de Chabuca Granda y cuentos de María Elena Walsh.',
    ['Juan Pablo Duarte', 'Matías Ramón Mella', 'Hermanas Mirabal', 'Chabuca Granda', 'María Elena Walsh'],
  ],
  [
    'Lesson: Andrés Eloy Blanco and César Vallejo wrote for children too; compare with Rafael Pombo and Aquiles Nazoa.',
    ['Andrés Eloy Blanco', 'César Vallejo', 'Rafael Pombo', 'Aquiles Nazoa'],
  ],
  [
    'Read-aloud week: Pete the Cat: I Love My White Shoes by Eric Litwin and James Dean, and Frog and Toad Are Friends by Arnold Lobel.',
    ['Pete the Cat', 'Eric Litwin', 'James Dean', 'Frog and Toad Are Friends', 'Arnold Lobel'],
  ],
  [
    'Civil War unit: Jefferson Davis and Stonewall Jackson for the Confederacy, Clara Barton and Robert Smalls for the Union.',
    ['Jefferson Davis', 'Stonewall Jackson', 'Clara Barton', 'Robert Smalls'],
  ],
];

describe('well-known people and works of the Americas', () => {
  testDetailProbes(details);
  testLookAlikes(lookAlikes);

  test('a school named by its kind and number keeps the person it is named for', () => {
    const text = 'Viene de la I.E. N° 30452 "José Olaya" y de la Unidad Educativa Juan Montalvo.';
    const at = (name: string) => [text.indexOf(name), text.indexOf(name) + name.length] as const;
    expect(isInInstitutionName(text, ...at('José Olaya'))).toBe(true);
    expect(isInInstitutionName(text, ...at('Juan Montalvo'))).toBe(true);
    expect(isInInstitutionName('Su hermano José Olaya viene mañana.', 12, 22)).toBe(false);
  });

  test('common surnames, with or without accents', () => {
    expect(isCommonSurname('Sánchez')).toBe(true);
    expect(isCommonSurname('Johnson')).toBe(true);
    expect(isCommonSurname('Luperón')).toBe(false);
  });
});
