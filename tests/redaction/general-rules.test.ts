import { describe, expect, test } from 'vitest';
import { findStudentData, redactTraceDocument } from '../../lib/redaction/apply';
import { makeDoc, makeTurn } from '../export/sample-docs';

/**
 * The general rules added after the third held-out part was scored (docs/privacy.md), each checked on
 * sentences that appear in no corpus part: a rule that only fitted the corpus would fail here.
 */
function redacted(prompt: string, output = ''): string {
  const doc = makeDoc({ turns: [makeTurn(0, 'user', prompt), makeTurn(1, 'assistant', output, 'accepted')] });
  const out = redactTraceDocument(doc, findStudentData(doc, []), new Set());
  return out.turns
    .map((t) => t.markdown)
    .filter(Boolean)
    .join('\n');
}

describe('details found by the new rules', () => {
  test('a note line written "Label - value"', () => {
    const out = redacted(
      'Student: Rowan Pike\nMedication - methylphenidate 10 mg at lunch\nAccommodations – oral tests',
    );
    expect(out).not.toContain('methylphenidate');
    expect(out).not.toContain('oral tests');
  });

  test('quiz, test and Lexile columns of a class table are scores', () => {
    const out = redacted('| Student | Unit Test | Lexile |\n|---|---|---|\n| Wren Adair | 71 | 530L |');
    expect(out).not.toMatch(/\b71\b/);
    expect(out).not.toContain('530L');
  });

  test('a classmate named beside a known student', () => {
    const out = redacted(
      'My student Ivo Brandt argued at recess.',
      'Ivo Brandt and Delia Forsyth were separated for the afternoon.',
    );
    expect(out).not.toContain('Delia Forsyth');
  });

  test('bare marks, illnesses and Spanish phone groupings', () => {
    const out = redacted(
      'My student Ines Calloway got a 4 on the spelling test. She was out with the flu.',
      'Mi alumno Bruno Sáez suspendió Ciencias con un 3. Teléfono de su madre: 655 12 34 90.',
    );
    expect(out).not.toMatch(/got a 4/);
    expect(out).not.toMatch(/\bflu\b/);
    expect(out).not.toMatch(/con un 3/);
    expect(out).not.toContain('655 12 34 90');
  });

  test('a lunch code with a letter prefix in code', () => {
    const out = redacted('```python\nlunch_codes = {"Tess Varga": "LN-55012"}\n```');
    expect(out).not.toContain('LN-55012');
    expect(out).not.toContain('Tess Varga');
  });
});

describe('look-alikes the new rules keep', () => {
  test("the school's number when the nearest cue is the office, a department mailbox at a district domain", () => {
    const text =
      'If your child feels unwell, call the attendance office at (602) 555-0111, then tell the family. ' +
      'Questions about the unit go to science@pinecrest.k12.example.';
    expect(redacted(text)).toBe(text);
  });

  test('an author named beside a student is kept', () => {
    const out = redacted(
      'My student Omar Haddad loved the book.',
      'Omar Haddad could next read a novel by Katherine Paterson.',
    );
    expect(out).toContain('Katherine Paterson');
  });

  test('an ordinary code sample with test and results keys stays as written', () => {
    const text = '```js\nconst results = { test: "unit", passed: 12, failed: 0 };\n```';
    expect(redacted(text)).toBe(text);
  });
});

describe('mailboxes at a school domain', () => {
  test("a department's is kept; a person's first name is a person's mailbox", () => {
    const out = redacted('Email socialstudies@lincoln.k12.ca.us and copy kevin@lincoln.k12.ca.us about his grade.');
    expect(out).toContain('socialstudies@lincoln.k12.ca.us');
    expect(out).not.toContain('kevin@lincoln.k12.ca.us');
  });
});

/**
 * Rules generalised from the fourth held-out part (tests/fixtures/redaction/README.md), each checked on
 * sentences that appear in no corpus part.
 */
