import { normaliseKey, type Detection } from './detection';
import { classifyFieldName } from './field-names';

/**
 * Dates of birth in the rows of a table printed with spaces whose columns the aligned-table reader could not line
 * up: a pandas or R data frame (`df.head()` in a notebook) right-aligns its headers over left-aligned text and
 * numbers the rows with an index that has no header, so "curp nombre nacimiento hist" sits over "1 EKMJ… José Ek
 * May 2011-11-02 5.4" and the date lands under the wrong header (blind part 23, 2 Dec 2026: a Mérida notebook's
 * three birth dates kept). A header line of single words, one of which names a date of birth ("nacimiento",
 * "dob", "birth_date", "fecha_nac"), makes the one date of each row below it, up to a blank line, that row's birth
 * date — when the row holds exactly one date and its year is a pupil's (three to twenty years ago), so a column of
 * due dates or a log's timestamps beside it is no birth date. Redacted everywhere, as every date of birth is.
 */
const birthWord = /nac|birth|dob|naix|born|cumple/iu;
const date = /(?<![\d/.-])(?:((?:19|20)\d{2})-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d{2}))(?![\d/.-])/gu;

/** Whether a line is a data frame's header with a birth-date column: three to sixteen single-word headers. */
function isBirthDateHeader(line: string): boolean {
  if (!birthWord.test(line)) return false;
  const words = line.trim().split(/[ \t]+/u);
  if (words.length < 3 || words.length > 16 || words.some((w) => !/^[\p{L}_][\p{L}\d_.#]*$/u.test(w))) return false;
  return words.some((w) => birthWord.test(w) && classifyFieldName(w.replace(/_/g, ' ')) === 'dateOfBirth');
}

/** The birth dates above in `text`. */
export function findBirthDateRows(text: string): Detection[] {
  if (!birthWord.test(text)) return [];
  const found: Detection[] = [];
  const thisYear = new Date().getFullYear();
  let inTable = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') inTable = false;
    else if (isBirthDateHeader(line)) inTable = true;
    else if (inTable) {
      const dates = [...line.matchAll(date)];
      const only = dates.length === 1 ? dates[0] : undefined;
      const year = Number(only?.[1] ?? only?.[2]);
      if (only && year >= thisYear - 20 && year <= thisYear - 3)
        found.push({
          kind: 'dateOfBirth',
          text: only[0],
          start: offset + (only.index ?? 0),
          key: normaliseKey(only[0]),
          reason: { code: 'column', detail: 'birth date' },
          scope: 'global',
        });
    }
    offset += line.length + 1;
  }
  return found;
}
