import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { isStaffInClassContext } from '../../lib/redaction/staff-in-class-context';

/**
 * Teachers named with an honorific as a child's homeroom beside the grade level, as the owner of a subject, or as the
 * para are kept on lines that hold a child's details; a parent named with an honorific stays a parent
 * (lib/redaction/staff-in-class-context.ts). Sentences written for this file (2 Dec 2026), in no corpus part.
 */
describe('staff named beside a grade level, a subject or as the para', () => {
  testDetailProbes([
    p(
      'Bus safety list for the zoo trip:\n- Mireya Castellanos (2nd, Mrs. Oduya) — peanut allergy, EpiPen in the nurse bag, dad Mr. Castellanos 555-0143\n- Tobin Yazzie (3rd, Mr. Harcourt) — seizure disorder; para Ms. Lindgren rides with him',
      ['Mireya Castellanos', 'peanut allergy', '555-0143', 'Tobin Yazzie', 'seizure disorder'],
      ['Oduya', 'Harcourt', 'Lindgren'],
      {
        answer:
          '| Student | Grade / teacher | Watch for |\n|---|---|---|\n| Mireya Castellanos | 2nd, Mrs. Oduya | Peanut allergy |\n| Tobin Yazzie | 3rd, Mr. Harcourt | Seizure disorder |',
      },
    ),
  ]);

  test('the cue must touch the honorific name', () => {
    const text =
      'Roster: Ana Ruiz (4th, Mrs. Kell); Ben Cole (Grade 5, Mr. Ames); Mr. Tran’s ELA, then lunch; mom Mrs. Ruiz at 555-0101; para Ms. Vo; 4th, Dana Ruiz; Mrs. Cole’s son.';
    const at = (name: string) => [text.indexOf(name), text.indexOf(name) + name.length] as const;
    expect(isStaffInClassContext(text, ...at('Mrs. Kell'))).toBe(true);
    expect(isStaffInClassContext(text, ...at('Ames'))).toBe(true);
    expect(isStaffInClassContext(text, ...at('Mr. Tran'))).toBe(true);
    expect(isStaffInClassContext(text, ...at('Ms. Vo'))).toBe(true);
    expect(isStaffInClassContext(text, ...at('Mrs. Ruiz'))).toBe(false);
    expect(isStaffInClassContext(text, ...at('Dana Ruiz'))).toBe(false);
    expect(isStaffInClassContext(text, ...at('Mrs. Cole'))).toBe(false);
  });
});
