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
