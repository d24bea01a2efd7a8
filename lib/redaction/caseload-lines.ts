import { normaliseKey, type Detection } from './detection';
import { allMatches } from './all-matches';

/**
 * A counsellor's or a case manager's sticky notes: one child a line, the name then the grade the child is in,
 * then the note ("- marcus delacroix 12th - said…", "- Bao Anh Do 9th - not eating lunch", "- Gianna F. (Fiore)
 * 11th - wants to drop…"; part 10, 1 Dec 2026). Typed fast, the names carry no capital or cue a name rule knows;
 * the shape is the cue: two or more list lines of a name, a school grade and a separator, each line speaking of a
 * person. A lesson's list ("- Unit 3 10th - …") has a digit in its key; a well-known name is dropped by the caller.
 */
const caseloadLine =
  /^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,3}?)(?:[ \t]+\([^)\n]{1,30}\))?[ \t]+(?:\d{1,2}(?:st|nd|rd|th)|K)(?:[ \t]+grade)?[ \t]*[-–—:][ \t]*([^\n]*)$/gmu;
const aboutPerson =
  /\b(?:he|she|his|her|him|hers|he['’]s|she['’]s|hes|shes|él|ella|su|IEP|504|mom|dad|parents?|wants|said|says|missing|failing|absent|lost|not)\b|\d{1,3}\b/iu;

export function findCaseloadNames(text: string): Detection[] {
  if (!/\d(?:st|nd|rd|th)\b/.test(text)) return [];
  const found = allMatches(caseloadLine, text).filter((m) => aboutPerson.test(m[2] as string));
  if (found.length < 2) return [];
  return found.map((m) => {
    const name = m[1] as string;
    return {
      kind: 'studentName',
      text: name,
      start: m.index + m[0].indexOf(name),
      key: normaliseKey(name),
      reason: { code: 'studentList', detail: '' },
      scope: 'global',
      caseInsensitive: name === name.toLowerCase() ? true : undefined,
    };
  });
}
