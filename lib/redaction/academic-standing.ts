import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { asGradeDetections } from './performance-marks';
import type { FoundSpan } from './found-spans';
import { compiledEarly } from './compiled-early';

/**
 * A child's academic standing as registrars, dual-enrollment coordinators and yearbook notes write it: a grade point
 * average written number first ("4.31 GPA", "a 2.1 G.P.A."; averages-and-credits.ts reads "GPA 4.31" and "GPA of
 * 2.1"), and a standing of warning or probation ("on academic warning", "academic probation", "en período de prueba
 * académica"). Part 20 (2 Dec 2026) lost a valedictorian's "4.31 GPA" and a dual-enrollment student's "midterm 58,
 * on academic warning". The GPA must be on a 0–5 scale with two decimals at most, so "3.5 GPA requirement" in a
 * scholarship's rules is read too — the caller reads only traces about students, where such a figure is most often
 * one child's. Each is redacted where it stands.
 */

const gpa = /(?<![\p{L}\p{N}.,])([0-5]\.\d{1,2})[ \t]?(?:GPA|G\.P\.A\.)(?![\p{L}])/gu;
const standing =
  /(?<![\p{L}])(?:on academic (?:warning|probation|notice|watch)|academic (?:probation|suspension)|(?:en )?(?:per[íi]odo de )?prueba acad[ée]mica|(?:en )?(?:situaci[óo]n de )?riesgo acad[ée]mico)(?![\p{L}])/giu;
/** A cheap look first. */
const mayHold = compiledEarly(/GPA|G\.P\.A\.|academ|acad[ée]mic/iu);

/** The standings above in `text`. */
export function findAcademicStanding(text: string): FoundSpan[] {
  if (!mayHold.test(text)) return [];
  const out: FoundSpan[] = [];
  for (const m of allMatches(gpa, text)) out.push({ text: m[1] as string, start: m.index });
  for (const m of allMatches(standing, text)) out.push({ text: m[0], start: m.index });
  return out;
}

/** The standings above as findings of the scan, redacted where they stand. */
export function findAcademicStandingDetections(text: string): Detection[] {
  return asGradeDetections(findAcademicStanding(text));
}
