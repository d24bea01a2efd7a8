import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findYearlessBirthdays, yearlessFormsOf } from '../../lib/redaction/yearless-birthdays';
import { otherFormsOfBirthDate } from '../../lib/redaction/birth-dates';
import { makeKnownNames } from '../../lib/redaction/known-names';

/**
 * A child's date of birth written again without its year, on a birthday line or beside a known child, goes with
 * the full date; the same day and month as another date (a unit's start, a historical birthday with its year)
 * stays (lib/redaction/yearless-birthdays.ts). Written for this file (2 Dec 2026), in no corpus part.
 */
describe('a date of birth written again without its year', () => {
  testDetailProbes([
    p(
      'Mural de cumpleaños de 2º. Lista exportada:\n\nAlumno                      Nacimiento     Tutor\nItziar Mondragón Leal       14/02/2018     Rebeca Leal\nFermín Ochoa                27/03/2018     Tomás Ochoa',
      ['Itziar Mondragón Leal', '14/02/2018', '14 de febrero', '27 de marzo'],
      ['15 de septiembre de 1821', 'Mural de cumpleaños'],
      {
        language: 'es',
        answer:
          'Mural:\n- 🎂 Itziar Mondragón Leal — 14 de febrero\n- 🎂 Fermín Ochoa — 27 de marzo\n\nEfeméride: la Independencia, el 15 de septiembre de 1821.',
      },
    ),
    p(
      'Roster for birthday cards, DOB column from the SIS:\n\n| Student | DOB |\n|---|---|\n| Wrenna Castellanos-Pike | 09/21/2016 |\n| Osei Brightwater | 12/03/2016 |',
      ['Wrenna Castellanos-Pike', '09/21/2016', 'September 21st'],
      ['Constitution Day'],
      {
        answer:
          'Card for Wrenna Castellanos-Pike — happy birthday on September 21st!\nConstitution Day is September 17.',
      },
    ),
  ]);

  const forms = yearlessFormsOf(['14/02/2018', ...otherFormsOfBirthDate('14/02/2018')]);
  const found = (text: string, names: string[] = []) =>
    findYearlessBirthdays(text, forms, names.length ? makeKnownNames(names) : null).map((s) => s.text);

  test('the forms without the year of a full date', () => {
    expect(forms).toEqual(expect.arrayContaining(['14 de febrero', 'February 14', 'Feb 14', 'Feb. 14', '14 February']));
    expect(forms.every((f) => !/\d{4}/.test(f))).toBe(true);
  });

  test('on a birthday line or beside a known child only, and never before a year', () => {
    expect(found('🎂 cumpleaños: 14 de febrero')).toEqual(['14 de febrero']);
    expect(found('Itziar — 14 de febrero', ['Itziar'])).toEqual(['14 de febrero']);
    expect(found("Her birthday is Feb 14th, so we'll celebrate Friday")).toEqual(['Feb 14']);
    expect(found('La unidad de fracciones empieza el 14 de febrero.')).toEqual([]);
    expect(found('Nació el 14 de febrero de 1564 en Pisa.')).toEqual([]);
    expect(found('Born February 14, 1818: Frederick Douglass chose the day himself.')).toEqual([]);
    expect(found('cumple el 14 de febrero', [])).toEqual(['14 de febrero']);
    expect(found('birthday on February 145')).toEqual([]);
  });
});
