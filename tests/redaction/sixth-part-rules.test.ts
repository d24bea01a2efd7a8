import { describe } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes, type Probe } from './probe-score';

/**
 * The rules generalised from the sixth held-out part's wrongly redacted look-alikes and misses
 * (tests/fixtures/redaction/README.md), each checked on sentences that appear in no corpus part (written
 * 1 Dec 2026). Every look-alike shape has a student detail of the same shape beside it that must still go:
 * a fix that only kept things would fail there.
 */
const details: Probe[] = [
  // A quoted reply: the school's signature stays (below), a family's mailbox and a student's school mailbox go.
  p(
    'From: Tessa Morrow <tmorrow77@gmail.com>\nJonah was sick all week.\n\n> On Tue, Ana García <agarcia@riverbendms.org> wrote:\n> Jonah still owes the essay.\n> Ana García | 8th Grade ELA | Riverbend Middle School\n> 2210 Quarry Rd, Dayton, OH 45402',
    ['tmorrow77@gmail.com', 'Tessa Morrow'],
    ['agarcia@riverbendms.org', '2210 Quarry Rd', 'Riverbend Middle School'],
  ),
  p('Send the make-up work to jlopez@riverbendms.org (Jonah Lopez, my student).', ['jlopez@riverbendms.org']),
  // A family's address and cell beside an elementary school's.
  p(
    'Spring concert at Cedar Hill Elementary, 45 Poplar Ave. Marisol moved to 77 Larch St and her mom’s cell is (937) 555-0177.',
    ['77 Larch St', '(937) 555-0177'],
    ['45 Poplar Ave'],
  ),
  // A line naming a child by a cue is about that child: a service said of "him" in the next sentence is his.
  p("I'm writing about Dario's spelling. We would like to evaluate him for special education services.", [
    'Dario',
    'special education services',
  ]),
  // A dash label in a line of its own still labels (only a bold heading running past the dash does not).
  p('Student: Wendeline Oakes\n**Allergies** — shellfish', ['Wendeline Oakes', 'shellfish']),
  // A record whose "name" is a child's, with a list that is not of people.
  p('```json\n{ "name": "Rosalind Achebe", "allergies": ["latex", "kiwi"] }\n```', ['Rosalind Achebe']),
  // A real child's score after "scored", with no exercise asked of the class.
  p('Leo scored 12/20 on the fractions quiz and I need to tell his dad tonight.', ['12/20']),
  // A SIS export with abbreviated headers: last and first name apart, the guardian's phone under "Ph".
  p(
    'sort these into reading buddies\n\nStu#,LName,FName,HR,DOB,Lunch#,Guardian,Ph\n2290114,Okonkwo,Chidera,7,02/11/2016,51830,Ngozi Okonkwo,765-555-0131\n2290127,Brandvold,Anneli,7,08/23/2015,51844,Tor Brandvold,765-555-0166',
    ['Okonkwo', 'Chidera', 'Anneli', 'Brandvold', '02/11/2016', '51830', '51844', '765-555-0131', 'Tor Brandvold'],
    [],
    { answer: 'Pair Chidera Okonkwo with Anneli Brandvold.' },
  ),
  // Marks under subject columns of a class table, abbreviated as report cards do, with decimal points or commas.
  p(
    '| Alumna | Mat | Cien | Notas |\n|---|---|---|---|\n| Valeria Trujillo | 8,6 | 7.35 | participa |\n| Noemí Garza | 5.9 | 6,4 | — |',
    ['Valeria Trujillo', '8,6', '7.35', '5.9', '6,4'],
    [],
    { language: 'es' },
  ),
  // A reading level in YAML under a Spanish key.
  p('```yaml\n- nombre: "Dulce Arreola"\n  nivel_lector: "4.2"\n```', ['Dulce Arreola', '4.2'], [], { language: 'es' }),
  // Decimal marks after the verb, in pairs, and after "nota … es".
  p('Gael Ortuño obtuvo 6.5 y 7.25 en los parciales; su nota final es 6,9.', ['6.5', '7.25', '6,9'], [], {
    language: 'es',
  }),
  p('Student: Marisa Kell. Her current grade is 71% and she scored 88% and 92% on the labs.', ['71%', '88%', '92%']),
  // Rubric marks in a column whose header does not say "score", and percentages after "her" or an adjective.
  p('Student\tID\tLab report\nPell, Ansel\t310224\t3/5\nVoight, Mira\t310231\t5/5\nIdris, Tomi\t310245\t2/5', [
    'Pell',
    'Ansel',
    '310224',
    '3/5',
    '5/5',
    '2/5',
  ]),
  p('Ansel Pell scored a solid 83% this term. His 64% in October was a low point.', ['Ansel Pell', '83%', '64%']),
  // A log entry: the child as initials after the date and time, and a nurse's shorthand.
  p('3/12 1320 R.K. seizure, 2 min, rested, mom called\n3/13 0840 Tove B. DM1, BG 58, juice, recheck BG 96', [
    'R.K.',
    'seizure',
    'DM1',
    'BG 58',
    'BG 96',
  ]),
  p('Note from the nurse: Lindiwe (grade 4) has T2D and uses her rescue inhaler at recess.', ['T2D', 'rescue inhaler']),
  // Report-card notes typed without list marks: nicknames, initials (the nickname before a name in parentheses is checked on the sixth part only).
  p(
    'comments for my 3rd graders pls\n\nDaniel Ortiz - has an IEP for math, loves maps\nMaya Okoro - has an IEP for reading\nbeanie - shy but improving\nkc - new this month',
    ['Daniel Ortiz', 'Maya Okoro', 'beanie', 'Beanie', 'kc', 'KC'],
    [],
    { answer: 'Beanie is finding her voice. KC has settled in.' },
  ),
  // A parents' chat: a sender writing to the teacher is a parent, and what the message says is about a child.
  p(
    'contesta esto porfa\n\n[3/2/26, 8:14] Graciela Ontiveros: profe buenas, el niño tiene TDAH y hoy no trajo la medicina\n[3/2/26, 8:20] Graciela Ontiveros: y el niño es celíaco, tiene celiaquía',
    ['Graciela Ontiveros', 'TDAH', 'celiaquía'],
    [],
    { language: 'es' },
  ),
  p('12/1/25, 6:02 PM - Dana Whitlock: Hi Ms. Ruiz, my son has asthma and forgot his inhaler', [
    'Dana Whitlock',
    'asthma',
  ]),
];

