import { describe } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes, type Probe } from './probe-score';

/**
 * Rules for marks, IDs and the structured details tied to a student, generalised by class from the misses of
 * parts 10–12 (/work/briefs/dev-misses-10-12.txt, 1 Dec 2026), and for the institution's own look-alikes. Every
 * probe is made up for this file (it is in no corpus part): a detail and a look-alike of the same shape.
 */
const details: Probe[] = [
  // A CSV typed by hand with an unquoted free-text last column: its commas stay in the notes cell, and the rows
  // after the first such row are still the table's (every score column is still read).
  p(
    'Fall screener export:\n\nstudent,STAR scaled score,lexile,notes\nLiesl Amundsen,602,710L,reads slowly, likes dogs\nOrrin Vaszary,655,845L,strong, but rushes\nTeodora Plum,590,640L,absent twice',
    ['Liesl Amundsen', '602', '710L', 'Orrin Vaszary', '655', '845L', 'Teodora Plum', '590', '640L'],
    ['STAR scaled score'],
  ),
  p(
    'alumno;puntaje;observaciones\nBenicio Larraín;34;lee bien; falta a veces\nAmanda Quiroz;41;sin problemas',
    ['Benicio Larraín', '34', 'Amanda Quiroz', '41'],
    [],
    { language: 'es' },
  ),
  // A note keyed by a student label typed in lower case: the paragraph is about that child.
  p(
    'mtg notes 2/4 — student: Rosalind Achterberg, gr 3\nconcerns: fluency 48 wcpm on the winter probe (goal for gr 3 is ~90)\nnext: re-probe in 3 weeks',
    ['Rosalind Achterberg', '48 wcpm'],
    ['~90', '3 weeks'],
  ),
  // Personal mailboxes: a provider people sign up to, or a school's student subdomain with a number in it.
  p(
    'My student Thaddeus Krell (ID 5520917) wrote from tkrell31@students.oakvalems.org; his dad uses krell.family@icloud.com. Reply to robotics@oakvalems.org and cc his coach, mbeaudry@oakvalems.org.',
    ['Thaddeus Krell', 'tkrell31@students.oakvalems.org', 'krell.family@icloud.com'],
    ['robotics@oakvalems.org', 'mbeaudry@oakvalems.org'],
  ),
  // A letter's address block: the family's city line under their street is theirs; the school's stays.
  p(
    'Fix this letter:\n\nBriarwood Middle School\n800 Fenwick Ave, Dayton, OH 45402\n\nGwendolyn Osei\n219 Tamarack Ct, Apt 4\nKettering, OH 45429\n\nDear Ms. Osei, your son Kwabena Osei (Student ID 6620418) has missed 9 days.',
    ['219 Tamarack Ct, Apt 4', 'Kettering, OH 45429', 'Kwabena Osei', '6620418'],
    ['800 Fenwick Ave, Dayton, OH 45402', 'Briarwood Middle School'],
  ),
  // Marks beside their subjects, abbreviated or qualified, after a label naming marks or on a line about a child.
  p(
    'IEP snapshot, case manager copy\nCurrent marks: rdg 74, wrtg 69, sci (inclusion) 88\nNext review in May.',
    ['74', '69', '88'],
    ['IEP snapshot'],
  ),
  p(
    '504 mtg re: Desmond Okoro (ID 4471902): math ok (C+), ELA 58%; he reads 45 minutes a night with his aunt.',
    ['Desmond Okoro', 'C+', '58%'],
    ['45 minutes'],
  ),
  p(
    'Informe de la alumna Ximena Talavera (DNI 74120933)\nNotas del bimestre: Comunicación 15, Matemática 12, CyT 14',
    ['Ximena Talavera', '74120933', 'Comunicación 15', 'Matemática 12', 'CyT 14'],
    [],
    { language: 'es' },
  ),
  // Mexico's formative fields (SEP 2022) are subjects too: a boleta line with the child's CURP (2 Dec 2026).
  p(
    'Boleta de Renata Olmos Vidal — CURP OOVR130512MDFLDN04 — Lenguajes 9, Saberes y P.C. 6, Ética 8, De lo Humano 7. Libro: Nuestros saberes',
    ['Renata Olmos Vidal', 'OOVR130512MDFLDN04', 'Lenguajes 9', 'Saberes y P.C. 6', 'Ética 8', 'De lo Humano 7'],
    ['Nuestros saberes'],
    { language: 'es' },
  ),
  // A child's school account is hers when the line names her as a student; a scale's score after "of" or a verb.
  p(
    'Please forward the packet to mtorvald@ridgelinems.org (Mira Torvald, my student in period 4); her RIT of 207 is up from fall.',
    ['mtorvald@ridgelinems.org', 'Mira Torvald', '207'],
  ),
];