describe('rules from the fourth held-out part', () => {
  test('letters to a parent: "Dear Ms. …", "Estimada …"', () => {
    const out = redacted(
      'Dear Ms. Okonkwo-Hale, thank you for coming in.',
      'Estimado Baltasar: le escribo por la excursión.',
    );
    expect(out).not.toContain('Okonkwo-Hale');
    expect(out).not.toContain('Baltasar');
  });

  test('names with O’, Mc, inner capitals and a quoted nickname; a possessive cue after the name', () => {
    const out = redacted(
      "Siobhan O'Keefe's mom emailed me. LaTasha McArdle scored 58% on the quiz.",
      'Theodore "Teddy" Marsh has asthma. Teddy keeps his inhaler in the office.',
    );
    for (const gone of ["O'Keefe", 'Siobhan', 'LaTasha McArdle', '58%', 'Teddy', 'Marsh'])
      expect(out).not.toContain(gone);
  });

  test('a note paragraph under "Student:" is about that child to its end', () => {
    const out = redacted(
      'Student: Odessa Vance-Lee, gr 4\nDx: dyscalculia\nTakes Vyvanse 20 mg daily\nCurrent: 61 wcpm; eligibility: Other Health Impairment\n\nIn the lesson we used 61 counters and discussed dyscalculia research.',
    );
    for (const gone of ['Odessa', 'Vyvanse 20 mg', 'Current: 61 wcpm', 'Other Health Impairment'])
      expect(out).not.toContain(gone);
    // After the blank line the paragraph is about the lesson again.
    expect(out).toContain('we used 61 counters and discussed dyscalculia research');
  });

  test('a list keyed by children: report-card lines, a lower-case name among them', () => {
    const out = redacted(
      '- Callum Reyes — A- in science, curious and careful\n- Bea Lindholm — 64/100; has a 504 for ADHD\n- otis fairweather — missing 3 labs, but his model was strong',
      '**Otis Fairweather:** Otis should complete the missing labs.',
    );
    for (const gone of ['Callum', 'A-', 'Bea Lindholm', '64/100', '504', 'ADHD', 'otis fairweather', 'Otis'])
      expect(out).not.toMatch(new RegExp(`(?<![\\p{L}\\d])${gone.replace(/[.*+?/()]/g, '\\$&')}(?![\\p{L}\\d])`, 'u'));
  });

  test('a lesson list of steps or of public figures is not a list of children', () => {
    const lesson =
      '- Warm-up — 5 min, fractions 2/3 and 3/4\n- Harriet Tubman — conductor on the Underground Railroad\n- Exit ticket — B or C?';
    expect(redacted(lesson)).toBe(lesson);
  });

  test('a seating chart of first names and initials; a table of historical people named in full is kept', () => {
    const out = redacted(
      '| Table | Seat A | Seat B | Seat C |\n|---|---|---|---|\n| 1 | Ellie | Omar | Priya S. |\n| 2 | Nadia | Lucas | ravi k. |\n\nEllie needs to sit near the door.',
    );
    for (const gone of ['Ellie', 'Omar', 'Priya S.', 'Nadia', 'Lucas', 'ravi k.']) expect(out).not.toContain(gone);
    const lesson =
      '| Era | First | Second | Third |\n|---|---|---|---|\n| 1840s | Harriet Jacobs | William Still | Lucretia Mott |\n| 1850s | Henry Brown | Mary Shadd | John Brown |';
    expect(redacted(lesson)).toBe(lesson);
  });

  test('a parent writing about "mi hijo": health and a mobile number in the same message', () => {
    const out = redacted(
      '"Buenas tardes: mi hijo Gael (2.º A) tiene asma. Además es alérgico al huevo. Mi móvil es 644 55 66 77; el de la biblioteca no lo sé."',
    );
    for (const gone of ['Gael', 'asma', 'alérgico al huevo', '644 55 66 77']) expect(out).not.toContain(gone);
  });

  test('more ID headers and forms: "Stu. No.", "NIA", "Matrícula 2016-0932"', () => {
    const out = redacted(
      'Stu. No.\tName\tRoom\n482210\tAnika Ross\t12\n',
      'NIA,Nombre,Grupo\n9912034,Rubén,2B\n\nMatrícula 2016-0932 para el traslado.',
    );
    for (const gone of ['482210', '9912034', '2016-0932']) expect(out).not.toContain(gone);
  });

  test('medicines, doses, sight and hearing, rubric and fluency scores, plan categories', () => {
    const out = redacted(
      'My student Lena Vos uses a cochlear implant and takes Keppra 250 mg twice a day. She got a 2 on the writing rubric and reads 47 words correct per minute. She qualifies under Other Health Impairment and gets preferential seating.',
    );
    for (const gone of [
      'cochlear implant',
      'Keppra 250 mg',
      'a 2 on the',
      '47 words',
      'Other Health Impairment',
      'preferential seating',
    ])
      expect(out).not.toContain(gone);
  });

  test("a child's record key in a dictionary, also in lower case, and the same child written capitalised", () => {
    const out = redacted(
      '```python\nscores = {\n    "ines park": {"quiz": 7, "notes": "late"},\n}\n```',
      'Ines Park improved the most.',
    );
    expect(out).not.toMatch(/ines park/i);
  });

  test("a health value from a column is redacted where the trace repeats it; a label's value ends at the next label", () => {
    const out = redacted(
      '| Student | Allergies |\n|---|---|\n| Mirela Dobre | sesame seeds |',
      'No sesame seeds at table 2. Mark for term 1: 5,5. Contact: her aunt.',
    );
    expect(out).not.toContain('sesame seeds');
    expect(out).not.toContain('5,5');
  });

  test('a Spanish address with floor and door', () => {
    expect(redacted('Domicilio de la alumna: Calle Olmo 14, 2.º dcha., Teruel')).not.toContain('2.º dcha');
  });

  test('the special-education pseudonym does not spell what it replaces', () => {
    const out = redacted('My student Pavel Ilic has a 504 plan.');
    expect(out).not.toMatch(/504|IEP/);
    expect(out).toContain('[Support plan 1]');
  });
});

