import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';
import { isInstitutional } from './patterns';

/**
 * A family's phone in the eight-digit national form of Central America and Cuba ("9786-4412", "7832 4417"), given
 * after the family member it reaches rather than after a phone word: "Mamá de Kevin: Sandra Paz 3321-0987", "el papá
 * de Diego es Wilfredo Romero (7022-8861)", "vive con la abuela en …, teléf. 7832 4417". national-numbers.ts reads
 * this format only straight after "tel", "cel" or "WhatsApp", since four and four digits alone can be anything;
 * part 18 (2 Dec 2026) lost four family contacts written this way, in Honduran, Salvadoran and Cuban messages.
 *
 * The number counts when a family word (or the abbreviation "teléf."/"tlf.") stands before it in the same sentence,
 * within a short reach, and no school or office is named nearer to it (patterns.ts's `isInstitutional`). Two
 * years ("2019-2020"), a page or time range and a number with more digits around it stay.
 */

/** Eight digits written 4-4, with an optional country code of Central America (502-507) or Cuba (53). */
const eightDigits = compiledEarly(
  /(?<![\p{L}\p{N}+/.:,-]|[\d)][ .-]?[ ])(?:\+?(?:50[2-7]|53)[ -]?)?(\d{4})[ -](\d{4})(?![\p{N}]|[.,:/-]\d)/gu,
);
/** A cheap look first: four digits, a dash or space, four digits. */
const mayHold = compiledEarly(/\d{4}[ -]\d{4}/);

/**
 * Family members and the abbreviations of a phone that Spanish notes put before a number, and their English
 * counterparts; the number must follow within `reach` characters of the same sentence.
 */
const familyBefore =
  /(?<![\p{L}])(?:mam[áa]|pap[áa]|madre|padre|abuel[ao]s?|t[íi][ao]|herman[ao]|encargad[ao]|acudiente|tutor(?:a)?|apoderad[ao]|responsable|mom|mum|dad|mother|father|grandma|grandmother|grandpa|grandfather|aunt|uncle|guardian|tel[ée]f\.|tlf\.|tfno\.)(?![\p{L}])/iu;
const reach = 70;

/** Two halves that are years ("2019-2020") or clock times ("0800-1200") are a range, not a phone. */
function isRange(a: string, b: string): boolean {
  const year = (s: string) => /^(?:19|20)\d\d$/.test(s);
  const time = (s: string) => Number(s.slice(0, 2)) <= 24 && Number(s.slice(2)) < 60;
  return (year(a) && year(b)) || (time(a) && time(b) && /^[012]/.test(a) && /^[012]/.test(b));
}

/** The family phones above in `text`, as findings of the scan (global: the same number is redacted everywhere). */
export function findFamilyContactPhones(text: string): Detection[] {
  if (!mayHold.test(text)) return [];
  const found: Detection[] = [];
  for (const m of allMatches(eightDigits, text)) {
    if (isRange(m[1] as string, m[2] as string)) continue;
    const before = text.slice(Math.max(0, m.index - reach), m.index);
    // Only the sentence and line the number is in.
    const sentence = before.slice(
      Math.max(before.lastIndexOf('\n'), before.search(/[.;!?](?=\s+\p{Lu})[^.;!?]*$/u)) + 1,
    );
    if (!familyBefore.test(sentence)) continue;
    // A school named in the next sentence owns its own number, not this one: only this sentence is asked.
    const end = m.index + m[0].length;
    const after = text.slice(end, end + reach);
    const stop = after.search(/[.;!?](?=\s+\p{Lu})|\n/u);
    const from = m.index - sentence.length;
    const own = text.slice(from, stop === -1 ? end + after.length : end + stop);
    if (isInstitutional(own, m.index - from, end - from)) continue;
    found.push({
      kind: 'phone',
      text: m[0],
      start: m.index,
      key: m[0].replace(/\D/g, ''),
      reason: { code: 'pattern', detail: '' },
      scope: 'global',
    });
  }
  return found;
}