/** Look-alikes of the same shapes that must stay. */
const lookAlikes: [string, string[]][] = [
  // A book list in CSV with a free-text last column is no class table: its numbers are the books'.
  [
    'title,author,lexile,pages,why\nHatchet,Gary Paulsen,1020L,195,survival, short chapters\nHoles,Louis Sachar,660L,233,funny, mystery',
    ['1020L', '195', '660L', '233', 'Gary Paulsen'],
  ],
  // The school's role and staff mailboxes in a letterhead, a signature or a mail header.
  [
    'From: Coach Ines Baltazar <ibaltazar@westgrovejhs.org>\nCc: boosters@westgrovejhs.org, yearbook@lakeshorehs.net\nRector: rectoria@colegiolosandes.edu.co',
    [
      'ibaltazar@westgrovejhs.org',
      'boosters@westgrovejhs.org',
      'yearbook@lakeshorehs.net',
      'rectoria@colegiolosandes.edu.co',
    ],
  ],
  // The school's own address after a label that names the school, in a letterhead.
  [
    'Informe de la alumna Luciana Pardo (TI 1.044.221.903)\nDirección de la IE: Calle 12 # 30-45, Envigado. Correo secretaria@iesanjose.edu.co\nDirección del colegio: Carrera 7 # 10-20',
    ['Calle 12 # 30-45, Envigado', 'secretaria@iesanjose.edu.co', 'Carrera 7 # 10-20'],
  ],
  // A city line under a line with no family's street is any town.
  ['Field trip to the Air Force Museum\nDayton, OH 45433\nBus leaves at 8:10.', ['Dayton, OH 45433']],
  // A grading policy, a class average, a goal and a course by its number are not one child's marks.
  ['Grade weights: math 40%, reading 35%, science 25%', ['math 40%', 'reading 35%', 'science 25%']],
  ['Class average: math 72%, reading 68%. Goal: reading 80% by June.', ['math 72%', 'reading 68%', 'reading 80%']],
  ['Schedule for my student Pilar Ocampo: Math 7 in room 12, Science 8 at 10:15.', ['Math 7', 'Science 8']],
  [
    'Notas: la nota mínima es 11; ponderación: Comunicación 40%, Matemática 60%',
    ['Comunicación 40%', 'Matemática 60%'],
  ],
  // A book list's Lexile range and a class figure after a possessive of a time or a group, beside a child.
  [
    "For my student Arlo Venn the 6th grade band is 925L-1185L; compared with last year's 68% average and the class's B average, he is on track.",
    ['925L-1185L', '68%'],
  ],
  [
    'Coach Dana Whitfield <dwhitfield@ridgelinems.org> will email the students about tryouts.',
    ['dwhitfield@ridgelinems.org'],
  ],
  // The role a mailbox spells, written as a word in the same line, names no person.
  [
    'PTA email is pta@hollowayms.org; Robotics club: robotics@hollowayms.org (students sign up there).',
    ['pta@hollowayms.org', 'robotics@hollowayms.org'],
  ],
  // A character named in a reading log's notes beside another character of the same book.
  [
    'name,lexile,book,notes\nIlse Drummond,880L,Wonder,liked Auggie Pullman, not Julian',
    ['Auggie Pullman', 'Julian', 'Wonder'],
  ],
];

describe('student data by class: marks, IDs, structured details, and the institution look-alikes', () => {
  testDetailProbes(details);
  testLookAlikes(lookAlikes);
});
