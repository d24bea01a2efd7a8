import type { Detection } from './detection';

/**
 * A letter's address block writes a family's street on one line and "City, ST 12345" on the next ("4417
 * Bayou Crest Dr, Apt 2B" / "Lafayette, LA 70506"; parts 5 and 12, 1 Dec 2026). The second line alone is any
 * town, so it is the family's only right under a line that held the family's street address (the school's
 * address in a letterhead is never found as one, so its city line stays too).
 */
const cityStateZip =
  /^(\s*)((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*,?\s+[A-Z]{2}\.?,?\s+\d{5}(?:-\d{4})?)\s*$/u;

/** The city line under a street address found on the line just above (`afterAddress`), as an address detail. */
export function cityLineOfAddress(line: string, afterAddress: boolean): Detection | null {
  if (!afterAddress || !/\d{5}/.test(line)) return null;
  const m = line.match(cityStateZip);
  if (!m) return null;
  const text = m[2] as string;
  return {
    kind: 'address',
    text,
    start: (m[1] as string).length,
    key: text.toLowerCase(),
    reason: { code: 'pattern', detail: '' },
    scope: 'global',
  };
}
