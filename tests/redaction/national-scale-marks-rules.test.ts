import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes, type Probe } from './probe-score';
import { nationalScaleMarksInLine } from '../../lib/redaction/national-scale-marks';
import { detectPatterns } from '../../lib/redaction/patterns';
import { findNationalIds } from '../../lib/redaction/national-ids';

/**
 * Marks on national scales with their level words, a mark beside a bold name, "grade 95", a Cuban carnet after
 * "CI" and phones with a one-digit prefix (lib/redaction/national-scale-marks.ts, national-ids.ts, patterns.ts),
 * generalised from part 12's misses. Every sentence is written for this file (1 Dec 2026) and appears in no
 * corpus part; each probe holds a child's details and a look-alike of the same shape that must stay.
 */
const probes: Probe[] = [
  // Colombia 1.0–5.0 with its level word vs. the scale described as ranges.
  p(
    'Informe del periodo, mi estudiante Yeison Cardona Ríos (TI 1.041.227.908): nota 2,6 Bajo en comprensión lectora; su compañera Daniela Posada va con 4.7 (Superior).\nEscala institucional: de 1.0 a 2.9 Bajo, 3.0–3.9 Básico, 4.0 a 4.5 Alto y 4.6–5.0 Superior.',
    ['2,6 Bajo', '4.7 (Superior)'],
    ['2.9 Bajo', '3.9 Básico', '4.5 Alto', '5.0 Superior'],
    { language: 'es' },
  ),
  // Spain 0–10 with its qualification and a rubric summed to it vs. the band a lesson describes.
  p(
    'Notas del comentario de texto, mi alumna Nerea Olabarria (NIA 8812034): 2 / 1,5 / 2 / 1 = 6,5 bien... perdón, 2 / 1,5 / 2 / 2 = 7,5 notable; su compañero Unai Etxeberria — 4 (Insuficiente).\nRecordad: entre 7 y 8 notable, de 9 a 10 sobresaliente.',
    ['7,5 notable', '4 (Insuficiente)'],
    ['8 notable', '10 sobresaliente'],
    { language: 'es' },
  ),
  // Cuba and Argentina: a mark with aprobado or desaprobado vs. the passing threshold.
  p(
    'Evaluación de mi alumno Reinier Castañeda Vila, CI 13052234417 — 54, desaprobado; Dayana Quesada Luis — 76 (aprobado). Tel de la mamá: 7 861 4402.\nEn la prueba de 100 puntos se necesita mínimo 60 aprobado.',
    ['54, desaprobado', '76 (aprobado)', '13052234417', '7 861 4402'],
    ['60 aprobado'],
    { language: 'es' },
  ),
  // "grade 94" beside a child vs. a grade level.
  p(
    'Art notes for my student Thaddeus Okonkwo-Reyes (ID 4471902): collage done, grade 94. Grade: 88 for his sketchbook.\nThe unit is for grade 7 and grade 8 classes.',
    ['grade 94', 'Grade: 88'],
    ['grade 7', 'grade 8'],
  ),
  // A bold name with its score opening a progress comment vs. a bold heading with a count.
  p(
    'Progress comments for my student Ingrid Solberg (ID 5502131) and her table group:\n1. **Ingrid Solberg** (84): Ingrid meets standards in fractions.\n2. **Reza Tavakoli** (67): Reza is approaching standards.\n\n**Unit 4** (12 lessons) covers ratios.',
    ['(84)', '(67)'],
    ['(12 lessons)'],
  ),
  // A gradebook script's records keyed by ID with score lists, and its printed report, vs. a lesson's list.
  p(
    'my python attendance+grades script keeps crashing:\n```python\nroster = {\n    "733105": {"name": "Okafor, Chidi", "meal_code": "22871", "marks": [72, 0, 85, 90]},\n    "733190": {"name": "Lindqvist, Saga", "meal_code": "22904", "marks": [91, 88, 0, 94]},\n}\n```\nOutput:\n```\nOkafor, Chidi (733105): 61.8% - missing [2]\n```\nFor the lesson itself: `quiz_scores = [72, 85, 90, 64]` then `sum(quiz_scores) / len(quiz_scores)`.',
    ['733105', '733190', '[72, 0, 85, 90]', '[91, 88, 0, 94]', '61.8%'],
    ['[72, 85, 90, 64]'],
  ),
  // A boletín pasted without a rule line: a student column, a CURP column and subject columns of marks; and a
  // table of results with a "Resultado" column. Look-alike: the same subjects with hours in a timetable.
  p(
    'Hola, soy maestra de 1°A, te paso mis datos del SIGED:\n\nNo. | Alumno | CURP | Geografía | Inglés | Faltas\n1 | ROBLEDO NAVA, Itzel Abril | RONI120507MJCBVT03 | 7.5 | 8.0 | 3\n2 | QUIROZ LEDESMA, Omar | QULO111223HJCRDM06 | 5.5 | 6.0 | 9\n\nItzel Abril mejoró mucho.\n\nHorario | Geografía | Inglés\nLunes | 7.00 | 8.00\n\n| Estudiante | Resultado | Observación |\n|---|---|---|\n| Omar Quiroz Ledesma | 57 | Debe recuperar. |',
    ['RONI120507MJCBVT03', '7.5', '5.5', 'Itzel Abril', 'Quiroz Ledesma', '57'],
    ['7.00', '8.00'],
    { language: 'es' },
  ),
  // Rubric scores opening a named child's feedback vs. a recipe list and an exemplar's level.
  p(
    'Hatchet response grades, my student Marisol Ybarra (ID 7720194) first:\n- marisol y — 3/4, strong claim\n- Devin P. — 1/4 again, no quotes\n\n**Devin P.** — Score: 1/4 (Beginning). Devin, add two quotes.\n\nSnack for Friday:\n- flour — 3/4 cup\n- sugar — 1/2 cup',
    ['3/4, strong', '1/4'],
    ['3/4 cup', '1/2 cup'],
  ),
  // A student number with a hash beside a name in a referral vs. a pull request and a room number.
  p(
    'Referral draft — student: Marcellus Okoro (#7730251), with Ilse Brandt #7731904 as witness. Incident in Room #214.\nThe district app changelog: Fix Login Redirect (#48213) merged Monday.',
    ['#7730251', '#7731904'],
    ['#214', '#48213'],
  ),
  // Chile's school-meal code in a line about the colación vs. a postal code in the same line.
  p(
    'Acta de reunión, 7° Básico B. Beca de alimentación: mi alumno Tomás Aravena Soto (código 6638-2) no retira su colación; la oficina JUNAEB está en código postal 8320000.',
    ['6638-2'],
    ['8320000'],
    { language: 'es' },
  ),
];