/**
 * Short prompts as teachers write them, found by probing after the fourth part was fixed (sentences from no
 * corpus part): a name in the slot of what the teacher asks for ("feedback for Jaxon"), lists of absent
 * children and of groups, a parent in a greeting or beside a family word, a child by a condition or by how they
 * did, "born in March 2015", scores by level or in parentheses, "Name - value" pairs after a label, and a
 * child whose name contains a well-known one ("Harper Lee Johnson").
 */
const shortPrompts: [string, string[]][] = [
  [
    'Can you help me write feedback for Jaxon? He wrote a persuasive essay about school uniforms and got a 72%.',
    ['Jaxon', '72%'],
  ],
  ['Write a report card comment for Ava, who struggles with multiplication but loves reading.', ['Ava']],
  [
    'I have a student, Mia Torres, who has a stutter and is on the autism spectrum.',
    ['Mia Torres', 'stutter', 'autism spectrum'],
  ],
  ['Absent today: Noah Kim, Liam Ortiz, and Zara Quinn.', ['Noah Kim', 'Liam Ortiz', 'Zara Quinn']],
  [
    "Email to Brayden's parents about his missing work. Mom is Tasha Greene, 555-0192.",
    ['Brayden', 'Tasha Greene', '555-0192'],
  ],
  ['DOB: March 2015. Student was born in May 2014.', ['March 2015', 'May 2014']],
  ['Sofía sacó un 5,5 en el examen de Matemáticas y tiene TDAH.', ['Sofía', '5,5', 'TDAH']],
  ['Her MAP RIT score is 212 and her DRA level is 28.', ['212', '28']],
  ['Jayden earned a B on the unit test and scored 17/20 on the quiz.', ['Jayden', '17/20']],
  ['Lunch ID 5521 for Marcus; cafeteria PIN 8812 for Dana.', ['5521', '8812']],
  ['My kid Ethan is in special ed and gets speech therapy twice a week.', ['Ethan', 'special ed', 'speech therapy']],
  ['Student #: 204881 — Harper Lee Johnson', ['204881', 'Harper Lee Johnson']],
  ['Maddie has Type 1 diabetes and sees the school counselor for anxiety.', ['Maddie', 'Type 1 diabetes', 'anxiety']],
  ["Please draft a note to Mr. and Mrs. Alvarado about Diego's behavior in 3rd period.", ['Alvarado', 'Diego']],
  [
    'Hola, soy la madre de Lucas Ferrer. Lucas tiene alergia al marisco. Mi teléfono es 655 443 221.',
    ['Lucas Ferrer', 'Lucas', 'alergia al marisco', '655 443 221'],
  ],
  [
    'Give me a small group plan for Kai, Luna, and Mateo — all three read below grade level (F&P level H).',
    ['Kai', 'Luna', 'Mateo'],
  ],
  ['Group A: Sienna, Rowan, Theo\nGroup B: Ivy, Felix, Nora', ['Sienna', 'Rowan', 'Theo', 'Ivy', 'Felix', 'Nora']],
  [
    'Parent phone: (212) 555-7788. Home address: 45 Oak Street, Apt. 2C, Brooklyn, NY 11201.',
    ['(212) 555-7788', '45 Oak Street'],
  ],
  ["Write an email to Ms. Chen (Lily's mom) about the field trip to the Museum of Natural History.", ['Chen', 'Lily']],
  ['Reading levels: Omar - J, Priyanka - L, Gus - H', ['Omar', 'Priyanka', 'Gus']],
  ['Tyler Brooks (IEP, ADHD) needs the test read aloud.', ['Tyler Brooks', 'ADHD']],
  [
    'Nombre: Valeria Soto Ruiz\nFecha de nacimiento: 12/03/2015\nTeléfono del padre: 687 12 34 56\nDirección: Avda. de la Paz 12, 4ºB',
    ['Valeria Soto Ruiz', '12/03/2015', '687 12 34 56', 'Avda. de la Paz 12'],
  ],
  ['student_email: "jmartinez27@student.lakesd.org"', ['jmartinez27@student.lakesd.org']],
  ['Hi Mrs. Patterson, Caleb did great on his spelling test today (19/20)!', ['Patterson', 'Caleb', '19/20']],
];

