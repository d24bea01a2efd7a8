import { escapeRegExp } from './detection';

/**
 * Where the teacher's own full name (the profile name) is written in a text, so that a child's name part that the
 * teacher shares is not replaced inside it: a tutor "Patricio Salazar Andrade" signing a report on "Doménica Salazar
 * Pazmiño", a tutora "Covadonga Fernández Álvarez" above a pupil "… Fernández" (part 20, 2 Dec 2026: both signatures
 * lost a surname, and a surname run "Salazar Andrade" read as the child's). Spanish and Latin American surnames are
 * shared often. Only the whole profile name of two or more words counts, without a title ("Prof.", "Dr.", "Ms."),
 * matched as written or in any case; the child's name elsewhere in the same text is still replaced.
 */

const title = /^(?:prof(?:a|esora?)?|dr(?:a)?|mr|mrs|ms|mx|sr(?:a|ta)?|lic|maestr[oa]|miss|se[ñn]or(?:a|ita)?)\.?$/iu;

export interface Span {
  start: number;
  end: number;
}

/** A finder of the spans of `teacherName` in a text, or null when the name has fewer than two words. */
export function makeTeacherNameFinder(teacherName: string): ((text: string) => Span[]) | null {
  const words = teacherName
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '' && !title.test(w));
  if (words.length < 2) return null;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => {
    const spans: Span[] = [];
    if (!text.toLowerCase().includes((words[0] as string).toLowerCase())) return spans;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text))
      spans.push({ start: m.index, end: m.index + m[0].length });
    return spans;
  };
}

/** Whether [start, end) lies within one of `spans`. */
export function isWithinSpans(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}
