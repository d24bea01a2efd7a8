import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes } from './probe-score';
import { classifyFieldName } from '../../lib/redaction/field-names';
import { findSingaporeNrics, hasNricCheckLetter } from '../../lib/redaction/singapore-nric';
import { isOutOfMarkHeader } from '../../lib/redaction/out-of-mark-headers';
import { findMemberAndCaseNumbers } from '../../lib/redaction/member-and-case-numbers';
import { findGroupListNames } from '../../lib/redaction/group-lists';
import { findAssessmentOutcomePhrases } from '../../lib/redaction/assessment-outcome-phrases';
import { findBirthdayPhrases } from '../../lib/redaction/birthday-phrases';
import { findBirthDateRows } from '../../lib/redaction/birth-date-rows';

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

describe('Singapore NRIC and FIN numbers (singapore-nric.ts)', () => {
  const found = (t: string) => findSingaporeNrics(t).map((d) => d.text);
  test('by shape and check letter anywhere; with a wrong letter only after the label', () => {
    expect(hasNricCheckLetter('S', '1234567', 'D')).toBe(true);
    expect(hasNricCheckLetter('S', '1234567', 'A')).toBe(false);
    expect(found('Parent form: S1234567D, returned Monday.')).toEqual(['S1234567D']);
    expect(found('nric: T1198765C')).toEqual(['T1198765C']);
    expect(found('NRIC numbers (T1234567J, T1198765C, T1145920B)')).toEqual(['T1234567J', 'T1198765C', 'T1145920B']);
  });
  test('the shape with a wrong check letter and no label, or inside a longer code: nothing', () => {
    expect(found('Order T1198765C ships from bay S2.')).toEqual([]);
    expect(found('Part XS1234567DZ is a longer code.')).toEqual([]);
  });
});

describe('marks headed by what they are out of, beside a Name column (out-of-mark-headers.ts)', () => {
  test('out-of headers', () => {
    expect(isOutOfMarkHeader('SBQ (/25)')).toBe(true);
    expect(isOutOfMarkHeader('Quiz 3 /10')).toBe(true);
    expect(isOutOfMarkHeader('Essay (out of 20)')).toBe(true);
    expect(isOutOfMarkHeader('Prueba (sobre 10)')).toBe(true);
    expect(isOutOfMarkHeader('Max (/25)')).toBe(false);
    expect(isOutOfMarkHeader('Known for')).toBe(false);
    expect(isOutOfMarkHeader('Born (year)')).toBe(false);
  });
  testDetailProbes([
    p(
      'My LaTeX table for the Sec 2 Geography review:\n\\begin{tabular}{l l r r}\n\\hline\nIndex & Name & MCQ (/20) & SRQ (/30) \\\\\n\\hline\n05 & Ong Jun Wei & 15 & 22 \\\\\n11 & Siti Nurhaliza binte Osman & 12 & 19 \\\\\n\\hline\n\\end{tabular}',
      ['Ong Jun Wei', 'Siti Nurhaliza binte Osman', '15 & 22', '12 & 19'],
      ['Geography review'],
    ),
    p('Results:\n| Name | Quiz (out of 10) |\n|---|---|\n| Kavitha d/o Raman | 8 |\n| Joel Ang | 6 |', [
      'Kavitha d/o Raman',
      'Joel Ang',
    ]),
  ]);
  testLookAlikes([
    [
      'Timeline:\n| Name | Known for |\n|---|---|\n| Stamford Raffles | founding the port |\n| William Farquhar | first Resident |',
      ['Stamford Raffles', 'William Farquhar'],
    ],
  ]);
});

describe('admission numbers and referral references (member-and-case-numbers.ts)', () => {
  const found = (t: string) => findMemberAndCaseNumbers(t).map((d) => d.text);
  test('after "adm." or "admission no", and a referral’s reference after its service', () => {
    expect(found('**Thando Mokoena** (adm. 2021-0388) — signed')).toEqual(['2021-0388']);
    expect(found('Admission No: 40922')).toEqual(['40922']);
    expect(found('Referred to CAMHS (ref 24-11093) last week.')).toEqual(['24-11093']);
  });
  test('an admin word, a building or a plain reference: nothing', () => {
    expect(found('Adm. Building 3 is closed; admin 2 runs the desk.')).toEqual([]);
    expect(found('See ref 24-11093 in the textbook index.')).toEqual([]);
  });
});

