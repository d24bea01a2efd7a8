import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes } from './probe-score';
import { classifyFieldName } from '../../lib/redaction/field-names';
import { findLabelledSequenceIds } from '../../lib/redaction/labelled-sequence-ids';
import { findSubtestScores } from '../../lib/redaction/subtest-score-lists';
import { findMarkWordLists } from '../../lib/redaction/mark-word-lists';
import { codeFormsOfBirthDate } from '../../lib/redaction/code-birth-dates';
import { isRecordLine } from '../../lib/redaction/labelled-value-cells';
import { isReversedStaffFirstName } from '../../lib/redaction/reversed-staff-names';
import { isInstitutionOrStreetName } from '../../lib/redaction/institution-and-street-names';

/**
 * The rules written from blind part 21's misses (2 Dec 2026), by class, on made-up probes written for this file and
 * in no corpus part: state-ID and benchmark headers, labelled enrolment IDs, subtest scores, marks listed after a
 * mark word, code date literals of a birth date, record lines that are no table header, staff written surname
 * first, and names of schools and streets.
 */
describe('state-ID and benchmark headers (state-id-and-assessment-headers.ts)', () => {
  test('a state’s own ID name or a benchmark’s name heads a column of student data', () => {
    expect(classifyFieldName('FLEID')).toBe('studentId');
    expect(classifyFieldName('GTID')).toBe('studentId');
    expect(classifyFieldName('OSIS #')).toBe('studentId');
    expect(classifyFieldName('Fall i-Ready')).toBe('grade');
    expect(classifyFieldName('DIBELS')).toBe('grade');
    expect(classifyFieldName('iready_scale', 'key')).toBe('grade');
  });
  test('short acronyms that are code words count only as headers; everyday headers stay unclassified', () => {
    expect(classifyFieldName('stn', 'key')).toBeNull();
    expect(classifyFieldName('STN')).toBe('studentId');
    expect(classifyFieldName('Station')).toBeNull();
    expect(classifyFieldName('Reading map')).toBeNull();
    expect(classifyFieldName('Ready')).toBeNull();
  });
  testDetailProbes([
    p(
      'Check the vendor roster.\nLearner | GTID | Visits | Fall i-Ready | Note\nOdessa Pruitt | 4471209385 | 14 | 391 | \nLeontyne Farr | 4471233016 | 9 | 447 | ',
      ['Odessa Pruitt', '4471209385', '391', 'Leontyne Farr', '4471233016', '447'],
      ['Check the vendor roster'],
    ),
  ]);
});

describe('labelled enrolment and state IDs (labelled-sequence-ids.ts)', () => {
  const found = (t: string) => findLabelledSequenceIds(t).map((d) => d.text);
  test('a prefix, a year and a sequence, a state prefix and 12 digits, any CURP-like value under a CURP key', () => {
    expect(found('{"matricula": "B2024-1182", "nombre": "X"}')).toEqual(['B2024-1182']);
    expect(found('Student ID: S2023-077')).toEqual(['S2023-077']);
    expect(found('FLEID: FL000512398840')).toEqual(['FL000512398840']);
    expect(found('"curp": "ROPA14021HJCXLN0"')).toEqual(['ROPA14021HJCXLN0']);
  });
  test('no label, another label or another shape: nothing', () => {
    expect(found('Invoice: A2025-0417')).toEqual([]);
    expect(found('The 2024-2025 school year, order B2024-1182')).toEqual([]);
    expect(found('Student ID: 2024-2025')).toEqual([]);
    expect(found('"curp": "pendiente"')).toEqual([]);
  });
});

describe('subtest scaled scores (subtest-score-lists.ts)', () => {
  const found = (t: string) => findSubtestScores(t).map((s) => s.text);
  test('a subtest’s name then its score, in a list or in parentheses', () => {
    expect(found('Subtest scaled scores:\n - Sound Matching 4, Word Memory 9, Nonword Repetition 7')).toEqual([
      '4',
      '9',
      '7',
    ]);
    expect(found('Her subtests were low; blending was hard (Segmenting 5).')).toEqual(['5']);
  });
  test('no subtests in the text, or a number of a part of something: nothing', () => {
    expect(found('Sound Matching 4, Word Memory 9')).toEqual([]);
    expect(found('Subtests follow. She is in Wilson, Step 2, Chapter 6, Grade 4.')).toEqual([]);
    expect(found('Subtest means are 10 (SD 3).')).toEqual([]);
  });
  testDetailProbes([
    p(
      'Student: Marisol Treviño, ID 58213370. Subtest scaled scores:\n - Sound Matching 4, Word Memory 9, Nonword Repetition 7',
      ['Marisol Treviño', '58213370', 'Sound Matching 4', 'Word Memory 9', 'Nonword Repetition 7'],
    ),
  ]);
});

