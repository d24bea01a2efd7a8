/**
 * A child's date of birth as code writes it, from its ISO form found in the trace ("2013-01-11"): an AI's script
 * that checks a record passes it as a date literal, `date(2013, 1, 11)` or `datetime(2013, 1, 11)` in Python,
 * `LocalDate.of(2013, 1, 11)` in Java, `new Date(2013, 0, 11)` in JavaScript (whose months count from 0). Blind
 * part 21 (2 Dec 2026): a CURP check kept `date(2013, 1, 11)` in its example call after the ISO date was redacted.
 * Only the ISO form is read: it says which number is the month. Each literal is given with and without spaces
 * after its commas, as code is written both ways.
 */
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/u;

export function codeFormsOfBirthDate(value: string): string[] {
  const m = value.match(isoDate);
  if (!m) return [];
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return [];
  const forms: string[] = [];
  for (const gap of [', ', ','])
    forms.push(
      `date(${year}${gap}${month}${gap}${day})`,
      `datetime(${year}${gap}${month}${gap}${day})`,
      `LocalDate.of(${year}${gap}${month}${gap}${day})`,
      `new Date(${year}${gap}${month - 1}${gap}${day})`,
    );
  return forms;
}
