import type { FoundSpan } from './found-spans';
import type { KnownNames } from './known-names';
import { escapeRegExp } from './detection';
import { allMatches } from './all-matches';
import { lineAround } from './text-lines';

/**
 * A child's birthday written again without its year, once the trace gave the full date of birth: a class list
 * holds "11/01/2019" and the birthday calendar or the card the AI writes says "11 de enero" or "January 11th". The
 * day and month alone are still the child's date of birth (with the name beside it, the year is guessable from the
 * grade). Part 18 (2 Dec 2026) lost six such days from a birthday mural built from a ClassDojo export.
 *
 * Only a form of a date already found as a child's date of birth is looked for, and only on a line that speaks of
 * birthdays or names a known child: "11 de enero" as the day a unit starts stays. A form followed by a year is
 * another date ("7 de abril de 1889", the poet's), read by the rules for full dates, and stays too.
 */

/** Full-date forms (birth-dates.ts's `otherFormsOfBirthDate` writes them) and the part without the year. */
const withYear = [
  /^(\d{1,2} de \p{L}+) del? \d{4}$/u, // "11 de enero de 2019"
  /^(\p{L}+\.? \d{1,2}), \d{4}$/u, // "January 11, 2019", "Jan. 11, 2019"
  /^(\d{1,2} \p{L}+) \d{4}$/u, // "11 January 2019"
];

/** The forms of a date of birth without its year: "11 de enero", "January 11", "Jan 11", "11 January". */
export function yearlessFormsOf(fullForms: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const f of fullForms)
    for (const re of withYear) {
      const part = f.match(re)?.[1];
      if (part) forms.add(part);
    }
  return [...forms];
}

/** Words of a line about birthdays, in English and Spanish, and the cake emoji calendars put before each child. */
const birthdayCue = /birthday|b-?day|\bborn\b|cumple|naci[óo]|nacimiento|🎂/iu;
/** What may follow a day (an ordinal) before the year that would make it another date. */
const ordinal = '(?:st|nd|rd|th|º|°)?';

/**
 * Where the year-less `forms` of a child's date of birth appear in `text`, on lines that speak of birthdays or hold
 * a known child's name, not followed by a year. `lower` is the text in lower case, for a caller that asks about
 * several children's dates in one text.
 */
export function findYearlessBirthdays(
  text: string,
  forms: readonly string[],
  known: KnownNames | null,
  lower = text.toLowerCase(),
): FoundSpan[] {
  if (forms.length === 0) return [];
  const present = forms.filter((f) => lower.includes(f.toLowerCase()));
  if (present.length === 0) return [];
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${present.map(escapeRegExp).join('|')})(?=${ordinal}(?![\\p{L}\\p{N}]))(?!${ordinal},?\\s+(?:del?\\s+)?\\d{4})`,
    'giu',
  );
  const found: FoundSpan[] = [];
  for (const m of allMatches(re, text)) {
    const { line } = lineAround(text, m.index, m.index + m[0].length);
    if (birthdayCue.test(line) || known?.test(line) === true) found.push({ text: m[0], start: m.index });
  }
  return found;
}