describe('marks listed after a plural mark word (mark-word-lists.ts)', () => {
  const found = (t: string) => findMarkWordLists(t).map((s) => s.text);
  test('two or more marks in parentheses or after a colon', () => {
    expect(found('Ojo con las calificaciones (7.2, 5.9 y 8.8) al compartir.')).toEqual(['7.2', '5.9', '8.8']);
    expect(found('Their scores: 64%, 81% and 77%.')).toEqual(['64%', '81%', '77%']);
  });
  test('a scale’s consecutive levels, one number or no mark word: nothing', () => {
    expect(found('Rubric scores (1, 2, 3, 4) describe each level.')).toEqual([]);
    expect(found('Grades: 9.')).toEqual([]);
    expect(found('Pages (12, 19) and chapters (3, 7).')).toEqual([]);
  });
});

describe('a date of birth as a code literal (code-birth-dates.ts)', () => {
  test('Python, Java and JavaScript forms of an ISO date, JavaScript’s month from 0', () => {
    const forms = codeFormsOfBirthDate('2014-03-09');
    expect(forms).toContain('date(2014, 3, 9)');
    expect(forms).toContain('LocalDate.of(2014,3,9)');
    expect(forms).toContain('new Date(2014, 2, 9)');
    expect(codeFormsOfBirthDate('03/09/2014')).toEqual([]);
  });
  testDetailProbes([
    p(
      'Student: Renata Olguín Barba, DOB 2014-03-09, grade 5.',
      ['Renata Olguín Barba', '2014-03-09', 'date(2014, 3, 9)'],
      [],
      { answer: 'A test for the age check: `age_on(date(2014, 3, 9), today)` gives 11.' },
    ),
  ]);
});

describe('a record written across a pipe line is no table header (labelled-value-cells.ts)', () => {
  test('two label: value cells make a record line; plain headers do not', () => {
    expect(isRecordLine(['Student: Ana Ruiz ', ' ID: 5523 ', ' Grade 6'])).toBe(true);
    expect(isRecordLine(['Student', 'ID', 'Grade'])).toBe(false);
    expect(isRecordLine(['Time: 9:00', 'Room'])).toBe(false);
  });
  testDetailProbes([
    p(
      'From the SIS log.\nStudent: Damaris Okoye | Student Number: 300912771 | Grade 8 | DOB: 04/12/2012\nType | Date | Author | Entry\nDiscipline | 10/14/2025 | Whitcombe, Gerald | Left class without a pass.',
      ['Damaris Okoye', '300912771', '04/12/2012'],
      ['10/14/2025', 'Whitcombe, Gerald'],
      { answer: 'Summary for Damaris: one referral (10/14, Mr. Whitcombe).' },
    ),
  ]);
});

describe('staff written surname first (reversed-staff-names.ts)', () => {
  const texts = [
    'Log | 10/01 | Pemberton, Iris | Called home.',
    'Ms. Pemberton called home; counselor Noel Ashby met her.',
    'Ashby, Noel | check-in',
  ];
  test('a first name after a staff surname, appearing only so, is staff', () => {
    expect(isReversedStaffFirstName('Iris', texts, new Set())).toBe(true);
    expect(isReversedStaffFirstName('Noel', texts, new Set())).toBe(true);
  });
  test('a surname no staff role names, or the first name also alone: a child may be meant', () => {
    expect(isReversedStaffFirstName('Iris', ['Pemberton, Iris | absent'], new Set())).toBe(false);
    expect(isReversedStaffFirstName('Iris', [...texts, 'Iris was absent on Monday.'], new Set())).toBe(false);
  });
  test('a greeting to a parent before the child\'s name is no "Surname, First"', () => {
    expect(isReversedStaffFirstName('Caleb', ['Hi Mrs. Patterson, Caleb did great today!'], new Set())).toBe(false);
    expect(isReversedStaffFirstName('Ana', ['Estimada Sra. Ruiz, Ana faltó hoy.', 'Sra. Ruiz'], new Set())).toBe(false);
  });
});

describe('names of schools and streets (institution-and-street-names.ts)', () => {
  test('a school’s kind in the name, or every appearance in a street’s or a school’s name', () => {
    expect(isInstitutionOrStreetName('Ostrander Elementary', [])).toBe(true);
    expect(isInstitutionOrStreetName('Escuela Lucila Godoy', [])).toBe(true);
    expect(isInstitutionOrStreetName('Rosa Parks', ['We meet at 20 Rosa Parks Blvd.', 'IES Rosa Parks'])).toBe(true);
    expect(isInstitutionOrStreetName('Jaume Fuster', ['Domicili: C/ de Jaume Fuster 12'])).toBe(true);
  });
  test('a child named outside a street or school stays a child', () => {
    expect(isInstitutionOrStreetName('Jaume Fuster', ['C/ de Jaume Fuster 12', 'Jaume Fuster was absent.'])).toBe(
      false,
    );
    expect(isInstitutionOrStreetName('Jaume', ['C/ de Jaume Fuster 12'])).toBe(false);
  });
  testLookAlikes([
    [
      'Student: Teodor Brankovic, ID 7742109. Our office: Quillan Elementary, 12 Ash St, 555-0199.',
      ['Quillan Elementary'],
    ],
  ]);
});