describe('short teacher prompts', () => {
  test.each(shortPrompts)('%s', (prompt, details) => {
    const out = redacted(prompt);
    expect(details.filter((d) => out.includes(d))).toEqual([]);
  });
});

/** Look-alikes in the shapes of those rules: lessons must come out as written. */
const lessonLines = [
  'Write feedback for Romeo and Juliet essays and a plan for Macbeth.',
  'Group 1: Mercury, Venus, Mars\nGroup 2: Jupiter, Saturn, Uranus',
  'Group A: Washington, Jefferson, Adams\nGroup B: Madison, Monroe, Jackson',
  'In Peter Pan, Mr. and Mrs. Darling leave the children with Nana.',
  'Matthew Henson, who never gave up, reached the North Pole with Robert Peary in 1909.',
  'England improved its navy after 1588, and the Union Army improved its supply lines.',
  'Rosa Parks was sent to jail in 1955. Emmett Till was 14.',
  'Scout Finch, who narrates To Kill a Mockingbird, is six when the story begins.',
  'Plan for Unit 4: Ancient Egypt. Notes on Cleopatra and Tutankhamun (1341 BC).',
  'Table 3: Lewis, Clark, Sacagawea',
  'Absent: none today.',
  'Reading levels: Level A - kindergarten, Level J - first grade',
  'Dear Diary, today Anne Frank wrote about Peter.',
  'Ava DuVernay directed Selma (2014); Lin-Manuel Miranda wrote Hamilton.',
  'Scores: Team Red - 12, Team Blue - 9',
  'María Montessori, who founded the method, was born August 31, 1870.',
  'Feedback for Group 2: great use of evidence from "Wonder" by R. J. Palacio.',
  'El Cid tiene una espada; Don Quijote tiene a Rocinante. Sancho Panza tiene hambre.',
];

describe('lesson lines in the same shapes stay as written', () => {
  test.each(lessonLines)('%s', (line) => {
    expect(redacted('Plan the next lesson.', line)).toBe('Plan the next lesson.\n' + line);
  });
});

