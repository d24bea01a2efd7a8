import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';
import { asGradeDetections } from './performance-marks';
import { addUnlessOverlapping, type FoundSpan } from './found-spans';
import { holdsAnyWord } from './folded-text';

/**
 * A child's attendance and discipline counts, as a student-information-system export, a truancy letter or a
 * counsellor's referral write them (part 16, 1 Dec 2026: an Infinite Campus attendance detail, an Ecuadorian
 * absence report and a referral slip lost 13 such counts, labelled "grade" as every record of a child's
 * standing):
 * - a label, then the count: "Total unexcused: 10.5 days", "Attendance rate: 81.4%", "Tardies YTD: 9",
 *   "Faltas injustificadas Q1: 18", "Atrasos: 7", "Inasistencias: 4", "Prior referrals this yr: 2";
 * - the count, then what it counts: "18 faltas injustificadas", "15 atrasos", "3 unexcused absences",
 *   "2 reportes por pelearse", "4 office referrals";
 * - a sentence saying it: "missed 6 days", "absent … for 10.5 days", "her attendance rate is 81.4%", "faltó 5 días".
 * The count alone is redacted, where it stands; the caller reads only a trace already about students (the gate of
 * performance-marks.ts). A policy's threshold is no child's count: a number after "after", "at", "more than", "más
 * de", "a partir de" or before "= mandatory …" ("State law says 10 unexcused = mandatory conference") stays.
 */

/** What a count is of, as a label before it. */
const countLabel = String.raw`(?:(?:total|días|dias)\s+)?(?:(?:un)?excused(?:\s+(?:absences?|days|tardies))?|absences?|days\s+(?:absent|missed)|tardies|tardy\s+count|late\s+arrivals|attendance(?:\s+(?:rate|percentage|%))?|(?:prior\s+|office\s+)?referrals|suspensions|faltas(?:\s+(?:in)?justificadas)?|inasistencias(?:\s+(?:in)?justificadas)?|ausencias(?:\s+(?:in)?justificadas)?|atrasos|retardos|(?:porcentaje\s+de\s+)?asistencia|reportes(?:\s+de\s+conducta)?)`;
/** A period the count covers, between label and colon: "Q1", "YTD", "this yr", "del quimestre". */
const period = String.raw`(?:\s+(?:Q[1-4]|T[1-3]|S[12]|YTD|to\s+date|this\s+(?:yr|year|semester|quarter|term)|(?:del|de\s+la|en\s+el)\s+(?:quimestre|trimestre|bimestre|periodo|año|semestre)|(?:\(|\[)[^)\]\n]{1,14}(?:\)|\])))?`;
const count = String.raw`\d{1,3}(?:[.,]\d{1,2})?(?:\s?%)?`;
const labelled = compiledEarly(
  new RegExp(String.raw`(?<![\p{L}])${countLabel}${period}[ \t]*[:=][ \t]*\**[ \t]*(${count})(?![\d/]|[.,]\d)`, 'giu'),
);
/** What the number before it counts. */
const countedThing = String.raw`(?:(?:un)?excused\s+)?(?:absences|tardies|late\s+arrivals|(?:office\s+|discipline\s+)?referrals|suspensions|faltas(?:\s+(?:in)?justificadas)?|inasistencias|ausencias(?:\s+(?:in)?justificadas)?|atrasos|retardos|reportes(?:\s+de\s+conducta)?)`;
const counted = compiledEarly(
  new RegExp(String.raw`(?<![\p{L}\p{N}.,])(\d{1,3}(?:[.,]5)?)[ \t]+${countedThing}(?![\p{L}])`, 'giu'),
);
/** A sentence telling the count: "missed 6 days", "absent … for 10.5 days", "attendance rate is 81.4%". */
const told = compiledEarly(
  new RegExp(
    String.raw`(?<![\p{L}])(?:missed\s+\**(\d{1,3}(?:\.5)?)\**\s+(?:school\s+)?days|absent\b[^.\n\d]{0,40}?\bfor\s+\**(\d{1,3}(?:\.5)?)\**\s+days|attendance\s+(?:rate|percentage)\s+(?:is|was|of|at|stands\s+at)\s+\**(\d{1,3}(?:\.\d)?\s?%)|falt[óo]\s+(?:a\s+clases?\s+)?\**(\d{1,3})\**\s+d[íi]as|asistencia\s+(?:es|fue|de|del)\s+\**(\d{1,3}(?:[.,]\d)?\s?%))`,
    'giu',
  ),
);
/** Words before a number that make it a policy's threshold, not a child's count. */
const thresholdBefore =
  /\b(?:after|at|reaches?|reaching|more than|over|up to|exceeds?|least|más de|mas de|a partir de|hasta|supera|superar|threshold|umbral|límite|limite)\s*\**\s*$/iu;
/** A cheap look before the regexes: one of the words a count goes with. */
const mayHoldCount =
  /unexcused|excused|absen|tard|attendance|referral|suspension|missed|late arrival|falt|asistencia|ausencia|atraso|retardo|reporte/iu;

/** The words of `mayHoldCount`, looked for in a lower-case copy of the text (folded-text.ts). */
const countWords = mayHoldCount.source.split('|');

/** A child's attendance and discipline counts in `text` (the caller's gate: a trace about students). */
export function findRecordCounts(text: string): FoundSpan[] {
  if (!holdsAnyWord(text, countWords, mayHoldCount)) return [];
  const out: FoundSpan[] = [];
  const add = (t: string, start: number) => {
    if (thresholdBefore.test(text.slice(Math.max(0, start - 24), start))) return;
    if (/^[ \t]*(?:unexcused|excused|absences)?[ \t]*=/iu.test(text.slice(start + t.length, start + t.length + 16)))
      return;
    addUnlessOverlapping(out, t, start);
  };
  for (const m of allMatches(labelled, text)) {
    const value = m[1] as string;
    add(value, m.index + m[0].length - value.length);
  }
  for (const m of allMatches(counted, text)) add(m[1] as string, m.index);
  for (const m of allMatches(told, text)) {
    const value = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]) as string;
    add(value, m.index + m[0].lastIndexOf(value));
  }
  return out;
}

/** The counts above as findings of the scan, redacted where they stand. */
export function findRecordCountDetections(text: string): Detection[] {
  return asGradeDetections(findRecordCounts(text));
}
