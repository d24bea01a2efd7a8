import { describe, expect, test } from 'vitest';
import { probe as p, scoreProbe, type Probe } from './probe-score';

/**
 * The seventh round's rules, generalised from what the fifth and sixth parts still missed, grouped by cause
 * (tests/fixtures/redaction/README.md, "After the seventh round"). Every sentence here is from no corpus part
 * (written 1 Dec 2026); each look-alike has a student detail of the same shape that must still go, so a fix that
 * only kept things, or only redacted them, fails.
 */
const details: Probe[] = [
  // First names with no cue, in a text that already holds a child and other student details.
  p(
    'Sub notes for Thursday. Marcus Bell (ID 448120) has an IEP for reading.\nHeads up: Owen leaves at 9:15 for OT. Theo and Priscilla can NOT sit together.',
    ['Marcus Bell', '448120', 'Owen', 'Theo', 'Priscilla'],
  ),
  p(
    'Permission slips for Darnell Pryce (ID 552031) are in. Still missing: Sofia Brandt.\nHi Lorraine, thanks for the update on his inhaler.',
    ['Darnell Pryce', '552031', 'Sofia Brandt', 'Lorraine'],
  ),
  p(
    'Notas: mi alumna Renata Ibáñez (matrícula 20931) tiene TDAH. Rodrigo y Mariana trabajan con ella en la mesa 2.',
    ['Renata Ibáñez', '20931', 'Rodrigo', 'Mariana'],
    [],
    { language: 'es' },
  ),
  // A first name and an initial, as notes write a child.
  p('my student Tobias Fenn (period 4) has a 504. Nadia R sits with him; Elliot S. is his reading buddy.', [
    'Tobias Fenn',
    'Nadia R',
    'Elliot S.',
  ]),
];

/**
 * Look-alikes of the same shapes, in texts that also hold a child and student details (on a line of their own:
 * a line holding a child's ID is read by the older line rules, which this round leaves as they were).
 */
const lookAlikes: [string, string[]][] = [
  // Characters of a book the class reads, named in a sentence about the book, or in an essay's topic.
  [
    'My student Imani Cole (ID 338201) has a 504.\nWe discuss Matilda and Lavender in chapters 4-6; her essay about Bruno’s courage was good.',
    ['Matilda', 'Lavender', 'Bruno'],
  ],
  // A king's numeral, a model number, a school named for a person, a name beside a well-known one.
  [
    'Mi alumno Iker Salas (matrícula 55102) tiene TDAH.\nExamen sobre Felipe II y el CEIP Rosalía Castro; etiquetas Avery 5160.',
    ['Felipe II', 'Rosalía Castro', 'Avery 5160'],
  ],
  [
    'My student Jonah Pike (ID 220917) has an IEP.\nPython was made by Guido van Rossum, and Ada Lovelace wrote the first program.',
    ['Guido van Rossum', 'Ada Lovelace'],
  ],
  // Authors and the title of a work.
  [
    'My student Leah Ortiz (ID 661020) has an IEP. We read *Because of Winn-Dixie* by Kate DiCamillo and a poem by Langston Hughes.',
    ['Kate DiCamillo', 'Winn-Dixie', 'Langston Hughes'],
  ],
  // A school and a street named for a person.
  [
    'My student Ravi Menon (ID 771234) has an IEP.\nThe bus leaves from Douglas Elementary on Martin Street.',
    ['Douglas Elementary', 'Martin Street'],
  ],
];

/** With no child and no student details, a first name is the lesson's: nothing changes. */
const lessons: [string, string[]][] = [
  ['Heads up: Owen and Hazel are the twins in our read-aloud. Priscilla is their aunt.', ['Owen', 'Hazel']],
];

describe('rules of the seventh round', () => {
  test.each(details.map((probe) => [probe.text, probe] as const))('%s', (_text, probe) => {
    const score = scoreProbe(probe);
    expect(score.missed).toEqual([]);
    expect(score.lost).toEqual([]);
  });

  test.each([...lookAlikes, ...lessons])('kept: %s', (text, kept) => {
    expect(scoreProbe({ text, details: [], kept }).lost).toEqual([]);
  });
});
