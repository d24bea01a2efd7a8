import { describe } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes, type Probe } from './probe-score';

/**
 * Rules for the structured kinds after part 9 (1 Dec 2026): marks of other school systems
 * (lib/redaction/mark-scales.ts), tables pasted without a rule line or aligned with spaces
 * (lib/redaction/loose-tables.ts), marks echoed beside a known child (lib/redaction/echoed-marks.ts), dates of
 * birth, lunch numbers, IDs, phones and addresses in new shapes (lib/redaction/patterns.ts,
 * lib/redaction/national-ids.ts), and the institutions' look-alikes (lib/redaction/institution-names.ts).
 * Every sentence is written for this file and appears in no corpus part; each rule has a detail and a
 * look-alike of the same shape.
 */

const marks: Probe[] = [
  // GCSE 9–1: predicted, target and working-at grades.
  p('Year 10 chat: is Reuben Osei still on a predicted grade 7? his last essay came back a grade 5.', ['7', 'grade 5']),
  p('Keeley - target 6, working at 4, needs the revision guide', ['target 6', 'working at 4']),
  p('My student Idris Fane has PG 5 in science and WAG 3.', ['PG 5', 'WAG 3']),
  p('Hi Mr Lowe, Efe got a grade 8 in the chemistry mock, so his target grade is a **9** now.', ['grade 8', '**9**']),
  // KS2 scaled scores and teacher-assessment codes.
  p('Autumn mocks\nPupil | DOB | Results\nSeren Pryce | 12/05/2016 | Reading 104 / Maths 97 / GPS 109 / Writing EXS', [
    'Reading 104',
    'Maths 97',
    'GPS 109',
    'Writing EXS',
    '12/05/2016',
  ]),
  p('- **Ollie Brand**: Reading 93, Maths 99, GPS 95; working towards in writing.', [
    'Reading 93',
    'Maths 99',
    'GPS 95',
    'working towards in writing',
  ]),
  p("Parents' evening: Nell Ashby, writing at greater depth, reading age 11y 2m.", [
    'writing at greater depth',
    '11y 2m',
  ]),
  // NCEA, NAPLAN, PM Benchmark, BC proficiency.
  p('Report notes: Wiremu Tait gained Merit in the geography standard and Achieved in statistics, earning 9 credits.', [
    'Merit',
    'Achieved',
    '9 credits',
  ]),
  p('- Maeve Cullen - NAPLAN numeracy Strong, PM level 24\n- Jarrah Bell - Developing, PM 14', [
    'Strong',
    'PM level 24',
    'Developing',
    'PM 14',
  ]),
  p('Update for Anouk Lemay: Reading: Proficient, Math: Emerging. She reads at PM 28–29 now.', [
    'Reading: Proficient',
    'Math: Emerging',
    'PM 28–29',
  ]),
  // A letter with its percentage; missing work; "has a 74"; a state test in Spanish; levels gained.
  p(
    'Progress check for the family\n\n| Subject | Grade | Comment |\n|---|---|---|\n| Science | C+ (78%) | Missing 3 assignments. |\n| Art | A (95%) | Lovely sketches. |',
    ['C+ (78%)', 'A (95%)', 'Missing 3 assignments'],
  ),
  p('My student Dorian Vance has a 74 in history and owes 2 assignments.', ['74', 'owes 2 assignments']),
  p(
    'La maestra dice que Itzel sacó 3 en el TELPAS de lectura y subió 2 niveles este año.',
    ['3', 'subió 2 niveles'],
    [],
    {
      language: 'es',
    },
  ),
  // A person named, then what she got.
  p('Quick note: Pia Lund got 17/20 on the map quiz and Rafe scored 64%.', ['17/20', '64%']),
  // A mark found in a table and echoed by the answer in a paragraph naming the child.
  p('| Student | Lexile | Score |\n|---|---|---|\n| Briar Keane | 720L | 58% |', ['720L', '58%'], [], {
    answer: '**Briar Keane**\nA good next book sits near 720L; the unit score (58%) says to revisit chapter 2.',
  }),
];

const markLookAlikes: [string, string[]][] = [
  ['GCSE grades run from 9 to 1; a grade 4 is a standard pass and a grade 5 a strong pass.', ['grade 4', 'grade 5']],
  [
    'Set a target 5 minutes for the starter, then a grade 6 class discussion on fractions.',
    ['target 5 minutes', 'grade 6 class'],
  ],
  ['KS2 scaled scores run from 80 to 120; 100 is the expected standard in Reading and Maths.', ['80 to 120', '100']],
  [
    'The proficiency scale has four words: Emerging, Developing, Proficient and Extending.',
    ['Emerging', 'Developing', 'Proficient', 'Extending'],
  ],
  [
    'NCEA results are Not Achieved, Achieved, Merit or Excellence; a standard is worth 4 credits.',
    ['Merit', 'Excellence', '4 credits'],
  ],
  [
    'The bus leaves at 3 PM 12 December and the pollution unit compares PM 2.5 readings.',
    ['3 PM 12 December', 'PM 2.5'],
  ],
  ['Pie chart: Option B (25%), Group A (40%), Team C (35%).', ['B (25%)', 'A (40%)', 'C (35%)']],
  ['Mix the paint in ratios like 2:3 in art, and 1:4 in science.', ['2:3', '1:4']],
  ['Strong readers can take the Exceeding challenge card.', ['Strong', 'Exceeding']],
  ['Everyone got 100% on the warm-up, and Simone Biles scored 15.3 on vault in our data lesson.', ['100%', '15.3']],
];

