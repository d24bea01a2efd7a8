import { expect, test } from 'vitest';
import { isReversedStaffFirstName } from '../../lib/redaction/reversed-staff-names';

/**
 * isReversedStaffFirstName reads only the texts holding the first name for its "Surname, First" forms and their
 * every appearance, but every text for the role that makes the surname staff's (scan16: the lesson fields that
 * hold neither are skipped by a native search).
 */
const lesson = 'the students compare fractions using number lines and area models '.repeat(50);

test('the surname is staff by a role written in another text than the "Surname, First" entry', () => {
  const texts = [lesson, 'Log entry by Kwan, Lorraine: called home.', 'Our counselor Ms. Kwan will join.'];
  expect(isReversedStaffFirstName('Lorraine', texts, new Set())).toBe(true);
});

test('without the role anywhere, the first name stays a child', () => {
  const texts = [lesson, 'Log entry by Kwan, Lorraine: called home.', 'Kwan visited.'];
  expect(isReversedStaffFirstName('Lorraine', texts, new Set())).toBe(false);
});

test('a staff surname written with a role in the case of a heading still counts (the role pattern ignores case)', () => {
  const texts = ['Log entry by Kwan, Lorraine: called home.', 'COUNSELOR KWAN — office hours'];
  expect(isReversedStaffFirstName('Lorraine', texts, new Set())).toBe(true);
});

test('the first name written alone in another text is a child who shares it', () => {
  const texts = [lesson, 'Log entry by Kwan, Lorraine.', 'Counselor Kwan called.', 'Lorraine read aloud today.'];
  expect(isReversedStaffFirstName('Lorraine', texts, new Set())).toBe(false);
});
