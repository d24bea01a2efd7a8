import { describe } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes, type Probe } from './probe-score';

/**
 * One child's record as a two-column table of labels and values (lib/redaction/record-tables.ts), on forms that
 * appear in no corpus part (written 1 Dec 2026): an athletics physical, a field-trip medical form, a 504 summary
 * in Spanish. The label says what the value is; a glossary table of the same words names no child and stays.
 */
const details: Probe[] = [
  p(
    'Please tidy this physical form for the athletic trainer:\n\n| Field | Value |\n|---|---|\n| Athlete | Darnell Okonkwo-Price |\n| DOB | 04/17/2011 |\n| Surgeries | ACL repair 2025 (right knee) |\n| Restrictions | no contact until cleared by ortho |',
    ['Darnell Okonkwo-Price', '04/17/2011', 'ACL repair 2025 (right knee)', 'no contact until cleared by ortho'],
    ['Field', 'Value'],
  ),
  p(
    'Field trip form, copy it into English:\n\n| | |\n|---|---|\n| **Estudiante** | Yamileth Cojtí Batz |\n| **Antecedentes médicos** | convulsiones febriles de bebé; usa lentes |\n| **Elegibilidad** | trastorno del lenguaje, terapia dos veces por semana |',
    [
      'Yamileth Cojtí Batz',
      'convulsiones febriles de bebé; usa lentes',
      'trastorno del lenguaje, terapia dos veces por semana',
    ],
    [],
    { language: 'es' },
  ),
  p(
    '504 summary for subs:\n\n| Item | Detail |\n|---|---|\n| Student ID | 7730418 |\n| Eligibility | Specific learning disability (written expression) · ADHD combined type · anxiety managed with counselling weekly |\n| Accommodations | extra time 50% · speech-to-text for essays · seat near the door |',
    ['7730418', 'Specific learning disability (written expression)', 'ADHD combined type', 'speech-to-text for essays'],
  ),
];

const lookAlikes: [string, string[]][] = [
  [
    'Health unit vocabulary:\n\n| Term | Meaning |\n|---|---|\n| Surgeries | operations done by a surgeon |\n| Restrictions | limits a doctor sets after an injury |\n| Eligibility | whether someone qualifies for a program |',
    ['operations done by a surgeon', 'limits a doctor sets after an injury', 'whether someone qualifies for a program'],
  ],
  [
    'Character card for the novel:\n\n| Trait | Evidence |\n|---|---|\n| Name | Brian Robeson |\n| Conditions | alone in the Canadian wilderness with a hatchet |',
    ['alone in the Canadian wilderness with a hatchet'],
  ],
];

describe('one child’s record as a table of labels and values', () => {
  testDetailProbes(details);
  testLookAlikes(lookAlikes);
});