describe('a block and house of an Argentine barrio (spanish-addresses.ts)', () => {
  testDetailProbes([
    p('Mi alumna Milagros Antieco vive con su tía en Barrio Progreso, Manzana 7, Casa 12, desde octubre.', [
      'Barrio Progreso, Manzana 7, Casa 12',
    ]),
  ]);
  testLookAlikes([['La manzana 7 del plano del barrio muestra la plaza fundacional.', ['manzana 7']]]);
});

describe('group lists with a note on a child, a clause, or one child in a group (group-lists.ts)', () => {
  const found = (t: string) => findGroupListNames(t).map((d) => d.text);
  test('notes in parentheses and a trailing clause are not items; a lone full name beside sibling groups', () => {
    const text = [
      '- Grupo Teide: Ancor Díaz Mesa (refuerzo en Lengua; lee despacio) y Daniel Cabrera.',
      '- Grupo Roque: Laura Padrón (altas capacidades) y Carlos Hernández.',
      '- Grupo Nublo: Yaiza Perera, que llegó de Cuba en octubre.',
    ].join('\n');
    expect(found(text)).toEqual([
      'Ancor Díaz Mesa',
      'Daniel Cabrera',
      'Laura Padrón',
      'Carlos Hernández',
      'Yaiza Perera',
    ]);
  });
  test('a lone name with no sibling list of children, and groups of things, stay', () => {
    expect(found('Group 1: Abraham Lincoln, who freed the slaves.')).toEqual([]);
    expect(found('- Grupo A: Mercurio (el planeta) y Venus.\n- Grupo B: Marte.')).toEqual([]);
  });
});

describe('how a child did, in notes’ phrases (assessment-outcome-phrases.ts)', () => {
  const found = (t: string) => findAssessmentOutcomePhrases(t).map((d) => d.text);
  test('marks on a named assessment, with Uruguay’s scale word, failed subjects, missing work, attendance, therapy counts', () => {
    expect(found('Mi hijo sacó 13 en la práctica de ciencias.')).toEqual(['13']);
    expect(found('le fue mal en el escrito, un 3 (regular)')).toEqual(['3']);
    expect(found('sacó 5, regular')).toEqual(['5']);
    expect(found('Desaprobó 3 materias en el trimestre.')).toEqual(['Desaprobó 3 materias']);
    expect(found('He is failing two classes.')).toEqual(['failing two classes']);
    expect(found('Nia has 4 missing assignments.')).toEqual(['4 missing assignments']);
    expect(found('Attendance 76% this term; asistencia 0.88')).toEqual(['76%', '0.88']);
    expect(found('Acertó 7 de 10. 4 bloqueos/min; 5 blocks in 3 min; SSI-4 score 18')).toEqual([
      '7 de 10',
      '4 bloqueos/min',
      '5 blocks in 3 min',
      '18',
    ]);
  });
  test('a lesson’s numbers: a question on page 11, a regular polygon, a count of blocks built', () => {
    expect(found('En la práctica 11 resolvemos el ejercicio 4 (regular polygons).')).toEqual([]);
    expect(found('Students stack 6 blocks and measure 5 minutes.')).toEqual([]);
    expect(found('La unidad tiene 4 materias optativas.')).toEqual([]);
  });
  testDetailProbes([
    p(
      'Mensaje de la mamá (11 5555-0192) de mi alumno Bautista Ocampo, DNI 54.312.887: sacó 9 en la práctica de matemática y tiene 2 tareas sin entregar.',
      ['9 en la práctica', '2 tareas sin entregar'],
    ),
  ]);
});

