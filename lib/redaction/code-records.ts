import type { Detection } from './detection';
import { classifyFieldName } from './field-names';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';

/**
 * Student records in a gradebook script and the report it prints (part 12, 1 Dec 2026: a Python dictionary of
 * students keyed by their ID, each with a name, a lunch number and a list of scores, and the script's output):
 * - a record keyed by a number that holds a person's name and another student-data key is keyed by the
 *   child's ID (`"600912": {"name": "Ramirez, Yaretzi", "lunch": …}`), not by a year or a page;
 * - a list of numbers under a key that names scores, in a record that names a person
 *   (`"scores": [88, 91, 0, 79]` beside `"name": "…"`): a lesson's `scores = [88, 92, 75]` names no one and stays;
 * - a printed line of the report, a name written "Surname, Given" with a percentage (`Bauer, Finn (600987):
 *   33.2%`).
 */

/** `"600912": {` opening a record, and the keys of that line. */
const idKeyedRecord = /^\s*["'](\d{5,10})["']\s*:\s*\{/u;
const keyOfLine = /["']([\p{L}_][\p{L}\p{N}_ ]{0,30})["']\s*:/gu;
/** A name as a record's value: `"name": "Ramirez, Yaretzi"`, `'nombre': 'Ana Ruiz'`. */
const nameValue =
  /["'](?:name|nombre|student|alumno|estudiante|full_name|fullName)["']\s*:\s*["']\p{Lu}[\p{L}'’. -]*,?\s*\p{Lu}/u;
/** `"scores": [88, 91, 0, 79]`: a list of numbers after a key. */
const numberList =
  /["']?([\p{L}_][\p{L}\p{N}_]{0,30})["']?\s*[:=]\s*(\[\s*\d{1,3}(?:\.\d{1,2})?(?:\s*,\s*\d{1,3}(?:\.\d{1,2})?)+\s*\])/gu;
/** `Ramirez, Yaretzi (600912): 64.5%`: a report line, an inverted name and its percentage. */
const invertedNameMark =
  /^\s*\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)?,\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?(?:\s*\([^()\n]{1,20}\))?\s*[:—–-]\s*(\d{1,3}(?:\.\d{1,2})?\s?%)/u;

/** The details above in one line of a code block. */
export function findCodeRecordValues(line: string): Detection[] {
  const found: Detection[] = [];
  if (!/\d/.test(line)) return found;
  const hasName = nameValue.test(line);
  const id = hasName ? line.match(idKeyedRecord) : null;
  if (id) {
    const keys = [...allMatches(keyOfLine, line)].map((k) => classifyFieldName(k[1] as string, 'key'));
    if (keys.some((k) => k !== null && k !== 'studentName')) {
      const value = id[1] as string;
      found.push({
        kind: 'studentId',
        text: value,
        start: line.indexOf(value),
        key: value,
        reason: { code: 'codeKey', detail: 'record key' },
        scope: 'global',
      });
    }
  }
  if (hasName && line.includes('['))
    for (const m of allMatches(numberList, line)) {
      if (classifyFieldName(m[1] as string, 'key') !== 'grade') continue;
      const value = m[2] as string;
      found.push({
        kind: 'grade',
        text: value,
        start: m.index + m[0].lastIndexOf(value),
        key: value,
        reason: { code: 'codeKey', detail: m[1] as string },
        scope: 'local',
      });
    }
  if (line.includes('%')) {
    const m = line.match(invertedNameMark);
    if (m) {
      const value = m[1] as string;
      found.push({
        kind: 'grade',
        text: value,
        start: (m.index ?? 0) + m[0].lastIndexOf(value),
        key: value,
        reason: { code: 'codeKey', detail: 'report line' },
        scope: 'local',
      });
    }
  }
  return found;
}

for (const re of [numberList]) compiledEarly(re);
