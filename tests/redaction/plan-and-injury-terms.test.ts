import { describe, expect, test } from 'vitest';
import { oneEditApart } from '../../lib/redaction/misspelt-medicines';
import { probe as p, testDetailProbes, testLookAlikes, type Probe } from './probe-score';

/**
 * Support-plan and health words by class (lib/redaction/plan-and-injury-terms.ts) and medicines misspelt by one
 * letter (misspelt-medicines.ts), said of one child; the same words in a lesson, a handout or a policy stay.
 * Sentences written for this file (1 Dec 2026), in no corpus part.
 */
const details: Probe[] = [
  p(
    'My student Anouk Verhoeven (ID 5561207) gets quizzes in a quiet room and a break pass, 3 per day; she also qualifies for extended school year.',
    ['Anouk Verhoeven', '5561207', 'quizzes in a quiet room', 'break pass, 3 per day', 'extended school year'],
  ),
  p(
    'SLP note: my student Bram Okoye has a mixed receptive-expressive language disorder and gets 45 minutes a week of articulation therapy.',
    ['Bram Okoye', 'mixed receptive-expressive language disorder', '45 minutes a week of articulation therapy'],
  ),
  p(
    'Incident on bus 14: my student Lucas Feld (ID 7712093) came in with a split lip and a gash above his left eyebrow; the nurse used 2 steri-strips. He failed his hearing screen last month.',
    [
      'Lucas Feld',
      '7712093',
      'split lip',
      'gash above his left eyebrow',
      '2 steri-strips',
      'failed his hearing screen',
    ],
  ),
  p(
    'Mi alumna Zoe Quintana (legajo 33018) tiene tiempo adicional en las evaluaciones y una maestra integradora; la mamá dice que toma ibuprofeno y es alérgica a la amoxicilna.',
    ['Zoe Quintana', '33018', 'tiempo adicional en las evaluaciones', 'maestra integradora', 'amoxicilna'],
    [],
    { language: 'es' },
  ),
];

const lookAlikes: [string, string[]][] = [
  [
    'PD slide: quizzes in a quiet room, movement breaks and extended school year services are common supports.',
    ['quizzes in a quiet room', 'movement breaks', 'extended school year'],
  ],
  [
    'In the first-aid lesson, a split lip or a nosebleed needs gentle pressure; steri-strips close small cuts. Every 3rd grader gets a hearing screen in October.',
    ['split lip', 'nosebleed', 'steri-strips', 'hearing screen'],
  ],
  [
    'La evaluación diferenciada y el tiempo adicional son ajustes razonables que define el decreto; la amoxicilina es un antibiótico.',
    ['evaluación diferenciada', 'tiempo adicional', 'ajustes razonables', 'amoxicilina'],
  ],
];

describe('support-plan, injury and screening words, and misspelt medicines, said of one child', () => {
  testDetailProbes(details);
  testLookAlikes(lookAlikes);

  test('one edit apart: a letter wrong, missing, added or two swapped', () => {
    expect(oneEditApart('amoxicilin', 'amoxicillin')).toBe(true);
    expect(oneEditApart('ibuprofin', 'ibuprofen')).toBe(true);
    expect(oneEditApart('cetrizine', 'cetirizine')).toBe(true);
    expect(oneEditApart('albuterol', 'albuterol')).toBe(false);
    expect(oneEditApart('amoxicilina', 'amoxicillin')).toBe(false);
  });
});
