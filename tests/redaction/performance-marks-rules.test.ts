import { describe } from 'vitest';
import { probe as p, testDetailProbes, type Probe } from './probe-score';

/**
 * Marks of one child's performance said with no sentence cue (lib/redaction/performance-marks.ts) and columns of
 * screeners and tests (lib/redaction/field-names.ts), generalised by shape from parts 10 and 11's misses
 * (tests/fixtures/redaction/README.md). Every sentence here is written for this file (1 Dec 2026) and appears in
 * no corpus part. Each probe is a trace holding a child's details with, beside the mark, a look-alike of the same
 * shape that must stay: a word problem, a goal, a policy, a cut score, a course title.
 */
const probes: Probe[] = [
  // Skills counted: a child's screener result vs. a word problem and a goal of the same shape.
  p(
    'Conference notes for my student Odalys Ferrante (ID 5527104):\n- Odalys knows 37 of 52 letters and 14 sounds; identified 9 of 26 letter sounds in March.\n\nMath center: Tomas has 52 cards and gives away 37 of 52 cards. How many cards are left?',
    ['37 of 52 letters and 14 sounds', '9 of 26 letter sounds'],
    ['37 of 52 cards'],
  ),
  p(
    'Notas de mi alumno Bastián Quiroga (código de estudiante 2025-PRE-0093): todavía reconoce 5 de 27 letras (5 de 27 letras).\nMeta del grupo: reconocer 27 letras en junio.',
    ['2025-PRE-0093', '5 de 27 letras'],
    ['27 letras en junio'],
    { language: 'es' },
  ),
  // Accuracy and change vs. an IEP goal's criterion.
  p(
    'Speech log, my student Anouk Delacroix (ID 6610278): /th/ in phrases 45% accuracy with visual cues, up from 20% in October.\nGoal: Anouk will produce /th/ in sentences with 80% accuracy across 3 sessions.',
    ['45%', '20%'],
    ['80% accuracy'],
  ),
  // One mark said of a person vs. a cut score, a rule and a course title.
  p(
    'Caseload, my student Teodor Vasquez-Lind (ID 7731920): chem is currently a 58, mostly missing labs; a 61 in AP Biology too.\nReminder: a 3 on the AP exam earns credit at most state universities, and AP Biology meets the lab requirement.',
    ['a 58', 'a 61 in AP Biology'],
    ['a 3 on the AP exam', 'AP Biology meets'],
  ),
  // Named tests and transcripts vs. a program's minimum.
  p(
    'Transcript check for my student Ilse Brandvold (ID 8820417): unweighted GPA: 2.94, class rank: 201/512, SAT 1080.\nThe honors program asks for a GPA of 3.5 or higher and an SAT 1200 minimum.',
    ['2.94', '201/512', 'SAT 1080'],
    ['3.5 or higher', 'SAT 1200 minimum'],
  ),
  p(
    'Dual credit check: my student Amadou Sarr (ID 6628104) has TSI reading 338, below the 351 minimum for ENGL 1301.',
    ['338'],
    ['351 minimum'],
  ),
  p(
    'Informe de mi alumna Renata Ocampo (DOB 04/11/2018): en el Beery VMI sacó una puntuación estándar de 71.\nRecuerde: una puntuación estándar por debajo de 70 pide una evaluación completa.',
    ['71'],
    ['por debajo de 70'],
    { language: 'es' },
  ),
  // Score rows of a child vs. a course list and a grading weight.
  p(
    '- Marisol Etxeberria (ID 3340981): Lectura 3 · Escritura 2 · Matemática 4. Lee con apoyo.\n\nHorario del grado: Matemática 6, Ciencias 6, Lectura 6. Ponderación: lectura 40, escritura 30, matemática 30.',
    ['Lectura 3 · Escritura 2 · Matemática 4'],
    ['Matemática 6, Ciencias 6, Lectura 6', 'lectura 40, escritura 30, matemática 30'],
    { language: 'es' },
  ),
  p('Report card comments. My student Jonah Kettleby (ID 4419275): reading 3, writing 1, math 2. Reads at level E.', [
    'reading 3, writing 1, math 2',
  ]),
  // A screener's columns (letter naming, letter sounds, tier, ability index) in a table of students.
  p(
    'Last, First | ID | LNF /52 | LSF /26 | notes\nPellegrini, Sasha | 7720341 | 39 | 17 |\nOyelowo, Kemi | 7720358 | 8 | 3 | new in Jan',
    ['39 | 17', '8 | 3', 'Sasha', 'Kemi'],
  ),
  p(
    'student_id,last,first,overall_tier,ability_index\n30917722,Ferreira,Luan,Tier 2,188\n30917730,Abara,Chidi,Tier 3,164',
    ['188', '164', 'Luan', 'Chidi'],
  ),
  // Probe scores in prose and code: a child's run of scores.
  p('Progress monitoring for my student Idris Mbeki (ID 2218840): baseline 40, probes 44, 49, 47, 53 - SLD reading.', [
    '44, 49, 47, 53',
  ]),
];

describe('marks of one child said with no cue, and screener columns (parts 10 and 11)', () => {
  testDetailProbes(probes);
});
