import { describe, expect, test } from 'vitest';
import { otherFormsOfBirthDate } from '../../lib/redaction/birth-dates';
import { probe as p, testDetailProbes, type Probe } from './probe-score';

/**
 * Dates of birth, student IDs and tables of query results in the shapes parts 10 and 11 missed
 * (tests/fixtures/redaction/README.md), each probe written for this file (1 Dec 2026) and found in no corpus part,
 * with a look-alike of the same shape beside the detail: a holiday's or an event's date, a query's date filter,
 * a postal code after "código".
 */
const probes: Probe[] = [
  // A list introduced as birthdays: every date in it, up to the first blank line; the events after it stay.
  p(
    'Birthday wall for my kinder class (name, birthday):\n\nOctavio Lindqvist 04/19/2020\nWren Abernathy-Soto 11/03/2020\n\nOther dates: Lunar New Year is Feb 17 and Field Day is 05/22/2026.',
    ['04/19/2020', '11/03/2020', 'Octavio Lindqvist'],
    ['Feb 17', '05/22/2026'],
  ),
  // A birthday compared with a holiday: the holiday's date stays.
  p(
    'My student Pilar Estrada-Nunn (ID 6602917) has her birthday on March 18, close to St. Patrick’s Day on March 17.',
    ['March 18'],
    ['March 17'],
  ),
  // A birthday cell with its year or the date again in parentheses, and the same date elsewhere in another form.
  p(
    '| Student | Birthday |\n|---|---|\n| Lucía Verhoeven | Apr 9 (2019) |\n| Amir Castellano | 10/30/2018 (Oct 30, 2018) |',
    ['Apr 9 (2019)', '10/30/2018', 'Oct 30, 2018'],
    [],
    { answer: 'Amir Castellano (born 30/10/2018) is the oldest; the class party is on Oct 31, 2026.' },
  ),
  p(
    'Ficha de mi alumna Itzel Baquerizo: fecha de nac. 07/03/2016, llegó en agosto.',
    ['07/03/2016', 'Itzel Baquerizo'],
    [],
    {
      language: 'es',
      answer: 'Itzel was born on 7 de marzo de 2016, so she starts 4th grade; the term begins on 3 de marzo de 2026.',
    },
  ),
  p(
    'Newcomer intake, my student Davit Oganesyan (ID 9920417): with a birth date in June 2016 he is of age for 4th grade. School opened in June 1998.',
    ['June 2016'],
    ['June 1998'],
  ),
  // IDs of a school's own format after "código (del alumno)" or "num. de estudiante"; a postal code stays.
  p(
    'Notas de terapia: Matías Quispe Rojas (código del alumno PE-2019-0772) y Alba Ñique (código PE-2020-0145). La sede está en Av. Arequipa, código postal 15046.',
    ['PE-2019-0772', 'PE-2020-0145'],
    ['15046'],
    { language: 'es' },
  ),
  p(
    'alumno: Kevin Arriaga Solís, num. de estudiante 771203, y su hermana Daniela (código de estudiante 2023-SEC-0388).',
    ['771203', '2023-SEC-0388'],
    [],
    { language: 'es' },
  ),
  // A query's result printed by psql in a code block: the student numbers go; the query's date filter stays.
  p(
    "results of my query:\n```\nSELECT s.student_number, s.first_name, s.dob FROM students s WHERE s.enrolled_on >= '2026-01-20';\n```\n```\n student_number | first_name | dob\n----------------+------------+------------\n 772041         | Soren      | 2011-06-02\n 772088         | Maelle     | 2010-12-14\n(2 rows)\n```",
    ['772041', '772088', '2011-06-02', 'Soren', 'Maelle'],
    ['2026-01-20'],
  ),
  // A family's phone beside the school's in one sentence: each cue speaks for the number it sits beside.
  p(
    'Nota de la mamá de mi alumno Teo Villaseñor (ID 5510932): "Mi número es 432-555-0176."',
    ['432-555-0176', 'Teo Villaseñor'],
    ['432-555-0100'],
    {
      language: 'es',
      answer:
        'Puedo llamarla al 432-555-0176, o usted puede llamar a la escuela al 432-555-0100. The office will update her phone (432-555-0176) — the office keeps the record.',
    },
  ),
  // Staff lines: a signature's phone after a counsellor's title, a venue and a public school's street, a time
  // after a word, a program's mailbox.
  p(
    "My student Ines Abara (ID 4471093), mom's cell 480-555-0133.\nfirma: Lorena Paz, Consejera, 480-555-0100\nWe leave from PS 112, 4100 Grand Concourse at 9:00; the aquarium is at 602 Surf Ave.\nRoom 4 · Lunch 11:35–12:05 · Nurse ext. 318\nQuestions: ell@mesaverdeusd.org",
    ['480-555-0133', 'Ines Abara'],
    ['480-555-0100', '4100 Grand Concourse', '602 Surf Ave', '318', 'ell@mesaverdeusd.org'],
  ),
  // A bare PIN column beside the students of a lunch-balance export; the balance is no ID.
  p(
    '```\nPIN,Student,Elig,Balance\n61408,"Oduya, Femi",PAID,-12.80\n61472,"Brandt, Lise",REDUCED,-3.10\n```',
    ['61408', '61472', 'Oduya, Femi'],
    ['-12.80'],
  ),
  // An exam's title in an "Exam" column of a class table is the test, not a mark; the score beside it goes.
  p(
    '| Student | ID | Exam | Score |\n|---|---|---|---|\n| Varga, Noemi | 2290417 | AP Chemistry | 4 |\n| Osei, Kwabena | 2290433 | Algebra II | 71 |',
    ['Varga, Noemi', '2290417', '71'],
    ['AP Chemistry', 'Algebra II'],
  ),
];

describe('dates of birth, IDs and query results (parts 10 and 11)', () => {
  testDetailProbes(probes);

  test('a date of birth in digits gives its other forms; an ambiguous day gives both readings', () => {
    expect(otherFormsOfBirthDate('23/05/2017')).toEqual(
      expect.arrayContaining(['05/23/2017', 'May 23, 2017', '23 de mayo de 2017', '2017-05-23']),
    );
    expect(otherFormsOfBirthDate('04/08/2015')).toEqual(expect.arrayContaining(['April 8, 2015', 'August 4, 2015']));
    expect(otherFormsOfBirthDate('May 2017')).toEqual([]);
  });
});
