import { describe } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes } from './probe-score';

/**
 * A child's access supports, abbreviated adaptations, language-programme status, custody restriction and
 * need-based grant (lib/redaction/access-and-program-terms.ts), and the health facts of her life — pregnancy, a
 * parent's chronic illness, displacement trauma, Asperger's (lib/redaction/family-and-life-health-terms.ts) — are
 * redacted in a sentence about her; a lesson's use of the same words is not. Written for this file (2 Dec 2026),
 * in no corpus part.
 */
describe('access supports, programme statuses and life health facts of a child', () => {
  testDetailProbes([
    p(
      'PIAR de Valentina Ospina Ruiz (T.I. 1098123456): baja visión, usa lupa y material en macrotipo; Tomás Arango (T.I. 1097554321) tiene intérprete de LSC los martes.',
      [
        'Valentina Ospina Ruiz',
        '1098123456',
        'usa lupa',
        'macrotipo',
        'Tomás Arango',
        '1097554321',
        'intérprete de LSC',
      ],
      [],
      { language: 'es' },
    ),
    p(
      'Student 0447120 | Yareli Fuentes Cruz | EB – parent denial of services\nStudent 0447133 | Ismael Tzul | EB – bilingual program; custody case, no photos.',
      [
        '0447120',
        'Yareli Fuentes Cruz',
        'EB – parent denial of services',
        '0447133',
        'Ismael Tzul',
        'EB – bilingual program',
        'custody case',
      ],
    ),
    p(
      'Ficha de Maite Calderón Zambrano (C.I. 0923456781): está embarazada según la orientadora; su papá está en diálisis. Recibe la Beca Benito Juárez.',
      ['Maite Calderón Zambrano', '0923456781', 'embarazada', 'diálisis', 'Beca Benito Juárez'],
      [],
      { language: 'es' },
    ),
    p(
      'My student Farid Haidari (ID 5520917) spent three years in a refugee camp before arriving; his aunt says he has Asperger syndrome.',
      ['Farid Haidari', '5520917', 'refugee camp', 'Asperger syndrome'],
    ),
  ]);

  testLookAlikes([
    [
      'Lesson: how a sign language interpreter works, and why large print helps readers.',
      ['sign language interpreter'],
    ],
    ['Unidad de biología: el embarazo y el desarrollo del feto.', ['embarazo']],
    [
      'History: life in a refugee camp after 1948, and the Becas para el Bienestar programme.',
      ['refugee camp', 'Becas para el Bienestar'],
    ],
  ]);
});
