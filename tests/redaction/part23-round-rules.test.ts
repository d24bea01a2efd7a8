import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes } from './probe-score';
import { classifyFieldName } from '../../lib/redaction/field-names';

/**
 * The rules written from blind part 23's misses (2 Dec 2026), by class, on made-up probes written for this file and
 * in no corpus part.
 */
describe('identifiers named by their issuing register outside the US (state-id-and-assessment-headers.ts)', () => {
  test('NRIC and CIAL head a column or key a record of student IDs', () => {
    expect(classifyFieldName('NRIC')).toBe('studentId');
    expect(classifyFieldName('nric', 'key')).toBe('studentId');
    expect(classifyFieldName('NRIC No.')).toBe('studentId');
    expect(classifyFieldName('CIAL')).toBe('studentId');
  });
  test('words that only contain them stay unclassified', () => {
    expect(classifyFieldName('Official')).toBeNull();
    expect(classifyFieldName('Social studies')).toBeNull();
    expect(classifyFieldName('Special')).toBeNull();
  });
  testDetailProbes([
    p(
      'Fix my class YAML:\n```yaml\npupils:\n  - name: Tan Mei Xin\n    nric: S1029384D\n  - name: Lim Kai Wen\n    nric: T0856211A\nreading: "The Little Prince"\n```',
      ['S1029384D', 'T0856211A'],
      ['The Little Prince'],
    ),
    p(
      'Registro de sesiones:\nFECHA | ALUMNO/A | CIAL | CURSO | REGISTRO\n03/12 | Tanausú Rivero Mesa | B38L0041122 | 4.º | 11/20\n04/12 | Nayra Hernández Luis | B38L0047730 | 4.º | 9/20',
      ['Tanausú Rivero Mesa', 'B38L0041122', 'Nayra Hernández Luis', 'B38L0047730'],
      ['Registro de sesiones'],
    ),
  ]);
});

describe('learner status, services and care terms (learner-status-and-care-terms.ts)', () => {
  testDetailProbes([
    p('Report card comment for my student Arely Toscano: EB student (LEP), TELPAS intermediate; strong map work.', [
      'EB student',
      'TELPAS intermediate',
    ]),
    p('Comentario de boleta de mi alumno Efraín Lugo: recién llegado de Matamoros, nivel TELPAS intermedio.', [
      'recién llegado de Matamoros',
      'nivel TELPAS intermedio',
    ]),
    p('My student Dominic Falk will be moving to GT next semester; his essay on the Erie Canal was superb.', [
      'moving to GT',
    ]),
    p('Nota: mi alumna Celia Baute no puede salir en las fotos del blog.', ['no puede salir en las fotos']),
    p('My student Thea Lindqvist is still waiting on her speech eval, and her OT appointment is Friday.', [
      'speech eval',
      'OT appointment',
    ]),
    p('My student Oskar Brandt had dengue and brings an MC 5 days from the clinic.', ['dengue', 'MC 5 days']),
    p('Joel Auger has chronic ear infections (tubes in 2024) and wets the bed on trips.', [
      'chronic ear infections',
      'tubes in 2024',
      'wets the bed',
    ]),
    p('Notas de Marta Ribes: control de glucosa antes de cada comida; dificultades para dormir.', [
      'control de glucosa antes de cada comida',
      'dificultades para dormir',
    ]),
  ]);
  testLookAlikes([
    ['Dengue fever is spread by Aedes mosquitoes; students will map outbreaks in 2019.', ['Dengue fever']],
    ['The TELPAS advanced high descriptors are in the district handbook.', ['TELPAS advanced high']],
    ['Our photo unit: students take no photos of faces, only landscapes.', ['no photos']],
    ['Los inmigrantes recién llegados de Europa poblaron la pampa en 1880.', ['recién llegados de Europa']],
    ['The GT Mk I race car moved to GT class racing in 1966.', ['GT class']],
  ]);
});

describe('a school’s own signature line: undotted Argentine acronyms, Catalan schools, a liceo’s mailbox', () => {
  testDetailProbes([
    p(
      'Nota del gabinete sobre mi alumno Ezequiel Painemal, vive con su tía en Calle Los Álamos 455 (tel. 299 555 7731).\nLic. Carla Ruiz — EPET N.º 8, Av. Argentina 1200, Neuquén, tel. 299 555 4000',
      ['Ezequiel Painemal', '299 555 7731'],
      ['Av. Argentina 1200', '299 555 4000'],
    ),
    p(
      'Fitxa de la meva alumna Jana Puig Serra, mare: Montse Serra, 633 555 801.\nEscola Pompeu Fabra, carrer Major 4, 25003 Lleida, 973 555 710.',
      ['Jana Puig Serra', '633 555 801'],
      ['973 555 710'],
    ),
    p(
      'Lista de mi alumna Yendry Mora Solís, encargada: Ana Solís 8821-4410.\nLiceo de San Rafael, correo liceo.sanrafael@mep.go.cr',
      ['Yendry Mora Solís', '8821-4410'],
      ['liceo.sanrafael@mep.go.cr'],
    ),
  ]);
  testLookAlikes([['Escribe a liceo.sanrafael@mep.go.cr para la feria de ciencias.', ['liceo.sanrafael@mep.go.cr']]]);
});
