/**
 * Staff named without a role word beside them, by what only staff carry (part 13's false positives, 1 Dec 2026:
 * an OT, a psychologist, a classroom teacher, an adscripta and a math teacher were redacted as children or
 * parents). Four classes, each a cue that touches the name:
 * - an academic or professional title of Spanish-speaking schools before it: "Prof.", "Profa.", "Lic.", "Licda.",
 *   "Mtro.", "Mtra.", "Psic." ("la psicóloga del colegio (Lic. …)", "la adscripta (Prof. …)"), and the degrees
 *   Ecuador's and Colombia's schools sign with, "Lcda.", "Lcdo.", "MSc.", "Mg.", "Mgtr.", "Mgs." (part 16, 2 Dec
 *   2026: a DECE psychologist, two rectors), unless a family word comes just before ("el papá, Lic. …" is a
 *   parent with a degree);
 * - a professional credential after it: ", OTR/L", ", RN", ", CCC-SLP", ", M.Ed.", ", NCSP", ", LCSW" (signatures
 *   of therapists, nurses and psychologists);
 * - an honorific and a surname owning a room or a class: "Ms. Tavares's room", "Mr. Ng's 3rd period";
 * - an honorific and a name with a subject or a school role in parentheses after it, as attendee lists write
 *   them: "Mr. Adebayo (math 8)", "Ms. Ruiz (SpEd)", "Mrs. Holt (gen ed)".
 */

const academicTitle =
  /(?:^|[^\p{L}])(?:Prof|Profa|Profe|Lic|Licda|Licdo|Lcda|Lcdo|MSc|Mg|Mgtr|Mgs|Mtro|Mtra|Psic)\.?[ \t]+$/u;
const academicTitleInName =
  /^(?:Prof|Profa|Profe|Lic|Licda|Licdo|Lcda|Lcdo|MSc|Mg|Mgtr|Mgs|Mtro|Mtra|Psic)\.?[ \t]+\p{Lu}/u;
/** A family word just before a title: the title is a parent's degree. */
const familyBefore =
  /(?:mam[áa]|pap[áa]|madre|padre|mom|mother|dad|father|parent|abuel[ao]|t[íi][ao]|grand(?:ma|pa|mother|father)|apoderad[ao]|acudiente|representante|tutor legal|guardian|aunt|uncle|familia|family)(?![\p{L}])[^.\n]{0,12}$/iu;

const credentialAfter =
  /^,?[ \t]*(?:OTR\/L|OTR|COTA|RN|LPN|BSN|CCC-SLP|SLP-A|SLP|M\.?\s?Ed\.?|Ed\.?\s?S\.?|Ph\.?\s?D\.?|Psy\.?\s?D\.?|NCSP|LCSW|LMSW|LPC|BCBA|NBCT|DPT)(?![\p{L}])/u;

const honorificBefore = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Mx|Miss|Dr|Sr|Sra|Srta)\.?[ \t]+$/u;
const honorificInName = /^(?:Mr|Mrs|Ms|Mx|Miss|Dr|Sr|Sra|Srta)\.?[ \t]+\p{Lu}/u;

const ownsAClass =
  /^['’]s?[ \t]+(?:(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh)[ \t-]+(?:period|hour|grade)[ \t]+)?(?:(?:math|science|english|ela|history|reading|art|music|pe|spanish)[ \t]+)?(?:room|class(?:room)?|homeroom|period|section|students|kids|caseload|roster|team|advisory|lab)(?![\p{L}])/iu;

const roleInParentheses =
  /^[ \t]*\([ \t]*(?:(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:grade[ \t]+)?)?(?:math|maths|ela|english|science|sci|social studies|history|reading|writing|pe|art|music|band|choir|spanish|french|algebra|biology|chemistry|physics|geometry|sped|special ed|gen ed|general ed|resource|esl|ell|eld|esol|homeroom|counselor|counsellor|nurse|principal|ap|admin|coord|coordinator|case manager|slp|ot|pt|psych|school psych|social worker|teacher|interventionist|reading specialist|dean|para|aide|sub|substitute|matem[áa]ticas|lengua|ciencias|historia|ingl[ée]s|docente|profesor[a]?|maestr[ao]|orientador[a]?|psic[óo]log[ao])(?:[ \t]+(?:\d{1,2}|teacher|dept|department|coord|coordinator|[IVX]{1,3}))?)[ \t]*[),;]/iu;

/** True when the name at [start, end) of `text` is a staff member's by a title, a credential, a class or a role in parentheses. */
export function isStaffByCue(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 60);
  if (academicTitleInName.test(name) || academicTitle.test(before)) {
    const titleAt = academicTitleInName.test(name)
      ? before
      : before.replace(/(?:Prof|Profa|Profe|Lic|Licda|Licdo|Lcda|Lcdo|MSc|Mg|Mgtr|Mgs|Mtro|Mtra|Psic)\.?[ \t]+$/u, '');
    if (!familyBefore.test(titleAt)) return true;
  }
  if (credentialAfter.test(after)) return true;
  const honoured = honorificInName.test(name) || honorificBefore.test(before);
  return honoured && (ownsAClass.test(after) || roleInParentheses.test(after));
}
