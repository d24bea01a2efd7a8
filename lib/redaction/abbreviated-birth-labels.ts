import { normaliseKey, type Detection } from './detection';
import { allMatches } from './all-matches';

/**
 * A birth date after the abbreviation Spanish-speaking forms and preceptors' lists write: "nac. 12/04/2008",
 * "Nac: 3/1/2008", "nacim. 29-10-2007" (part 19, 2 Dec 2026: a Córdoba study trip's health sheet lost three). The
 * full labels ("nacido el", "fecha de nac.", "F. nac.") are read in patterns.ts; a bare "nac." there would need the
 * date right after it, which is what this reads. The year must be a pupil's (1995 on), so "nac. 1810" (a national
 * history date) stays.
 */
const abbreviatedLabel =
  /(?<![\p{L}])[Nn]ac(?:im)?\.?\s*:?\s*(\d{1,2}[/.-]\d{1,2}[/.-](\d{4}|\d{2}))(?![\p{N}]|[/.-]\d)/gu;

function isPupilsYear(year: string): boolean {
  const n = Number(year.length === 2 ? `20${year}` : year);
  return n >= 1995 && n <= new Date().getFullYear();
}

export function findAbbreviatedBirthDates(text: string): Detection[] {
  if (!text.includes('ac')) return [];
  const found: Detection[] = [];
  for (const m of allMatches(abbreviatedLabel, text)) {
    const value = m[1] as string;
    if (!isPupilsYear(m[2] as string)) continue;
    found.push({
      kind: 'dateOfBirth',
      text: value,
      start: m.index + m[0].lastIndexOf(value),
      key: normaliseKey(value),
      reason: { code: 'label', detail: 'nac.' },
      scope: 'global',
    });
  }
  return found;
}
