import { describe, expect, test } from 'vitest';
import { probe as p, redactedText, testDetailProbes, testLookAlikes, type Probe } from './probe-score';

/**
 * The seventh round's rules, generalised from what the fifth and sixth parts still missed, grouped by cause
 * (tests/fixtures/redaction/README.md, "After the seventh round"). Every sentence here is from no corpus part
 * (written 1 Dec 2026); each look-alike has a student detail of the same shape that must still go, so a fix that
 * only kept things, or only redacted them, fails.
 */
const details: Probe[] = [
  // First names with no cue, in a text that already holds a child and other student details.
  p(
    'Sub notes for Thursday. Marcus Bell (ID 448120) has an IEP for reading.\nHeads up: Owen leaves at 9:15 for OT. Theo and Priscilla can NOT sit together.',
    ['Marcus Bell', '448120', 'Owen', 'Theo', 'Priscilla'],
  ),
  p(
    'Permission slips for Darnell Pryce (ID 552031) are in. Still missing: Sofia Brandt.\nHi Lorraine, thanks for the update on his inhaler.',
    ['Darnell Pryce', '552031', 'Sofia Brandt', 'Lorraine'],
  ),
  p(
    'Notas: mi alumna Renata Ibáñez (matrícula 20931) tiene TDAH. Rodrigo y Mariana trabajan con ella en la mesa 2.',
    ['Renata Ibáñez', '20931', 'Rodrigo', 'Mariana'],
    [],
    { language: 'es' },
  ),
  // A first name and an initial, as notes write a child.
  p('my student Tobias Fenn (period 4) has a 504. Nadia R sits with him; Elliot S. is his reading buddy.', [
    'Tobias Fenn',
    'Nadia R',
    'Elliot S.',
  ]),
  // A newsletter's honours and a teacher's "tengo a …" name children with no other detail beside them.
  p('Class news: Star student: Lucinda Marsh! And a shout out to Gideon Pratt for his science fair board.', [
    'Lucinda Marsh',
    'Gideon Pratt',
  ]),
  p(
    'En mi clase tengo a Maximiliano Arce que usa audífono, y a Renata Solís que tiene adecuación curricular.',
    ['Maximiliano Arce', 'audífono', 'Renata Solís', 'adecuación curricular'],
    [],
    { language: 'es' },
  ),
  // Teachers type marks without accents ("6,5 en matematicas").
  p('- Ximena Ruelas: 6,5 en matematicas, muy participativa', ['Ximena Ruelas', '6,5'], [], { language: 'es' }),
  // A nickname the lexicon does not know, joined to a child already found.
  p('my student Marisol Ybarra (period 3) has an IEP. Split up Tavi and Marisol, they talk all period.', ['Tavi']),
  p(
    'Mi alumno Josué Parra (matrícula 70315) tiene TDAH.\n- Josué y el Pecas no se pueden sentar juntos',
    ['Pecas'],
    [],
    {
      language: 'es',
    },
  ),
  // Marks in a parent's or a teacher's words: "have a D", "8,4 de promedio", "3s on all standards", "a 2/4 on".
  p('my student Ruben Ortiz (period 6): why does he have a C- in math? he is working toward 3s on all standards', [
    'C-',
    '3s',
  ]),
  p('- Ximena Ruelas: 6,5 en lengua; excelente, 8,4 de promedio', ['6,5', '8,4'], [], { language: 'es' }),
  p('Student: Wren Talley. She can move past a 2/4 on the essay by citing the text.', ['2/4']),
  // Reading levels written as letters, DRA and benchmark numbers, said of a child.
  p(
    'reading groups\n```yaml\n- name: "Odalys Frey"\n  id: "R-40211"\n  level: F\n```\n- Wally: went from lvl G to K since fall, DRA 24 now\nOdalys Frey: reading benchmark was 287',
    ['Odalys Frey', 'F', 'G to K', 'DRA 24', 'reading benchmark was 287'],
  ),
  p(
    'Mi alumna Jimena Toral (matrícula 33017) subió de nivel D a nivel G este trimestre.',
    ['Jimena Toral', 'D a nivel G'],
    [],
    {
      language: 'es',
    },
  ),
  // Health details and plans in a trace about students, in note fragments and loosely written sentences.
  p(
    'IEP review notes for Corbin Yates (ID 771045)\n- also dx dyscalculia (outside eval)\n- mom says he is anxious at night, on melatonin\n- i know hes on a 504 plan for ADHD',
    ['Corbin Yates', '771045', 'dyscalculia', 'melatonin', '504 plan', 'ADHD'],
  ),
  p(
    'my student Anouk Vale (period 1) was out Tuesday.\n[7:05 AM] mom: she has fever 102 and throwing up, staying home\n[7:40 AM] mom: also she has the orthodontist friday',
    ['Anouk Vale', 'fever', 'throwing up', 'orthodontist'],
  ),
  p(
    'Acta: mi alumna Itzel Rangel (matrícula 40218) tiene TDAH.\n- va con la psicopedagoga los jueves\n- sigue con apoyo de educadora diferencial\n- toma lamotrigina; la mamá dice que tuvo vómito y calentura el lunes',
    ['Itzel Rangel', '40218', 'psicopedagoga', 'educadora diferencial', 'lamotrigina', 'vómito', 'calentura'],
    [],
    { language: 'es' },
  ),
  p('Student: Ferris Albin (ID 330912). He had an allergic reaction at lunch and gets speech pull-out on Mondays.', [
    'allergic reaction',
    'speech pull-out',
  ]),
];

