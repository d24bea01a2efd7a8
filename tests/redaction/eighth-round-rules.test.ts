import { describe, expect, test } from 'vitest';
import { probe as p, redactedText, testDetailProbes, testLookAlikes, type Probe } from './probe-score';

/**
 * The rules generalised by kind from the seventh and eighth held-out parts' misses and wrongly redacted
 * look-alikes (tests/fixtures/redaction/README.md), each checked on sentences that appear in no corpus part
 * (written 1 Dec 2026). Every detail shape has a look-alike of the same shape beside it that must stay.
 */
const details: Probe[] = [
  // A quoted "Last, First" cell in a CSV export: the row still lines up with its header.
  p(
    'Student,ID,SIS Login ID,Essay 2: Argument (4410),Current Score\n"Marlowe, Tavish",60211,tmarlowe29,14,71.5\n"Quintero-Bell, Odalys",60218,oquinterobell29,19,92.0',
    ['Marlowe', 'Tavish', '60211', 'tmarlowe29', 'oquinterobell29', '71.5', '92.0', 'Odalys'],
  ),
  // A nickname in a name cell, and "Last, First" with two-word names, are the same child elsewhere.
  p(
    'id,nombre,nota\n5512,"Ibarra Solís, Ana Lucía (Lulú)",8\n5519,"Paz, Tomás",6',
    ['Lulú', 'Ana Lucía Ibarra Solís', 'Tomás'],
    [],
    { language: 'es', answer: 'Lulú va muy bien; Ana Lucía Ibarra Solís y Tomás, a la reunión.' },
  ),
  // Subjects followed by their marks, in English and Spanish report-card notes.
  p('My student Tavish Marlowe is failing algebra (52%) and English (D-) this quarter.', ['52%', 'D-']),
  p(
    'Mi alumna Odalys Quintero lleva Matemáticas 4, Historia 6, Ciencias Naturales (5.5).',
    ['Matemáticas 4', '6', '5.5'],
    [],
    {
      language: 'es',
    },
  ),
  p('Mi alumno Pablo Ibarra trae un 3 en matemáticas y una D en inglés.', ['3', 'D'], [], { language: 'es' }),
  p('My student Renzo got an F in Physics and a C- in Geometry.', ['F', 'C-']),
  // A scale's name before the child's score.
  p('My student Luz Ordaz is at WIDA level 1.7 and her RIT 164 is the lowest in the grade.', ['1.7', '164']),
  p('Student: Bram Kessler — composite 2.6, reading level E.', ['2.6', 'E']),
  // Marks counted, a standards mark said of the child, a percentage "at".
  p("My student Cyrus is pulling C's and D's now; last year he was a 4 on every standard.", ["C's and D's"]),
  p('Student: Wren Alcott — 3s across the board, great reader', ['3s']),
  p('He was a 2 in writing last trimester, my student Cyrus.', ['2']),
  p('My student Mina Castell is at 58.4% right now.', ['58.4%']),
  // Spanish marks in words, repeated years, failed subjects, and a run of marks.
  p(
    'Mi alumna Lorena Vidal pasó de sobresaliente a suspender Lengua y repite curso.',
    ['sobresaliente', 'suspender', 'repite curso'],
    [],
    {
      language: 'es',
    },
  ),
  p('Mi estudiante Cristian Mejía perdió 3 materias en el primer periodo.', ['perdió 3 materias'], [], {
    language: 'es',
  }),
  p('Mi alumna Antonia Pizarro tiene notas 6,2 / 5,4 / 3,9 en el semestre.', ['6,2 / 5,4 / 3,9'], [], {
    language: 'es',
  }),
  p('El alumno Mateo saca "En proceso" en Ciencias Sociales.', ['En proceso'], [], { language: 'es' }),
  // Marks that need no cue: a report card's run of subjects with letters, a proficiency decimal, a keyed score.
  p('Portal today: Lengua 41% (F), Historia 77% (C), Arte 98% (A).', ['41%', '77%', '98%', 'F']),
  p('Newcomers: Dmitri (gr 3, ACCESS composite 1.6), Ha-eun (RIT 158).', ['1.6', '158']),
  p('**Odile (48/100):** Odile, your thesis needs evidence.\n**Ravi (91/100):** Ravi, strong work.', [
    '48/100',
    '91/100',
  ]),
  p('sam p - 57/100. see me about the sources', ['57/100']),
  // A score after a known child's name, with its band before it or another score after it.
  p('Student: Nadia Ferro\n\n- **Nadia Ferro** (Insuficiente, 3,6): Nadia needs support.', ['3,6'], [], {
    language: 'es',
  }),
  // Health in parents' words, medicines, devices, allergens, self-harm, screening results, a health card.
  p("[7:02 PM] Dana (Eli's mom): hi! my son Eli threw up twice and has a fever of 101, giving him ibuprofen", [
    'threw up',
    'fever of 101',
    'ibuprofen',
  ]),
  p(
    'Mi hijo Beto amaneció con calentura, el pediatra dice que es otitis y le dio amoxicilina.',
    ['calentura', 'otitis', 'amoxicilina'],
    [],
    {
      language: 'es',
    },
  ),
  p('My student Hana checks her Dexcom before lunch; a CGM alarm means she may leave.', ['Dexcom', 'CGM alarm']),
  p(
    'Mi alumno Iker es alergico al kiwi y lleva epinefrina autoinyectable.',
    ['alergico al kiwi', 'epinefrina autoinyectable'],
    [],
    {
      language: 'es',
    },
  ),
  p('my student Tess told me she has been cutting herself; I saw healed cuts on her wrist.', [
    'cutting herself',
    'healed cuts on her wrist',
  ]),
  p('Student: Omar Valdés | T.I. 1.044.223.118 | EPS: Salud Total | RH: B+', ['Salud Total', 'B+']),
  p('My student Lior: vision screening flagged 20/100, mom will take him to the eye doctor.', ['20/100']),
  // Services with minutes and accommodations, in English and Spanish.
  p('| Student | Services |\n|---|---|\n| Tomas Ekwueme | 180/wk resource math + OT 30/mo |', [
    '180/wk resource math',
    'OT 30/mo',
  ]),
  p('My student Ilse has a 504 for migraines: testing in alternate room, frequent breaks.', [
    '504 for migraines',
    'testing in alternate room',
    'frequent breaks',
  ]),
  p(
    'Mi alumna Nerea sale con la PT 2 sesiones y tiene adaptación de acceso en exámenes.',
    ['sale con la PT 2 sesiones', 'adaptación de acceso en exámenes'],
    [],
    {
      language: 'es',
    },
  ),
  p(
    'Mi alumno Kevin: USAER propone ajustes razonables y hay evaluación del habla pendiente.',
    ['ajustes razonables', 'evaluación del habla pendiente'],
    [],
    {
      language: 'es',
    },
  ),
  // A condition found about a child, echoed in the answer's paragraph about that child with no cue of its own.
  p('Mi alumno Bruno Salas tiene asma y falta a veces.', ['asma'], [], {
    language: 'es',
    answer: '**Familia Salas (Bruno)**\nGracias por venir. Sabemos que el asma a veces no le permite venir.',
  }),
  // National IDs: a CURP and a RUT by shape, a Colombian T.I., an Argentine or Spanish DNI after its label, a
  // district-prefixed ID under an `id` key.
  p('Alumno: Iván Torres Leal, CURP TOLI140905HJCRLV03, pasa a 5º.', ['TOLI140905HJCRLV03'], [], { language: 'es' }),
  p('Apoderado de Josefa, RUT 22.417.903-K, pide reunión.', ['22.417.903-K'], [], { language: 'es' }),
  p('la niña Manuela Ortiz T.I. 1.038.442.190 llegó tarde', ['1.038.442.190'], [], { language: 'es' }),
  p('Tomás (DNI 53.118.402) y Paula, DNI 48392015W, faltaron.', ['53.118.402', '48392015W'], [], { language: 'es' }),
  p('```js\nconst kids = [{ nombre: "Elisa Paz", id: "AISD-7731029" }];\n```', ['AISD-7731029', 'Elisa Paz']),
];

