import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { asGradeDetections } from './performance-marks';
import { addUnlessOverlapping, type FoundSpan } from './found-spans';
import { compiledEarly } from './compiled-early';

/**
 * A child's level on a world-language proficiency test, which decides a Seal of Biliteracy: ACTFL's sublevels as
 * AAPPL, STAMP, AVANT and OPI reports write them ("I-4", "N-M", "IM", "A-2", "Intermediate Mid"), tied to the test
 * by a colon or a verb ("AAPPL español: I-4", "AAPPL: I-2", "obtuvo I-5 en el AAPPL", "scored IM on the STAMP").
 * Part 20 (2 Dec 2026) lost five such results from a New Mexico Seal of Bilingualism letter. The level a seal
 * requires ("se necesita I-4", "the seal requires Intermediate Mid on the AAPPL") is no child's: only a level after
 * the test's name and a colon, or after a verb of obtaining, is read. The level alone is redacted; the caller reads
 * only traces about students.
 */

const testName = String.raw`(?:AAPPL|STAMP(?:[ \t]*4S)?|AVANT|OPIc?|ACTFL|ALIRA|WPT|SOPI)`;
const level = String.raw`(?:[NIA][ \t]?-[ \t]?[1-5LMH]|[NIA][LMH]|(?:Novice|Intermediate|Advanced|Novato|Intermedio|Avanzado)[ \t]+(?:Low|Mid|High|Bajo|Medio|Alto)|Superior)(?![\p{L}\p{N}])`;
/** "AAPPL: I-2", "AAPPL español: I-4", "STAMP reading - IM". */
const afterTest = new RegExp(
  String.raw`(?<![\p{L}])${testName}(?:[ \t]+[\p{L}]+){0,2}[ \t]*[:=][ \t]*(${level})`,
  'gu',
);
/** "obtuvo I-5 en el AAPPL", "scored IM on the STAMP", "earned I-4 on AAPPL". */
const obtained = new RegExp(
  String.raw`(?<![\p{L}])(?:obtuvo|sac[óo]|alcanz[óo]|logr[óo]|scored|earned|got|received|reached|achieved)[ \t]+(?:(?:an?|un|una)[ \t]+)?(${level})[ \t]+(?:en|on|in)[ \t]+(?:(?:el|la|the)[ \t]+)?${testName}(?![\p{L}])`,
  'gu',
);
/** A cheap look first: one of the tests named at all. */
const mayHold = compiledEarly(/AAPPL|STAMP|AVANT|OPI|ACTFL|ALIRA|WPT/u);

/** The levels above in `text`. */
export function findProficiencyTestLevels(text: string): FoundSpan[] {
  if (!mayHold.test(text)) return [];
  const out: FoundSpan[] = [];
  for (const re of [afterTest, obtained])
    for (const m of allMatches(re, text)) {
      const value = m[1] as string;
      addUnlessOverlapping(out, value, m.index + m[0].lastIndexOf(value));
    }
  return out;
}

/** The levels above as findings of the scan, redacted where they stand. */
export function findProficiencyTestLevelDetections(text: string): Detection[] {
  return asGradeDetections(findProficiencyTestLevels(text));
}