/**
 * Look-alikes of the same shapes, in texts that also hold a child and student details (on a line of their own:
 * a line holding a child's ID is read by the older line rules, which this round leaves as they were).
 */
const lookAlikes: [string, string[]][] = [
  // Characters of a book the class reads, named in a sentence about the book, or in an essay's topic.
  [
    'My student Imani Cole (ID 338201) has a 504.\nWe discuss Matilda and Lavender in chapters 4-6; her essay about Bruno’s courage was good.',
    ['Matilda', 'Lavender', 'Bruno'],
  ],
  // A king's numeral, a model number, a school named for a person, a name beside a well-known one.
  [
    'Mi alumno Iker Salas (matrícula 55102) tiene TDAH.\nExamen sobre Felipe II y el CEIP Rosalía Castro; etiquetas Avery 5160.',
    ['Felipe II', 'Rosalía Castro', 'Avery 5160'],
  ],
  [
    'My student Jonah Pike (ID 220917) has an IEP.\nPython was made by Guido van Rossum, and Ada Lovelace wrote the first program.',
    ['Guido van Rossum', 'Ada Lovelace'],
  ],
  // Authors and the title of a work.
  [
    'My student Leah Ortiz (ID 661020) has an IEP. We read *Because of Winn-Dixie* by Kate DiCamillo and a poem by Langston Hughes.',
    ['Kate DiCamillo', 'Winn-Dixie', 'Langston Hughes'],
  ],
  // History and art in a lesson beside a child's notes: a name in a sentence that tells of the past, or beside
  // the surname of a well-known person named in the trace.
  [
    'Mi alumna Valeria Ochoa (matrícula 60211) tiene TDAH.\nCompara un mural de Diego Rivera con un grabado: Leopoldo Méndez trabajó con Rivera en el Taller.\nEmiliano Zapata nació en 1879 en Morelos.',
    ['Leopoldo Méndez'],
  ],
  [
    'My student Corbin Yates (ID 771045) has an IEP.\nGordon Parks photographed Harlem in 1943 for a magazine.',
    ['Gordon Parks'],
  ],
  // A full name with no year, not placed like a child's (no list, note start or first name alone): a figure.
  [
    'My student Corbin Yates (ID 771045) has an IEP.\nWe will look at how Gordon Parks photographed Harlem for a magazine.',
    ['Gordon Parks'],
  ],
  // Levels of books and of a lesson, in a trace about a student but in no sentence about one.
  [
    'My student Corbin Yates (ID 771045) has an IEP.\nLevel E books use repeated patterns; the unit ends with a Level B quiz for the class.',
    ['E', 'B'],
  ],
  // A pair that joins a child to a lesson's word or a well-known pair stays.
  [
    'my student Marisol Ybarra (period 3) has an IEP. Marisol and Frog and Toad: she loved the Frog and Toad books.',
    ['Toad', 'Frog'],
  ],
  // Fractions of a lesson in a sentence about a child: no "a … on the essay", no rubric shape.
  ['Student: Wren Talley. She shaded 2/4 of the circle and found 3/4 on the number line.', ['2/4', '3/4']],
  // A school and a street named for a person.
  [
    'My student Ravi Menon (ID 771234) has an IEP.\nThe bus leaves from Douglas Elementary on Martin Street.',
    ['Douglas Elementary', 'Martin Street'],
  ],
];

