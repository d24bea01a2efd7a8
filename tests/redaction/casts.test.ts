import { describe } from 'vitest';
import { probe as p, testDetailProbes, testLookAlikes, type Probe } from './probe-score';

/**
 * Characters of taught works called by their first name (lib/redaction/casts.ts, data/well-known-casts.json),
 * on sentences that appear in no corpus part (written 1 Dec 2026): a character is kept beside the work or a
 * castmate; a child with a character's first name is still a child where the work is not named.
 */
const details: Probe[] = [
  p(
    'My student Kevin Ortiz (ID 5520931) was absent Monday; his mom says he has strep. Max Delgado has an IEP for reading.',
    ['Kevin Ortiz', '5520931', 'Max Delgado', 'strep'],
  ),
  p(
    'Reading groups for The Hunger Games: Rosalind Achebe (504, anxiety) and Dominic Ferraro (IEP) read with me; they compare Katniss and Rue.',
    ['Rosalind Achebe', 'Dominic Ferraro'],
    ['Katniss', 'Rue', 'The Hunger Games'],
  ),
];

const lookAlikes: [string, string[]][] = [
  [
    'Character notes for my students before the quiz:\n- George — small, quick, protective of Lennie\n- Curley — the boss’s son, picks fights\n- Crooks — the stable buck, kept apart by racism',
    ['George', 'Curley', 'Crooks', 'Lennie'],
  ],
  [
    'Notes on my 7th graders for the Holes unit: Talia Brandt (IEP) keeps confusing Zero with Stanley; Omar Haddad (504) wrote about Zero and Stanley at God’s Thumb.',
    ['Zero', 'Stanley'],
  ],
  [
    'Seminar notes, period 2 (my students Inés Calderón and Marco Feliz, both ELL level 2): Bernarda forbids Adela to leave; Poncia warns her.',
    ['Bernarda', 'Adela', 'Poncia'],
  ],
];

describe('characters of taught works called by their first name', () => {
  testDetailProbes(details);
  testLookAlikes(lookAlikes);
});