const lookAlikes: [string, string[]][] = [
  // The school's address and line named beside an elementary school, alone in a translated copy.
  [
    'Please come to Cedar Hill Elementary (45 Poplar Ave) on May 2, or call me at (937) 555-0123.\n\nPor favor venga a Cedar Hill Elementary (45 Poplar Ave) el 2 de mayo, o llámeme al (937) 555-0123.',
    ['45 Poplar Ave', '(937) 555-0123'],
  ],
  // A bold heading whose subtitle follows a dash: the words before the dash are no label.
  ['**Medication log — week of March 9**\n\nThree check-ins, all routine.', ['March 9']],
  // Groups named in a record that lists their members.
  [
    '```json\n[\n  { "name": "Andes", "members": ["Lucia Ferro", "Omar Said"] },\n  { "name": "Alps", "members": ["Kofi Mensah", "Rhea Das"] }\n]\n```',
    ['Andes', 'Alps'],
  ],
  // A lab table's pH column and a file name in code are no phone and no name.
  ['Sample,pH,Temp,Result\nLemon juice,2.4,21,acid\nTap water,7.2,21,neutral', ['2.4', '7.2', 'Lemon juice']],
  ['```python\nfname = "Results.csv"\nlname = "Summary"\n```', ['Results.csv', 'Summary']],
  // Subject columns of a timetable or a lesson table are no marks; a decimal in a lesson sentence is no mark.
  [
    '| Hora | Mat | Cien |\n|---|---|---|\n| 8.30 | fracciones | plantas |\n| 9.15 | decimales | agua |',
    ['8.30', '9.15'],
  ],
  ['| Planet | Sci | Notes |\n|---|---|---|\n| Mars | 3.7 | red |\n| Venus | 8.9 | hot |', ['3.7', '8.9']],
  ['The class average is 7.4 this term; the grade level target is 75%.', ['7.4', '75%']],
  // Dates in a class table's column share no denominator; a percentage in a lesson sentence stays.
  [
    'Student\tID\tAbsent\nPell, Ansel\t310224\t3/4\nVoight, Mira\t310231\t3/11\nIdris, Tomi\t310245\t4/2',
    ['3/4', '3/11', '4/2'],
  ],
  ['The recipe scored a surprising 40% less sugar; its 2/3 cup of flour stays.', ['40%', '2/3']],
  // Initials that are no child: an era or a place after a date in a timeline; a "BG" with no reading.
  ['4/4 1968 M.L.K. Jr. was shot in Memphis.', ['Memphis']],
  ['12/25 U.S. holiday, school closed. Lab: the BG group tests pH.', ['U.S.', 'BG']],
  // Unmarked dash lines beside two children's notes: a schedule and a reminder are no nicknames.
  [
    'Daniel Ortiz - has an IEP for math\nMaya Okoro - has an IEP for reading\nreminder - picture day friday\nmonday - library',
    ['reminder', 'monday'],
  ],
  // A chat between colleagues, and a timeline in the same shape, say nothing of a family.
  [
    '[3/2/26, 9:00] Carlos Medina: el taller de TDAH para docentes es el viernes\n[3/2/26, 9:05] Ana Ruiz: ok, ahí estaré',
    ['Carlos Medina', 'TDAH'],
  ],
  // Word problems: a made-up person and made-up scores the class works out.
  ['Warm-up: Leo scored 12 and 15 on two quizzes. What is his average?', ['Leo', '12']],
  ['Ejercicio: Sofía sacó 6 de 10 y 8 de 10. ¿Cuál es su promedio?', ['Sofía', '6 de 10']],
  ['Ejemplo resuelto: Sofía sacó 6 de 10 y 8 de 10. Promedio: (6 + 8) / 2 = 7.', ['Sofía', '6 de 10']],
];

describe('rules from the sixth held-out part', () => {
  testDetailProbes(details);

  testLookAlikes(lookAlikes);
});
