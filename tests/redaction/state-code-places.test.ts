import { describe } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';

/**
 * A city before a US state's or territory's postal code ("(Carolina, PR)", "Madison, WI.") is the place, kept at
 * that spot; the same word naming a child elsewhere still goes (lib/redaction/place-slots.ts). Written for this
 * file (1 Dec 2026), in no corpus part.
 */
describe('a city before a state code', () => {
  testDetailProbes([
    p(
      'Soy maestra en la Escuela Luis Muñoz Rivera (Carolina, PR). Mi alumna Carolina Vélez (ID 5580213) tiene asma.',
      ['Carolina Vélez', '5580213', 'asma'],
      ['Carolina, PR'],
      { language: 'es' },
    ),
    p(
      'We moved here from Madison, WI. My student Madison Krueger (ID 4410287) has a peanut allergy.',
      ['Madison Krueger', '4410287', 'peanut allergy'],
      ['Madison, WI'],
    ),
  ]);
});

/**
 * "ID" before digits is a record's label, not Idaho: the name before it is a child's, not a city (found by redact25,
 * 2 Dec 2026: "Student: Dario Pinkerton, ID 88120." kept the name). A city before an Idaho ZIP code stays a city.
 * (The ZIP itself after "ID" is still read as an ID number: a rare look-alike, left.)
 */
describe('a name before "ID" and a number', () => {
  testDetailProbes([
    p('Write a progress note. Student: Dario Pinkerton, ID 88120. Dario Pinkerton grew two levels.', [
      'Dario Pinkerton',
      '88120',
    ]),
    p(
      'Our school is at 410 Lake St, Boise, ID 83702. My student Boise Arnett, ID 55120, needs a seat by the door.',
      ['Boise Arnett', '55120'],
      ['Boise, ID'],
    ),
    p(
      'Seat plan. My student Austin Arnett, ID 55120, sits by the door; we visit Austin, TX 78744 in May.',
      ['Austin Arnett', '55120'],
      ['Austin, TX 78744'],
    ),
  ]);
});