/** The same, in Spanish (sentences from no corpus part). */
const spanishPrompts: [string, string[]][] = [
  [
    'Escribe un comentario para el boletín de Martina Gil: ha mejorado en lectura pero sacó un 4 en Matemáticas.',
    ['Martina Gil', 'un 4'],
  ],
  ['Mi alumno Iker tiene TDAH y toma Rubifen 10 mg.', ['Iker', 'TDAH', 'Rubifen 10 mg']],
  ['Estimada familia de Nerea: les escribo porque Nerea ha faltado 5 días.', ['Nerea']],
  ['Ausentes hoy: Pablo Ruiz, Lucía Gómez y Aitana Pérez.', ['Pablo Ruiz', 'Lucía Gómez', 'Aitana Pérez']],
  ['Grupo 1: Hugo, Sara, Leo\nGrupo 2: Alba, Marco, Vega', ['Hugo', 'Sara', 'Leo', 'Alba', 'Marco', 'Vega']],
  [
    'La madre de Daniel, Rocío Martín, pide tutoría. Su teléfono: 622 334 455.',
    ['Daniel', 'Rocío Martín', '622 334 455'],
  ],
  [
    'Fecha de nacimiento: 5 de enero de 2016. Nació en Sevilla en marzo de 2016.',
    ['5 de enero de 2016', 'marzo de 2016'],
  ],
  [
    'Carlos Peña (3.º B) es alérgico a la penicilina y tiene una adaptación curricular significativa.',
    ['Carlos Peña', 'alérgico a la penicilina', 'adaptación curricular significativa'],
  ],
  ['Notas de la evaluación: Lola - 7,5; Bruno - 4; Elsa - 9', ['Lola', '7,5', 'Bruno', 'Elsa']],
  ['Hola Sra. Navarro, le escribo sobre Mateo.', ['Navarro', 'Mateo']],
  [
    'Expediente 2019/0453 de la alumna Irene Campos, domicilio en Calle Luna 7, 1.º izda.',
    ['Irene Campos', 'Calle Luna 7'],
  ],
  ['Haz un plan de refuerzo para Gonzalo, que lee muy despacio.', ['Gonzalo']],
  ['Correo del padre: jgarcia.padre@gmail.com; móvil 699 112 233', ['jgarcia.padre@gmail.com', '699 112 233']],
];

const spanishLessonLines = [
  'Frida Kahlo nació el 6 de julio de 1907 en Coyoacán; Diego Rivera tenía 42 años.',
  'Grupo 1: Mercurio, Venus, Marte\nGrupo 2: Júpiter, Saturno',
  'Comentario para Don Quijote: Sancho Panza tiene hambre y Dulcinea no aparece.',
  'Plan para Andalucía: visitar Granada, Córdoba y Sevilla (3 días, 120 €).',
  'Gabriela Mistral, que ganó el Nobel en 1945, fue maestra rural.',
  'Lección 3.2: fracciones 3/4 y 2/5; página 45, ejercicio 7.',
  'Estimada comunidad educativa: el CEIP Antonio Machado, Calle Real 3, tel. 91 555 00 11, informa.',
  'Miguel de Unamuno fue rector; Federico García Lorca escribió Bodas de sangre en 1932.',
];

describe('Spanish teacher prompts and lesson lines', () => {
  test.each(spanishPrompts)('%s', (prompt, details) => {
    const doc = makeDoc({ language: 'es', turns: [makeTurn(0, 'user', prompt)] });
    const out = redactTraceDocument(doc, findStudentData(doc, []), new Set()).turns[0]!.markdown;
    expect(details.filter((d) => out.includes(d))).toEqual([]);
  });

  test.each(spanishLessonLines)('kept: %s', (line) => {
    const doc = makeDoc({ language: 'es', turns: [makeTurn(0, 'assistant', line)] });
    expect(findStudentData(doc, []).map((c) => `${c.kind}: ${c.text}`)).toEqual([]);
  });
});

/**
 * Records pasted as they come (sentences from no corpus part): a Markdown roster with "ID#" and "Meal code",
 * JSON and YAML outside code fences, a behaviour log with "Jace R.", a progress report headed by the child,
 * "scored 2/4 on the rubric", a row of seats on one line, a Catalan name after "Estudiante:", and a lesson
 * full of numbers and public figures that must stay as written.
 */
