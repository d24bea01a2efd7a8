import { describe, expect, test } from 'vitest';
import { probe as p, testDetailProbes } from './probe-score';
import { findLunchStatusValues } from '../../lib/redaction/lunch-status-values';

/**
 * A free or reduced-price meal status given as a labelled value ("FRL: Yes", `"mealStatus": "R"`) is redacted in a
 * trace about students; a lunch period, a menu and a "Paid" or "N" status stay (lib/redaction/lunch-status-values.ts).
 * Written for this file (2 Dec 2026), in no corpus part.
 */
describe('free or reduced meal status as a labelled value', () => {
  testDetailProbes([
    p(
      'Counselor notes for the fee-waiver list:\nStudent: Perpetua Oyelaran-Vance, ID 7310448\nGPA 3.40, FRL: Yes, first-gen\nLunch: 11:40 B-lunch',
      ['Perpetua Oyelaran-Vance', '7310448', 'FRL: Yes'],
      ['11:40 B-lunch'],
    ),
  ]);

  const found = (t: string) => findLunchStatusValues(t).map((d) => d.text);

  test('a qualifying value after a meal-status label', () => {
    expect(found('{ "sisId": "440127", "frlStatus": "F", "ell": true }')).toEqual(['F']);
    expect(found("mealStatus: 'R',")).toEqual(['R']);
    expect(found('**Free/Reduced:** Free')).toEqual(['Free']);
    expect(found('free_reduced_lunch = true')).toEqual(['true']);
    expect(found('NSLP eligibility: Direct Cert')).toEqual(['Direct Cert']);
  });

  test('a lunch period, a menu, a paid or unknown status stay', () => {
    expect(found('Lunch: 11:40 B-lunch')).toEqual([]);
    expect(found('Lunch: Fish tacos')).toEqual([]);
    expect(found('"frlStatus": "N"')).toEqual([]);
    expect(found('Meal status: Paid')).toEqual([]);
    expect(found('The free and reduced lunch program covers 62% of the district.')).toEqual([]);
    expect(found('Reduced: Fractions')).toEqual([]);
  });
});