describe('more phrases of how a child did (assessment-outcome-phrases.ts)', () => {
  const found = (t: string) => findAssessmentOutcomePhrases(t).map((d) => d.text);
  test('a score after a possessive or a closing dash, days absent, a Chilean numbered mark, a decimal after a name', () => {
    expect(found('Her 41/80 in theory is the lowest.')).toEqual(['41/80']);
    expect(found("Owen's 9/30 on CA2 worries me.")).toEqual(['9/30']);
    expect(found('- Meera Iyer (roll 24110901) — 27/100.')).toEqual(['27/100']);
    expect(found('absent 2 wks (typhoid); in a 3-minute sample she had 4 blocks')).toEqual([
      'absent 2 wks',
      '4 blocks',
    ]);
    expect(found('explica la N3 de 3,4')).toEqual(['3,4']);
    expect(found('así que su 4.9 debe revisarse; Destacado: Pablo Uc con 9.6.')).toEqual(['4.9', '9.6']);
  });
  test('a recipe’s fraction, a mixture, a count of blocks built: nothing', () => {
    expect(found('Add her 3/4 cup of flour; mix with 2.5 litres.')).toEqual([]);
    expect(found('Each group had 6 blocks to stack.')).toEqual([]);
  });
});

describe('a birthday by its verb (birthday-phrases.ts)', () => {
  const found = (t: string) => findBirthdayPhrases(t).map((d) => `${d.kind}: ${d.text}`);
  test('"cumple el", "el cumple de X el", "birthday is"', () => {
    expect(found('Tomás cumple el 3/5 (nació en 2018).')).toEqual(['dateOfBirth: 3/5']);
    expect(found('la torta para el cumple de Tomás el 3/5')).toEqual(['dateOfBirth: 3/5']);
    expect(found("Ivy's birthday is 9/3.")).toEqual(['dateOfBirth: 9/3']);
  });
  test('a deadline that "se cumple" on a day, a fraction: nothing', () => {
    expect(found('El plazo se cumple el 14/12.')).toEqual([]);
    expect(found('Cumple la tarea: simplifica 3/5.')).toEqual([]);
  });
});

describe('birth dates in the rows of a data frame printed with spaces (birth-date-rows.ts)', () => {
  const found = (t: string) => findBirthDateRows(t).map((d) => d.text);
  test('one pupil-year date per row under a header naming a birth date', () => {
    const frame = [
      '          id          nombre  nacimiento  nota',
      '0  AB1203  Rosa Pech Uc  2013-04-02   8.1',
      '1  AB1207  Luis Can      2012-12-19   6.0',
    ].join('\n');
    expect(found(frame)).toEqual(['2013-04-02', '2012-12-19']);
  });
  test('no birth-date header, a date of a historic year, or two dates in a row: nothing', () => {
    expect(found('     id  name  due\n0  AB1  Rosa  2013-04-02')).toEqual([]);
    expect(found('  name  dob  died\n0  Ada Lovelace  1815-12-10  1852-11-27')).toEqual([]);
    expect(found('  nombre  nacimiento  alta\n0  Rosa  2013-04-02  2024-09-01')).toEqual([]);
  });
});

describe('India’s mobiles after a phone cue (national-numbers.ts)', () => {
  testDetailProbes([
    p('My student Tanvi Rao (roll 24119020) was absent; her father asked for a call on 99001 55432.', ['99001 55432']),
  ]);
  testLookAlikes([['The census counted 98450 55321 people in two columns.', ['98450 55321']]]);
});

describe('Welsh IDPs, one-to-one support and reading aloud (learner-status-and-care-terms.ts)', () => {
  testDetailProbes([
    p('Notes on my student Cerys Morgan: IDP for numeracy, 1:1 support at lunch.', [
      'IDP for numeracy',
      '1:1 support at lunch',
    ]),
    p('Sobre mi alumno Thiago Pérez: es disléxico, no hacerlo leer en voz alta.', ['no hacerlo leer en voz alta']),
  ]);
  testLookAlikes([
    ['Read the IDP camp report on displaced families and take turns reading aloud.', ['IDP camp report']],
  ]);
});