/** The same terms said of children in general or of a well-known person, in a trace about a student. */
const generalTerms: [string, string[]][] = [
  [
    'My student Dario Pell (ID 551230) has an IEP.\nResearch says students with ADHD benefit from movement breaks; many children with dyscalculia need manipulatives.',
    ['ADHD', 'dyscalculia'],
  ],
  ['My student Dario Pell (ID 551230) has an IEP.\nHelen Keller was deaf and blind; she learned to speak.', ['deaf']],
  [
    'Mi alumno Dario Peña (matrícula 55123) tiene TDAH.\nLos alumnos con dislexia necesitan más tiempo en los exámenes.',
    ['dislexia'],
  ],
];

/** With no child and no student details, a first name or a health word is the lesson's: nothing changes. */
const lessons: [string, string[]][] = [
  ['Heads up: Owen and Hazel are the twins in our read-aloud. Priscilla is their aunt.', ['Owen', 'Hazel']],
  [
    '- Science warm-up: why does a fever help the body fight an infection? She wrote that a dentist fills cavities.',
    ['fever', 'dentist'],
  ],
];

describe('rules of the seventh round', () => {
  testDetailProbes(details);

  testLookAlikes([...lookAlikes, ...generalTerms, ...lessons]);
});

/**
 * Pseudonym hygiene (seen on the fifth part, not scored): a surname left beside a first name's pseudonym, and a
 * parent sharing the child's surname given the child's pseudonym.
 */
describe('pseudonyms of the seventh round', () => {
  test('a known first name takes the surname written after it elsewhere', () => {
    const out = redactedText(
      p('feedback for my student Jalen on his poem', [], [], {
        answer: 'Jalen Okafor wrote a vivid poem. Read it with Jalen Thursday, by Jalen Elementary.',
      }),
    );
    expect(out).toContain('[Student 1] wrote a vivid poem');
    expect(out).not.toContain('Okafor');
    // A word that never starts a name, and the word "Elementary" of a school named like the child, stay.
    expect(out).toContain('[Student 1] Thursday');
    expect(out).toContain(' Elementary.');
  });

  test('a grandmother sharing the child’s surname is a parent, and "Ms. <surname>" is her', () => {
    const out = redactedText(
      p(
        'student: Tremaine Whitlock, student # 300447120, dob 3/2/2012\nlives w/ grandmother Odessa Whitlock, ph 602-555-0148',
        [],
        [],
        {
          answer:
            "Odessa Whitlock\n\nDear Ms. Whitlock,\n\nI am writing about Tremaine's attendance. Tremaine Whitlock has missed 9 days.",
        },
      ),
    );
    expect(out).toContain('lives w/ grandmother [Parent 1]');
    expect(out).toContain('Dear Ms. [Parent 1],');
    expect(out).toContain("about [Student 1]'s attendance. [Student 1] has missed");
    expect(out).not.toMatch(/Whitlock|Odessa|Tremaine/);
  });

  test('a parent named by a family cue and again in a table row stays one parent', () => {
    const out = redactedText(
      p(
        'field trip list\nLast, First\tForm\tNotes\nSerrano, Mateo\tyes\tdad chaperoning: Rubén Serrano 602-555-0191\nKwan, Lily\tno\t',
        [],
        [],
        { answer: "- Mateo's dad, Rubén Serrano (602-555-0191), is chaperoning." },
      ),
    );
    expect(out).toContain("'s dad, [Parent 1] (");
    expect(out).toContain('dad chaperoning: [Parent 1]');
    expect(out).not.toMatch(/Rubén|Mateo/);
  });

  test('a mother introducing herself before the family word is a parent', () => {
    const out = redactedText(
      p(
        'me llegó este mensaje: "Buenas tardes maestra, soy Marisela Quiroga, la mamá de Emiliano. Emiliano tiene TDAH."',
        [],
        [],
        {
          language: 'es',
        },
      ),
    );
    expect(out).toContain('soy [Familiar 1], la mamá de [Estudiante 1]');
  });
});
