import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { isStaffName } from '../../lib/redaction/staff-names';

/**
 * Staff named with their role are kept in a line that holds a child's details, and the same colleague stays kept
 * later in the trace (lib/redaction/staff-names.ts, scan.ts); a parent beside a volunteer role is still a parent.
 * Sentences written for this file (1 Dec 2026), in no corpus part.
 */
describe('staff named with their role', () => {
  testDetailProbes([
    p(
      'Email our 504 coordinator (Mr. Idris Bakshi, 504@northlake.org) about my student Kiara Voss (ID 33120, DOB 4/2/2012): her mom Hannah Voss asked for extra time.',
      ['Kiara Voss', '33120', 'Hannah Voss'],
      ['Idris Bakshi'],
      {
        answer:
          'Dear Mr. Bakshi,\nKiara Voss (ID 33120) needs a 504 review. Her mother, Hannah Voss, asked about extra time.',
      },
    ),
    p(
      'Intérprete: Sra. Maritza Olmedo (es la parapro, no familia). Mi alumno Joel Arteaga (ID 77120) tiene asma.',
      ['Joel Arteaga', '77120', 'asma'],
      ['Maritza Olmedo'],
    ),
    p('My student Dario Wenz (ID 88213) has asthma. His mom, Tessa Wenz, room parent, will chaperone.', [
      'Dario Wenz',
      '88213',
      'Tessa Wenz',
      'asthma',
    ]),
    // Part 16's class (1 Dec 2026): staff labelled mid-line after a sentence, Spanish degrees and courtesy titles,
    // an agency caseworker, a signature's title with a programme before it.
    p(
      'Mi alumna Renata Olmos (ID 44817) tiene dislexia. Jefe de estudios: Tomás Berrocal. Orientadora: D.ª Inés Vilaró.',
      ['Renata Olmos', '44817', 'dislexia'],
      ['Tomás Berrocal', 'Inés Vilaró'],
    ),
    p(
      'Student: Keanu Pratt (ID 61502), IEP for ADHD. Our principal is Dra. Marisol Quevedo; Coordinadora PIE: Educ. Dif. Viviana Roa.',
      ['Keanu Pratt', '61502', 'ADHD'],
      ['Marisol Quevedo', 'Viviana Roa'],
    ),
    p(
      'From: Dwight Okoro (DCFS caseworker)\nMy student Sunniva Lamb (ID 70215) is in foster care; ask the caseworker (Dwight Okoro).\n\nGreta Halvorsen\nHomeless Education Liaison | Pine Ridge Schools',
      ['Sunniva Lamb', '70215'],
      ['Dwight Okoro', 'Greta Halvorsen'],
    ),
  ]);

  test('the role must touch the name', () => {
    const text = "Maya's counselor said Maya Ortiz is back. Firma: Ana Ruiz, Consejera.";
    const at = (name: string) => [text.indexOf(name), text.indexOf(name) + name.length] as const;
    expect(isStaffName(text, ...at('Maya Ortiz'))).toBe(false);
    expect(isStaffName(text, ...at('Ana Ruiz'))).toBe(true);
  });

  test('a word after a name that merely looks like an acronym is no programme: the role must still touch it', () => {
    const text = 'Milo Baez, whose teacher is new, has an IEP. Nurse notes: Talia Ruiz fainted. (ABC DEF Lena Ortiz)';
    const at = (name: string) => [text.indexOf(name), text.indexOf(name) + name.length] as const;
    expect(isStaffName(text, ...at('Milo Baez'))).toBe(false);
    expect(isStaffName(text, ...at('Talia Ruiz'))).toBe(false);
    expect(isStaffName(text, ...at('Lena Ortiz'))).toBe(false);
  });
});

test('a role at the end of an earlier line is not the next line’s name', () => {
  const text = 'Talk to the counselor\n- Maya Ortiz has asthma';
  expect(isStaffName(text, text.indexOf('Maya Ortiz'), text.indexOf('Maya Ortiz') + 10)).toBe(false);
  const label = 'Notes\nTraductora: Sra. Dulce Ramos (parapro)';
  expect(isStaffName(label, label.indexOf('Dulce'), label.indexOf('Dulce') + 11)).toBe(true);
});

test('a label on the next line is not a signature’s title', () => {
  const text = 'Student: Maya Ortiz\nTeacher: Ms. Lee';
  expect(isStaffName(text, 9, 19)).toBe(false);
  const signed = 'Atentamente,\nRosa Elena Quiroga\nConsejera, Northside HS';
  expect(isStaffName(signed, signed.indexOf('Rosa'), signed.indexOf('Rosa') + 18)).toBe(true);
});
