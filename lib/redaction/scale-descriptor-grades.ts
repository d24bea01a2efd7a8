import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { asGradeDetections } from './performance-marks';
import type { FoundSpan } from './found-spans';
import { compiledEarly } from './compiled-early';

/**
 * A letter grade written with the words of its A–E scale: "B (High)", "C (Sound)", "(A, Outstanding)", "D (Basic)",
 * "E (Limited)", "B (Very Good)", "C – Satisfactory". Australian report cards (NSW's common grade scale: Outstanding,
 * High, Sound, Basic, Limited), and schools elsewhere that print a descriptor beside the letter, write a child's
 * achievement this way (part 22, 2 Dec 2026: a scanned NSW report and its summary lost five). banded-marks.ts reads a
 * letter with a number; this reads a letter with its scale's word. The letter and the word together make the mark;
 * "Plan B (High)" or "Vitamin C (Good)" name things, so a capitalised word or a naming word before the letter leaves
 * it alone. The caller reads only traces about students.
 */
const descriptor = String.raw`(?:Outstanding|High|Sound|Basic|Limited|Excellent|Very [Gg]ood|Very [Hh]igh|Good|Satisfactory|Unsatisfactory|Fair|Poor|Elementary|Developing|Beginning)`;
const letter = String.raw`[A-E][+\-−]?`;
/** "B (High)", "C – Sound"; "(A, Outstanding)". */
const withDescriptor = compiledEarly(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])(${letter}[ \t]*(?:\([ \t]*${descriptor}[ \t]*\)|[–—][ \t]*${descriptor}(?![\p{L}])))|\((${letter},[ \t]*${descriptor})\)`,
    'gu',
  ),
);
/** A naming word or a capitalised word right before the letter: "Plan B", "Vitamin C", "Group A", "Grade B?" stays. */
const namingBefore =
  /(?:\p{Lu}[\p{Ll}]+|plan|vitamin|group|grupo|type|tipo|option|opción|part|parte|section|row|column|table|step)[ \t]+$/u;

/** The graded letters above in `text`. */
export function findScaleDescriptorGrades(text: string): FoundSpan[] {
  if (!/\(|–|—/.test(text)) return [];
  const out: FoundSpan[] = [];
  for (const m of allMatches(withDescriptor, text)) {
    const mark = (m[1] ?? m[2]) as string;
    const start = m.index + m[0].indexOf(mark);
    if (m[1] && namingBefore.test(text.slice(Math.max(0, start - 20), start))) continue;
    out.push({ text: mark, start });
  }
  return out;
}

/** The marks above as findings of the scan, redacted where they stand. */
export function findScaleDescriptorGradeDetections(text: string): Detection[] {
  return asGradeDetections(findScaleDescriptorGrades(text));
}