const lookAlikes: [string, string[]][] = [
  // A course name with its number, a product name with letters, a unit and a chapter stay.
  [
    'My student Ivo is in English 10 and Algebra 2 this year, using Reading A-Z books.',
    ['English 10', 'Algebra 2', 'Reading A-Z'],
  ],
  ['Students read chapter 5 in science and answer 3 in math on page 41.', ['chapter 5', 'page 41']],
  // A historical date and a fraction in a lesson, a level of a book series with no child.
  [
    'The Treaty of 1848 ceded half of Mexico; 3/4 of the class finished the level 2 reader.',
    ['1848', '3/4', 'level 2'],
  ],
  // A worked example with scores and a notable in its ordinary sense.
  ['Ejemplo: un alumno saca 6 en Lengua y 8 en Historia. ¿Cuál es su media?', ['6 en Lengua']],
  ['Fue un avance notable de la ciencia en 1928.', ['notable', '1928']],
  // A CSV of books with a quoted title and a comma: no column names children.
  [
    'Title,Author,Year\n"Como agua para chocolate, novela",Laura Esquivel,1989\n"Holes",Louis Sachar,1998',
    ['Laura Esquivel', '1989'],
  ],
  // A grading policy has no letters; a band of a proficiency scale in a lesson is a whole number or a range.
  ['Weighting: Reading 40%, Math 35%, Science 25%.', ['40%', '35%', '25%']],
  ['Students at WIDA levels 1–2 and WIDA level 3 get sentence frames.', ['1–2', '3']],
  // A bold heading with points, a list line of pages.
  [
    '**Part B (20 points):** answer in full sentences.\n- Chapter 4 - 12/15 pages read by the class',
    ['20 points', '12/15'],
  ],
  // The same words in lessons: the Great Depression, a fever in a novel, a phone's label, a drink.
  ['My student Lola wrote about the Great Depression and the fever in Little Women.', ['Depression']],
  ['Mi alumna Rocío leyó sobre la Gran Depresión; tel 555-0100 de la escuela.', ['Depresión']],
  ['My student Amir drinks tea with honey in the story we read.', ['tea']],
  // A condition in a lesson paragraph that names no child stays even when a child's note names it.
  ['Asthma affects the airways. Students chart asthma rates by state.', ['Asthma', 'asthma']],
  // Dotted numbers in a lesson: a population, a price, a year range, an ISBN.
  ['Bogotá tiene 7.968.095 habitantes y el boleto cuesta 2.950 pesos (1998-2024).', ['7.968.095', '2.950']],
  ['ISBN 978-84-376-0494-7; la CURP tiene 18 caracteres.', ['978-84-376-0494-7']],
  // Characters of widely taught novels and Hispanic Heritage figures, beside a child's note.
  [
    '| Alumno | Nota |\n|---|---|\n| Rosa Quiroga | 88/100, analiza a Tita de la Garza y a Pedro Páramo |',
    ['Tita de la Garza', 'Pedro Páramo'],
  ],
  ['My student Ines Marr did her project on Dolores Huerta and Celia Cruz.', ['Dolores Huerta', 'Celia Cruz']],
  // A well-known person with a middle initial the list does not carry, as a school's name.
  ['I teach homeroom (room 9, Sonia M. Sotomayor Academy); my student Rafa is new.', ['Sonia M. Sotomayor']],
  // Role mailboxes of a school in Spanish and Catalan.
  [
    'My student Teo: write to familias@eastwoodsd.example.org or cuina@escolaelpi.cat.',
    ['familias@eastwoodsd.example.org'],
  ],
  // A school's signature: the phone after its address line, a switchboard with an extension, a colonia's name,
  // a "Tel." label; a leader of independence beside a child's note.
  [
    'My student Dara Voss needs a letter of recommendation.\nSincerely,\nMs. Ode, Chemistry Teacher, Eastfield High School\n90 Pine Ave, Erie, PA 16501 | (814) 555-0100',
    ['(814) 555-0100', '90 Pine Ave'],
  ],
  [
    'Colegio Miraflores — Primaria\nAv. Juárez 12, col. Santa María la Ribera, CDMX · Tel. 55 5123 4400 ext. 12\nMi alumna Inés Lara tiene asma.',
    ['55 5123 4400', 'Santa María la Ribera', 'Tel'],
  ],
  [
    'Mi alumno Brayan hizo la exposición sobre Antonio Nariño y Policarpa Salavarrieta.',
    ['Antonio Nariño', 'Policarpa Salavarrieta'],
  ],
];

