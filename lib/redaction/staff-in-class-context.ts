/**
 * Staff named with an honorific where a student record or a plan says whose class a child is in (part 18's false
 * positives, 2 Dec 2026: a field-day watch list redacted five homeroom teachers as parents, a safety note a teacher
 * whose journal assignment it was). Three classes, each a cue that touches the honorific name:
 * - a grade level just before it, as a roster, a watch card or a table's "Grade / teacher" cell writes the child's
 *   homeroom: "(4th, Mrs. Kline)", "| 5th, Mr. Ortiz |", "Grade 3, Ms. Dao", "3rd grade – Mr. Lund", "5º, Sra. Paz";
 * - the name owning a subject or a period with nothing after it: "(Ms. Harlow's ELA, …)", "Mr. Ng's 3rd period.",
 *   "Mrs. Ode's science." (staff-cues.ts reads the owned room, class or section);
 * - "para" (the classroom paraprofessional) right before it: "para Mrs. Reyna goes with her".
 * Only honorific names are read: a parent is not written as a grade level's or a subject's. The honorific may be part
 * of the name found ("Mrs. Kline") or stand just before it ("Mrs. [Kline]").
 */

const honorific = String.raw`(?:Mr|Mrs|Ms|Mx|Miss|Dr|Sr|Sra|Srta)\.?`;
const honorificBefore = new RegExp(String.raw`(?:^|[^\p{L}])${honorific}[ \t]+$`, 'u');
const honorificInName = new RegExp(String.raw`^${honorific}[ \t]+\p{Lu}`, 'u');
const honorificAtEnd = new RegExp(String.raw`${honorific}[ \t]+$`, 'u');

/** A grade level ending just before the honorific: "4th, ", "(5th ", "Grade 3, ", "3rd grade – ", "5º, ". */
const gradeLevelBefore =
  /(?:(?<![\p{L}\d])(?:\d{1,2}(?:st|nd|rd|th)|K|PK|TK)(?:[ \t]+grade)?|(?<![\p{L}])(?:grade|gr\.?)[ \t]*\d{1,2}|(?<![\p{L}\d])\d{1,2}[º°])[ \t]*[,–—/-]?[ \t]*$/iu;
/** A subject or a period owned, then the end of the phrase. */
const ownsSubject =
  /^['’]s?[ \t]+(?:(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh)[ \t-]+(?:period|hour|block)|ela|math|maths|science|english|history|reading|writing|social studies|spanish|french|art|music|pe|algebra|biology|chemistry|geometry|homeroom)(?=[ \t]*(?:[,.;:)\]|]|$))/iu;
const paraBefore = /(?:^|[^\p{L}])para[ \t]+$/iu;

/** True when the name at [start, end) of `text` is a staff member's by the class context above. */
export function isStaffInClassContext(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  let before = text.slice(Math.max(0, start - 40), start);
  if (!honorificInName.test(name)) {
    if (!honorificBefore.test(before)) return false;
    before = before.replace(honorificAtEnd, '');
  }
  if (gradeLevelBefore.test(before) || paraBefore.test(before)) return true;
  return ownsSubject.test(text.slice(end, end + 30));
}