describe('national scales, marks beside a name, carnets and short-prefix phones (part 12)', () => {
  testDetailProbes(probes);
});

describe('the rules one at a time', () => {
  test('a level word after a range end is the scale, not a mark', () => {
    expect(nationalScaleMarksInLine('Bajo: 1,0 – 2,9 Bajo; 3.0 - 3.9 Básico').map((m) => m.text)).toEqual([]);
    expect(nationalScaleMarksInLine('— 3.4 Básico, entrega tarde').map((m) => m.text)).toEqual(['3.4 Básico']);
  });
  test('"bien" counts only in parentheses', () => {
    expect(nationalScaleMarksInLine('respondió 3 bien y 2 mal').map((m) => m.text)).toEqual([]);
    expect(nationalScaleMarksInLine('Marcos — 6 (Bien)').map((m) => m.text)).toEqual(['6 (Bien)']);
  });
  test('a Cuban carnet after CI and a phone with a one-digit prefix after a phone word', () => {
    expect(findNationalIds('CI 09120468811').map((d) => d.text)).toEqual(['09120468811']);
    const ctx = { roster: { find: () => [] } } as never;
    expect(detectPatterns('tel 7 832 1190', ctx).map((d) => d.text)).toContain('7 832 1190');
    expect(detectPatterns('páginas 7 832 1190', ctx).map((d) => d.text)).not.toContain('7 832 1190');
    // A switchboard with its extension is an office's.
    expect(detectPatterns('Tel. 5 5684 2200 ext. 104', ctx).map((d) => d.text)).not.toContain('5 5684 2200');
  });
});