const structured: Probe[] = [
  // Tables pasted without a rule line, or aligned with spaces; compound headers.
  p(
    'Chess club\n# | Student | ID / canteen PIN | Birthday | Contact\n1 | Rufus Dale | 55012 / 3318 | 07/22/2014 | 555-0142\n2 | Ines Marr | 55047 / 3391 | 01/30/2015 | 555-0177',
    ['55012', '3318', '07/22/2014', '55047', '3391', '01/30/2015'],
  ),
  p(
    'Pupil (UPN)            DOB           Score\nFinn Harrow (M204500611023)   09/09/2015    88%\nLola Vance (M204500611034)    17/03/2016    64%',
    ['M204500611023', 'M204500611034', '09/09/2015', '17/03/2016', '88%', '64%'],
  ),
  // Dates of birth and birthdays.
  p('Her DOB on the transfer form is 11/04/2014, please update SIMS.', ['11/04/2014']),
  p("Keep the consent form with the child's date of birth (06/10/2013) in the office.", ['06/10/2013']),
  p(
    'La fecha de nacimiento de Abril, es el 9 de marzo de 2016 (09/03/2016).',
    ['9 de marzo de 2016', '09/03/2016'],
    [],
    {
      language: 'es',
    },
  ),
  p('Class news: birthdays this month for Tomasz Wren (Jan 9) and Ada Pike (Jan 27). Rosa turns 8 on Jan 30!', [
    'Jan 9',
    'Jan 27',
    'Jan 30',
  ]),
  // Lunch numbers, IDs, phones, addresses.
  p('He has FSM and his dinner PIN 6624 keeps failing; catering account 40712235.', ['6624', '40712235']),
  p('La mamá dice que el número de lonche 22871 no sale en la caja.', ['22871'], [], { language: 'es' }),
  p("Kit's candidate no. is 5519 and his UPN is R339100220118.", ['5519', 'R339100220118']),
  p('Pupil no. 20417, Gwen Ashe, moves to 6B on Monday.', ['20417']),
  p('Gran (Maureen Tull) asked for a call on 07700 900613 after 5.', ['07700 900613']),
  p('Se mudaron al 2207 de la calle Mezquite, en Edinburg.', ['2207 de la calle Mezquite'], [], { language: 'es' }),
  p(
    '| # | Student | Allergy | Pickup |\n|---|---|---|---|\n| 1 | Cole Brandt | nuts - EpiPen in the nurse office | walker - 918 W Pine St #2 |',
    ['918 W Pine St #2'],
  ),
  // Phones: a texting sender's label, a one-digit group after the country code, "your old number" beside the office.
  p("[7:12 PM] (830) 555-0149: this is Dana, Wes's mom, he forgot his inhaler", ['(830) 555-0149']),
  p('Apoderado: Luis Pino, cel +56 9 7123 4455.', ['+56 9 7123 4455'], [], { language: 'es' }),
  p(
    'Dear Mr. Hale, the emergency number we have is your old number, 520-555-0161; please call the office at 520-555-0100 to change it.',
    ['520-555-0161'],
  ),
  // A street named after a school, a neighbourhood called "Centro", a Colombian grid address.
  p('Mom moved: 2750 N Old School Rd Apt 4, Tucson AZ 85705, cell (520) 555-0172.', [
    '2750 N Old School Rd Apt 4',
    '(520) 555-0172',
  ]),
  p('tutor:\n  nombre: "Rosa Lemus"\n  domicilio: "Calle Allende 77, Col. Centro, Tlaquepaque"', ['Calle Allende 77']),
  p('Acudiente: Nubia Ríos, Cra. 15 #40-22 apto 501, Chapinero.', ['Cra. 15 #40-22 apto 501'], [], { language: 'es' }),
  // A free/reduced status in a lunch column; a phone from a Phone column repeated beside the district.
  p(
    'student,lunch_status,phone\nKai Moreno,REDUCED,(915) 555-0190\nLiv Dorsey,PAID,(915) 555-0134',
    ['REDUCED', 'PAID'],
    [],
    {
      answer: 'Ask the district for an interpreter, or call (915) 555-0190 directly.',
    },
  ),
];

const structuredLookAlikes: [string, string[]][] = [
  // The institution's signature block and name.
  [
    'Mrs Ruth Adair\nSENCo\nHollins Park Academy\nT: 0114 496 0350 (ext. 12)\nE: senco@hollinspark.sch.uk\nHollins Park Academy is part of the Ridgeway Learning Trust, a charitable company registered in England (No. 08812345).',
    ['0114 496 0350', 'senco@hollinspark.sch.uk', 'Ridgeway Learning Trust', '08812345'],
  ],
  [
    'Student: Amir Reza   ID: 3300191\nSchool: Jefferson Middle School   District: Lakeside Unified',
    ['Jefferson Middle School'],
  ],
  // Timetables and reading lists with pipes are no tables of children.
  ['Mon | Reading | Maths | PE\nTue | Science | Art | Music', ['Reading', 'Maths']],
  ['Book | Author | Pages\nHoles | Louis Sachar | 233', ['Holes', 'Louis Sachar', '233']],
  // Historical birthdays and a calle in a lesson.
  ['Abraham Lincoln was born on February 12, 1809.', ['February 12, 1809']],
  ['La lección 4 trata de la Calle Mayor de Madrid.', ['Calle Mayor']],
  [
    'Office hours: call the school office at (830) 555-0100 (ext. 3) or visit 400 School St.',
    ['(830) 555-0100', '400 School St'],
  ],
  ['El mapa de Bogotá: la Calle 26 cruza la Carrera 7 en el centro.', ['Calle 26', 'Carrera 7']],
];

describe('marks of other school systems', () => {
  testDetailProbes(marks);
  testLookAlikes(markLookAlikes);
});

describe('tables, dates of birth, lunch numbers, IDs, phones and addresses in new shapes', () => {
  testDetailProbes(structured);
  testLookAlikes(structuredLookAlikes);
});
