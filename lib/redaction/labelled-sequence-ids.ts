import type { Detection } from './detection';
import { normaliseKey } from './detection';
import { foldedLowerCase, mayHoldAnyWord } from './folded-text';

/**
 * Student IDs after their label or key in shapes the general ID reader (patterns.ts's idToken) leaves alone, so
 * that the label alone decides (blind part 21, 2 Dec 2026: an SIS API's `"matricula": "A2025-0417"`, a CURP key
 * holding a mistyped CURP, and a state ID of 12 digits):
 * - an enrolment number built from a letter prefix, the enrolment year and a sequence: "A2025-0417", "S2024-118";
 * - a state prefix and ten to thirteen digits: Florida's FLEID "FL" + 12 digits, longer than idToken's ten;
 * - under a CURP label, any 16 to 19 letters and digits opening with four letters and a date's digits: a CURP the
 *   teacher asks about because it is malformed is still the child's.
 * The label is one of a student ID's (student ID, matrícula, SIS/state ID, FLEID, CURP), as a prose label
 * ("Matrícula: …") or a quoted code key (`"matricula": "…"`, `student_id=…`); the value is then redacted everywhere
 * (global), as every ID is. A year range ("2024-2025"), an invoice or an order number has no such label.
 */
/**
 * Where a label may start, as lower-case stems looked for with native searches in a lower-case copy (folded-text.ts):
 * the label's regex is then tried only there, as a sticky match, never at every character of a long lesson.
 */
const labelStems = [
  'matr',
  'student id',
  'student_id',
  'student-id',
  'studentid',
  'student number',
  'student_number',
  'studentnumber',
  'student no',
  'student_no',
  'stu_id',
  'stuid',
  'sis',
  'state',
  'ssid',
  'fleid',
  'curp',
  'id de alumno',
  'id_alumno',
  'id-alumno',
  'id de estudiante',
  'id_estudiante',
  'id-estudiante',
];
const label = String.raw`(?:matr[íi]cula|student[ _-]?(?:id|number|no)|stu_?id|sis[ _-]?id|state[ _-]?id|ssid|fleid|id[ _-](?:de[ _-])?(?:alumno|estudiante)|(?<curp>curp))`;
const labelledAt = new RegExp(
  String.raw`${label}["']?[ \t]*[:=#][ \t]*["']?[ \t]*(?<value>[A-Z]{1,3}\d{4}-\d{3,6}|[A-Z]{2}\d{10,13}|[A-Z]{4}\d{5,6}[A-Z\d]{6,8})(?![\p{L}\p{N}]|[-.,/]\d)`,
  'iuy',
);
const wordCharacter = /[\p{L}\p{N}_]/u;
/** A value of the year-and-sequence or state-prefix shapes, and any value under a CURP label. */
const sequenceShapes = /^(?:[A-Z]{1,3}(?:19|20)\d{2}-\d{3,6}|[A-Z]{2}\d{10,13})$/u;

/** The IDs above in `text`, as global studentId findings. */
export function findLabelledSequenceIds(text: string): Detection[] {
  // Most texts hold none of the words: ruled out by their trigrams at once (folded-text.ts).
  if (!mayHoldAnyWord(text, labelStems)) return [];
  const folded = foldedLowerCase(text);
  const starts = new Set<number>();
  for (const stem of labelStems)
    for (let at = folded.indexOf(stem); at !== -1; at = folded.indexOf(stem, at + 1)) starts.add(at);
  if (starts.size === 0) return [];
  const out: Detection[] = [];
  for (const at of [...starts].sort((x, y) => x - y)) {
    if (at > 0 && wordCharacter.test(text.charAt(at - 1))) continue;
    labelledAt.lastIndex = at;
    const m = labelledAt.exec(text);
    if (!m) continue;
    const value = m.groups?.value as string;
    const isCurp = m.groups?.curp !== undefined;
    if (isCurp ? !/^[A-Z]{4}\d/u.test(value) : !sequenceShapes.test(value)) continue;
    out.push({
      kind: 'studentId',
      text: value,
      start: m.index + m[0].length - value.length,
      key: normaliseKey(value),
      reason: { code: 'label', detail: m[0].slice(0, m[0].length - value.length).replace(/["':=#\s]+$/u, '') },
      scope: 'global',
    });
  }
  return out;
}
