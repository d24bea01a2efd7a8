import { normaliseKey, type Detection } from './detection';
import { allMatches } from './all-matches';
import { datePattern, nameShape } from './patterns';
import { holdsAnyWord } from './folded-text';
import { compiledEarly } from './compiled-early';

/**
 * Dates of birth beyond a label on their own line (lib/redaction/patterns.ts), seen in part 11 (1 Dec 2026):
 * - a list introduced as birthdays ("here's the list the office printed (name, dob):", "Fechas de nacimiento:")
 *   whose lines each hold a name and a date: every such date, up to the first blank line, is a child's birthday;
 * - the same birthday written again in another form ("23/05/2017" in the form, "05/23/2017 (May 23, 2017)" in
 *   the AI's translation): `otherFormsOfBirthDate` gives the forms a known date of birth takes, so each is redacted
 *   wherever the trace repeats it.
 * A holiday, a school event or a historical date is never in such a list and never equal to a child's birthday
 * with its year, so those stay.
 */

/** A line that introduces a list of birthdays: the word, then a colon at the end of the line. */
const introducesBirthdays = compiledEarly(
  /\b(?:dobs?|d\.o\.b\.?|birthdays?|birth ?dates?|dates? of birth|fechas? de nacimiento|cumplea[ñn]os|nacimientos?)\b[^\n]{0,60}:\s*$/iu,
);
const dateIn = new RegExp(datePattern, 'giu');
/** A year a child could have been born in (a date without one is a birthday too, in such a list). */
const plausibleYear = (text: string): boolean => {
  const year = text.match(/\b(\d{4})\b/)?.[1] ?? text.match(/[/.-](\d{2})$/)?.[1];
  if (!year) return true;
  const n = Number(year.length === 2 ? `20${year}` : year);
  return n >= 1995 && n <= new Date().getFullYear();
};

/** A word that introduces a list of birthdays, and its words for folded-text.ts. */
const birthWord = /dob|d\.o\.b|birth|nacimiento|cumple/i;
const birthWords = ['dob', 'd.o.b', 'birth', 'nacimiento', 'cumple'];

/** Birthdays in lists introduced as such, up to the first blank line after the introduction. */
export function findListedBirthDates(text: string): Detection[] {
  const found: Detection[] = [];
  if (!holdsAnyWord(text, birthWords, birthWord)) return found;
  const lines = text.split('\n');
  let offset = 0;
  let inList = false;
  let listed = 0;
  let cue = '';
  for (const line of lines) {
    if (introducesBirthdays.test(line)) {
      inList = true;
      listed = 0;
      cue = line.trim();
    } else if (line.trim() === '') {
      // Blank lines between the introduction and its first item do not end the list.
      if (listed > 0) inList = false;
    } else if (inList && /\p{L}{2,}/u.test(line.replace(dateIn, ' '))) {
      listed++;
      // "Zaid Haddad 09/14/2021": the name before the first date is the child's.
      const first = line.search(dateIn);
      dateIn.lastIndex = 0;
      const name = first > 0 ? line.slice(0, first).replace(/^[\s*•-]+|[\s:,–—(-]+$/gu, '') : '';
      if (name && nameShape.test(name) && name.split(/\s+/).length >= 2)
        found.push({
          kind: 'studentName',
          text: name,
          start: offset + line.indexOf(name),
          key: normaliseKey(name),
          reason: { code: 'label', detail: cue.slice(0, 40) },
          scope: 'global',
        });
      for (const m of allMatches(dateIn, line))
        if (plausibleYear(m[0]))
          found.push({
            kind: 'dateOfBirth',
            text: m[0],
            start: offset + m.index,
            key: normaliseKey(m[0]),
            reason: { code: 'label', detail: cue.slice(0, 40) },
            scope: 'global',
          });
    } else if (inList) inList = false;
    offset += line.length + 1;
  }
  return found;
}

const monthsEn = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const monthsEs = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The other forms of a date of birth written with digits and a four-digit year ("23/05/2017" → "05/23/2017",
 * "May 23, 2017", "23 de mayo de 2017", "2017-05-23"). A day above 12 says which number is the day; otherwise both
 * readings are given (a date read the wrong way round is still no look-alike's date with the same year).
 */
export function otherFormsOfBirthDate(value: string): string[] {
  const m = value.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/) ?? null;
  const iso = value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const readings: [number, number, string][] = [];
  if (iso) readings.push([Number(iso[3]), Number(iso[2]), iso[1] as string]);
  else if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a <= 31 && b <= 12) readings.push([a, b, m[3] as string]);
    if (b <= 31 && a <= 12 && a !== b) readings.push([b, a, m[3] as string]);
  }
  const forms: string[] = [];
  for (const [day, month, year] of readings) {
    const en = monthsEn[month - 1];
    const es = monthsEs[month - 1];
    if (!en || !es || day < 1) continue;
    forms.push(
      `${pad(month)}/${pad(day)}/${year}`,
      `${pad(day)}/${pad(month)}/${year}`,
      `${month}/${day}/${year}`,
      `${day}/${month}/${year}`,
      `${year}-${pad(month)}-${pad(day)}`,
      `${en} ${day}, ${year}`,
      `${en.slice(0, 3)} ${day}, ${year}`,
      `${en.slice(0, 3)}. ${day}, ${year}`,
      `${day} ${en} ${year}`,
      `${day} de ${es} de ${year}`,
      `${day} de ${es} del ${year}`,
    );
  }
  return [...new Set(forms)].filter((f) => f !== value);
}