const pastedRecords: [string, string[], string[]][] = [
  [
    `| ID# | Student | Meal code | Guardian email |
|---|---|---|---|
| 30112 | Amara Okoye | M-4471 | t.okoye@gmail.com |
| 30127 | Finn Gallagher | M-4480 | gallagherfam@aol.com |`,
    [
      '30112',
      'Amara Okoye',
      'M-4471',
      't.okoye@gmail.com',
      '30127',
      'Finn Gallagher',
      'M-4480',
      'gallagherfam@aol.com',
    ],
    [],
  ],
  [
    `{"studentName": "Lily Tran", "dob": "2014-07-22", "parentPhone": "+1 503 555 0148", "iep": true, "diagnosis": "dyslexia"}`,
    ['Lily Tran', '2014-07-22', '+1 503 555 0148', 'dyslexia'],
    [],
  ],
  [
    `Behavior log 10/14:
9:05 — Jace R. threw a chair, sent to office.
10:40 — Jace R. refused to work; called home (mom, 555-240-1177).`,
    ['Jace R.', '555-240-1177'],
    ['9:05', '10:40'],
  ],
  [
    `student:
  first_name: Amelia
  last_name: Kowalski
  lunch_pin: "7723"
  allergies: [shellfish, latex]`,
    ['Amelia', 'Kowalski', '7723', 'shellfish'],
    [],
  ],
  [
    `Progress report — Deshawn Ellis, Grade 3. Deshawn scored 2/4 on the fluency rubric and is reading at level F. He has a speech IEP (articulation).`,
    ['Deshawn Ellis', 'Deshawn', '2/4', 'IEP'],
    [],
  ],
  [
    `Please write a lesson on Lesson 3.2 (CCSS.MATH.5.NF.1). Call the district hotline at 1-800-555-0199 or Room 204. Tickets cost $4.50; the trip runs 10:30–11:15 on Monday, March 3. The Declaration was signed July 4, 1776; 3/4 of the class finished by 2:45.`,
    [],
    [
      'CCSS.MATH.5.NF.1',
      '1-800-555-0199',
      'Room 204',
      '$4.50',
      '10:30–11:15',
      'March 3',
      'July 4, 1776',
      '3/4',
      '2:45',
      'Lesson 3.2',
    ],
  ],
  [
    `From: Karen Liu <karen.liu@outlook.com>
Subject: Ethan's grade
Hi Mr. Bell, Ethan got a D on the fractions test and he's upset. Can he retake it? Thanks, Karen`,
    ['Karen Liu', 'karen.liu@outlook.com', 'Ethan', 'D on the'],
    [],
  ],
  [
    `Seating: Row A — Mila, Jonah, Ezra, Priya. Row B — Leo, Hazel, Arjun, Maeve.`,
    ['Mila', 'Jonah', 'Ezra', 'Hazel', 'Arjun', 'Maeve'],
    [],
  ],
  [
    `Estudiante: Pau Ferrer i Soler
F. nac.: 02-11-2015
Tel. madre: +34 611 22 33 44
Observaciones: epilepsia, lleva medicación (Depakine 300 mg)`,
    ['Pau Ferrer', '02-11-2015', '+34 611 22 33 44', 'epilepsia', 'Depakine 300 mg'],
    [],
  ],
  [
    `Write a story about Martin Luther King Jr. and Rosa Parks for my 2nd graders. Mention Harriet Tubman and Ruby Bridges. Sign it from Ms. Laura Mitchell, Room 12.`,
    [],
    ['Martin Luther King Jr.', 'Rosa Parks', 'Harriet Tubman', 'Ruby Bridges', 'Laura Mitchell'],
  ],
];

describe('pasted records', () => {
  test.each(pastedRecords)('%s', (text, details, kept) => {
    const out = redacted(text);
    expect(details.filter((d) => out.includes(d))).toEqual([]);
    expect(kept.filter((k) => !out.includes(k))).toEqual([]);
  });

  test('labels of geometry and lessons before an initial are not names', () => {
    const lesson =
      'Point A. is on line m, and Angle B. measures 40 degrees. Vitamin C. helps; use Plan B. if it rains.';
    expect(redacted(lesson)).toBe(lesson);
  });
});

/**
 * Typed as it comes (sentences from no corpus part): names in lower case after "my student" / "mi alumna",
 * a parent signing "(Mia's mom)", international phones, "b. 6/2/2016", "SIS#", "Final grade: 88 (B+)", GPA,
 * and a family newsletter whose school contacts, dates and prices stay. The teacher is "Ana Rivera".
 */
const typedAsItComes: [string, string[], string[]][] = [
  ["i'm worried about my student jayden, he has adhd and keeps getting referrals", ['jayden', 'adhd'], []],
  ["Thanks so much, Rachel (Mia's mom)", ['Rachel', 'Mia'], []],
  ["Mia's dad, Tom Becker, called about her 504.", ['Mia', 'Tom Becker', '504'], []],
  ['Contact: +44 7700 900123 or 555 123 4567', ['+44 7700 900123', '555 123 4567'], []],
  ['b. 6/2/2016 — DOB 6.2.16', ['6/2/2016', '6.2.16'], []],
  ['SIS#: 448812; Student ID S0093341', ['448812', 'S0093341'], []],
  ['Student: Nico Baptiste. Final grade: 88 (B+). GPA 3.4. Q1: 92%.', ['Nico Baptiste', '88', 'B+', '3.4', '92%'], []],
  ['mi alumna sofía tiene dislexia y su madre se llama carmen', ['sofía', 'dislexia'], []],
  ['Attendance: Marcus absent 3/4 and 3/5 (flu).', ['Marcus', 'flu'], ['3/4']],
  [
    'The poem "Mother to Son" by Langston Hughes; the novel Holes by Louis Sachar; Stanley Yelnats digs holes at Camp Green Lake.',
    [],
    ['Mother to Son', 'Langston Hughes', 'Louis Sachar', 'Stanley Yelnats', 'Camp Green Lake'],
  ],
  [
    'Dear families, our field trip to the Science Museum is on May 12. Cost: $15. Questions? Call the front office at (312) 555-0100 or email office@lincolnelem.org. — Ms. Rivera',
    [],
    ['May 12', '$15', '(312) 555-0100', 'office@lincolnelem.org', 'Science Museum'],
  ],
];

