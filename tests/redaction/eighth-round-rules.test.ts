import { describe, expect, test } from 'vitest';
import { probe as p, scoreProbe, type Probe } from './probe-score';

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
];

describe('rules from the seventh and eighth held-out parts', () => {
  test.each(details.map((probe) => [probe.text, probe] as const))('%s', (_text, probe) => {
    const score = scoreProbe(probe);
    expect(score.missed).toEqual([]);
    expect(score.lost).toEqual([]);
  });

  test.each(lookAlikes)('kept: %s', (text, kept) => {
    expect(scoreProbe({ text, details: [], kept }).lost).toEqual([]);
  });
});