describe('rules from the seventh and eighth held-out parts', () => {
  test("a child's first name stays inside a place: a saint's town, a city before its state and ZIP, a street", () => {
    const out = redactedText({
      text: 'Student: Ana Lucero. Parent: Austin Lucero (dad). Ana and Austin visited.',
      details: [],
      kept: [],
      answer: 'District office: 1200 Commerce Pkwy, Austin, TX 78744. Bus from Santa Ana Depot, 88 Lucero Rd.',
    });
    expect(out).toContain('Austin, TX 78744');
    expect(out).toContain('Santa Ana Depot');
    expect(out).not.toContain('Ana and');
  });

  test("a family's phone beside the school's name is still the family's", () => {
    const out = redactedText({
      text: "Eastfield High School\nMy student Dara Voss: her mom's cell is (814) 555-0177.",
      details: [],
      kept: [],
    });
    expect(out).not.toContain('555-0177');
  });

  test('a condition echoed beside a known child goes; the same word in a lesson paragraph that names no child stays', () => {
    const out = redactedText({
      text: 'Mi alumno Bruno Salas tiene asma y falta a veces.',
      details: [],
      kept: [],
      language: 'es',
      answer:
        'Bruno: sabemos que el asma a veces no le permite venir.\n\nEl asma es una enfermedad común; la estudiamos en 5º.',
    });
    expect(out).toContain('El asma es una enfermedad común');
    expect(out).not.toContain('que el asma');
  });

  testDetailProbes(details);

  testLookAlikes(lookAlikes);
});