describe('typed as it comes', () => {
  test.each(typedAsItComes)('%s', (text, details, kept) => {
    const doc = makeDoc({ teacherName: 'Ana Rivera', turns: [makeTurn(0, 'user', text)] });
    const out = redactTraceDocument(doc, findStudentData(doc, []), new Set()).turns[0]!.markdown;
    expect(details.filter((d) => out.includes(d))).toEqual([]);
    expect(kept.filter((k) => !out.includes(k))).toEqual([]);
  });

  test('a lesson line in lower case after "my students" keeps its words', () => {
    const line = 'my student athletes train after school; my son who plays chess likes it.';
    expect(redacted(line)).toBe(line);
  });
});

/**
 * Addresses, accounts and rosters in other shapes (sentences from no corpus part): "Close", "Ave., Unit 5",
 * "Rd Apt 12", a pipe table without outer pipes, a Spanish tab-separated roster with "Fecha nac." and a NIE,
 * "Student 3 (Bryce)"; and a school's addresses, page numbers, ratios and due dates that stay.
 */
const addressesAndRecords: [string, string[], string[]][] = [
  ['Her home address is 2208 W. Maple Ave., Unit 5, Springfield, IL 62704.', ['2208 W. Maple Ave., Unit 5'], []],
  ['Lives at 17 Kingfisher Close with grandma.', ['17 Kingfisher Close'], []],
  ['Send the packet to the family at 905 Hillcrest Rd Apt 12.', ['905 Hillcrest Rd Apt 12'], []],
  [
    'Parent email: dmorales1985@icloud.com. School email: d.morales@student.cps.edu',
    ['dmorales1985@icloud.com', 'd.morales@student.cps.edu'],
    [],
  ],
  ['Lunch account #: 00418. Free lunch status: yes.', ['00418'], []],
  [
    'Stu ID | First | Last | Birthday | Lunch\n--- | --- | --- | --- | ---\n77120 | Kofi | Mensah | 9/30/2015 | 2231',
    ['77120', 'Kofi', 'Mensah', '9/30/2015', '2231'],
    [],
  ],
  [
    'Alumno\tNIE\tFecha nac.\tTeléfono\nÁlex Marín\tX1234567L\t07/08/2014\t677 889 900',
    ['Álex Marín', 'X1234567L', '07/08/2014', '677 889 900'],
    [],
  ],
  [
    'She was diagnosed with ADHD last year and takes methylphenidate. Her IEP meeting is Friday.',
    ['ADHD', 'methylphenidate'],
    [],
  ],
  ['Student 3 (Bryce) has a bee sting allergy and an EpiPen.', ['Bryce', 'bee sting allergy', 'EpiPen'], []],
  [
    'Our school is at 4500 Oak Park Blvd, and the district office is at 120 Main St. The principal, Dr. Hayes, signs all letters. Lincoln was born February 12, 1809.',
    [],
    ['4500 Oak Park Blvd', '120 Main St', 'Dr. Hayes', 'February 12, 1809'],
  ],
  [
    'Use page 112, problems 3-17, and the ratio 3:5; the answer is 0.75 or 75%. Due 11/24.',
    [],
    ['page 112', '3-17', '3:5', '0.75', '75%', '11/24'],
  ],
];

describe('addresses and records in other shapes', () => {
  test.each(addressesAndRecords)('%s', (text, details, kept) => {
    const out = redacted(text);
    expect(details.filter((d) => out.includes(d))).toEqual([]);
    expect(kept.filter((k) => !out.includes(k))).toEqual([]);
  });
});
