import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { asGradeDetections } from './performance-marks';
import type { FoundSpan } from './found-spans';

/**
 * A report card's subject rows, each subject joined to its mark by a dot leader, as a scanned report reads back from
 * OCR or a school's plain-text export: "Mathematics ......... B (High)", "Lengua Española ......... 6,5", "Matemáticas
 * ............. 4,0 (SUSPENSO)", "Science .......... 72%" (part 22, 2 Dec 2026: a New South Wales report card and an
 * Equatorial Guinean boletín lost eight marks; performance-marks.ts reads a letter after a leader only on a line
 * holding a digit). The row starts its line with the subject (letters, "&", "/" and spaces), then four dots or more,
 * then the mark: a letter A–E with + or −, or a number with decimals or a percent sign, perhaps followed by its band
 * in parentheses. A table of contents ("Chapter 3 ........ 45", "Glossary ........ 112") ends in a whole page number
 * and stays. The caller reads only traces about students.
 */
const row =
  /^[ \t]*[\p{L}][\p{L}&/'’ \t-]{1,40}?[ \t]*\.{4,}[ \t]*([A-E][+\-−]?(?![\p{L}\p{N}])|\d{1,3}[.,]\d{1,2}(?![\p{N}])|\d{1,3}(?:[.,]\d{1,2})?[ \t]?%)/gmu;

/** The marks of dot-leader rows in `text`. */
export function findDotLeaderMarkRows(text: string): FoundSpan[] {
  if (!text.includes('....')) return [];
  return allMatches(row, text).map((m) => {
    const mark = m[1] as string;
    return { text: mark, start: m.index + m[0].length - mark.length };
  });
}

/** The marks above as findings of the scan, redacted where they stand. */
export function findDotLeaderMarkRowDetections(text: string): Detection[] {
  return asGradeDetections(findDotLeaderMarkRows(text));
}
