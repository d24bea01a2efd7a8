import { normaliseKey, type Detection } from './detection';
import { allMatches } from './all-matches';

/**
 * Singapore's NRIC and FIN numbers (the identity card of citizens and residents, and the foreign identification
 * number): a series letter (S and T for citizens born before and from 2000, F, G and M for foreigners), seven digits
 * and a check letter. Schools keep them per pupil in class apps and forms, and a teacher pastes them in YAML, a
 * table or prose alike (blind part 23, 2 Dec 2026: four in a class app's config, three of them written as plain
 * text that no key reader saw, and again in the AI's privacy note). Found by shape and check letter — the weighted
 * sum of the digits (2, 7, 6, 5, 4, 3, 2, plus 4 for T and G and 3 for M) modulo 11 picks the letter from the
 * series' table, the scheme ICA publishes — so a product code or a seat "T1234567" with a wrong or no letter is none.
 * A value with a wrong check letter (mistyped, or made up for a form's example) still counts right after its label
 * ("nric: T1198765C", "NRIC numbers (T1234567J, T1198765C, …)"), as any ID after its label does.
 */
const shape = /(?<![\p{L}\p{N}])([STFGM])(\d{7})([A-Z])(?![\p{L}\p{N}])/gu;
/** The label, in the few characters before a value (a list after it may hold several). */
const labelBefore =
  /(?<![\p{L}])(?:NRIC|FIN)(?:[ \t]+(?:no\.?|numbers?|#))?[ \t]*[:=#(]?[ \t]*["']?(?:[STFGM]\d{7}[A-Z],[ \t]*)*$/iu;
const weights = [2, 7, 6, 5, 4, 3, 2];
const checkLetters: Record<string, string> = {
  S: 'JZIHGFEDCBA',
  T: 'JZIHGFEDCBA',
  F: 'XWUTRQPNMLK',
  G: 'XWUTRQPNMLK',
  M: 'KLJNPQRTUWX',
};
const offsets: Record<string, number> = { S: 0, T: 4, F: 0, G: 4, M: 3 };

/** Whether the NRIC or FIN `series + digits + check` has the right check letter. */
export function hasNricCheckLetter(series: string, digits: string, check: string): boolean {
  let sum = offsets[series] ?? 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (weights[i] as number);
  return checkLetters[series]?.[sum % 11] === check;
}

/** The NRIC and FIN numbers in `text`, as global student IDs. */
export function findSingaporeNrics(text: string): Detection[] {
  const found: Detection[] = [];
  for (const m of allMatches(shape, text)) {
    const checked = hasNricCheckLetter(m[1] as string, m[2] as string, m[3] as string);
    if (!checked && !labelBefore.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    found.push({
      kind: 'studentId',
      text: m[0],
      start: m.index,
      key: normaliseKey(m[0]),
      reason: { code: checked ? 'pattern' : 'label', detail: 'NRIC' },
      scope: 'global',
    });
  }
  return found;
}
