import { isStaffByCue } from './staff-cues';
import { isStaffInClassContext } from './staff-in-class-context';
import { compiledEarly } from './compiled-early';

/**
 * A staff member named with their role: "our ESL coordinator (Mr. Paul Ferris, esl@…)", "Traductora: Sra. Dulce
 * Polanco (es la parapro, no familia)", "Firma: Miguel Angel Torres, Coordinador 504", a signature's name over its
 * title. Part 11 and part 10 (1 Dec 2026) lost such names as parents or students because the line around them
 * held a child's details. The role must touch the name — right before it (with a colon, a parenthesis or an
 * honorific between) or right after it (after a comma, a dash, a parenthesis or a line break) — so "Maya's
 * counselor said…" leaves Maya alone. Part 12 (1 Dec 2026) added the role as the name's own title ("Coach Jorge
 * Alvarez"), a role then a copula ("Judges were Dr. Elena Vasquez") and an assistant principal ("(our AP)"). A parent's volunteer role ("room parent", "PTA") is no staff title.
 * Part 17 (2 Dec 2026) added the staff of a district's transportation: a bus driver ("driver: Mr. Eugene Tafoya") and
 * the person a report is addressed to ("attn. Ms. …", "attention Ms. …", an honorific after "attention" only).
 */
const role = String.raw`(?:(?:ESL|ELL|EL|ESOL|ELD|504|IEP|SPED|special education|bilingual|district|campus|school|front office|attendance|testing|reading|math|literacy|instructional|athletic|assistant|head|homeless(?: education)?|foster care|family|community)\s+)?(?:coordinator|caseworker|case worker|coordinador[a]?|counsel+or|consejer[ao]|orientador[a]?|principal|vice[- ]principal|director[a]?|nurse|enfermer[ao]|teacher|maestr[ao]|profesor[a]?|parapro(?:fessional)?|aide|traductor[a]?|translator|interpreter|int[ée]rprete|SLP|speech(?:-language)? pathologist|fonoaudi[óo]log[ao]|terapeuta|therapist|occupational therapist|psycholog(?:ist)|psic[óo]log[ao]|case manager|social worker|trabajador[a] social|secretary|secretari[ao]|librarian|bibliotecari[ao]|coach|entrenador[a]?|specialist|especialista|liaison|enlace|registrar|superintendent|interventionist|diagnostician|judge|AP|rector[a]?|preceptor[a]?|adscript[ao]|inspector[a]?|psicopedagog[ao]|educador[a] diferencial|jef[ea] de (?:estudios|UTP|departamento)|docente|OT|PT|TA|teaching assistant|paraeducator|substitute|sub|(?:bus )?driver|ch[óo]fer|dispatcher|clerk|attn\.?|attention(?=[ \t]+(?:Mr|Mrs|Ms|Mx|Dr)\.))`;
// Spanish-speaking schools' degrees and courtesy titles too: "Dra.", "Mg.", "D.ª", "D.", "Educ. Dif." (part 16).
const honorific = String.raw`(?:(?:Mr|Mrs|Ms|Mx|Dr|Dra|Sr|Sra|Srta|Lic|Licda|Prof|Profa|Mg|Mgtr|Mtro|Mtra|Psic|Ing|Dña|D\.?ª|D)\.?\s+|Educ\.?\s+Dif\.?\s+)`;
// A role then a colon is a label only at the start of a line, of a sentence or of a parenthesis ("Traductora: Sra. Dulce
// Polanco", "… de soledad. Rectora: Mg. Luz Cano.", "Route 47 (driver: Mr. …)"); "Note from the nurse: Lindiwe has…" introduces a child.
const roleBefore = new RegExp(
  String.raw`(?:(?<![\p{L}])${role}s?(?:[ \t]+(?:del?|of(?: the)?|at|de la)[ \t]+\p{L}+)?[ \t]*(?:\(|,|—|–)?|(?<![\p{L}])${role}s?\s+(?:were|was|are|is|will be|fue|fueron|son|ser[áa]n?)\s+|(?:^|\n|[.;!?][ \t]+|\()[ \t]*(?:[-*•][ \t]*)?(?:\*\*)?${role}s?(?:\*\*)?[ \t]*:(?:\*\*)?)[ \t]*${honorific}?$`,
  'iu',
);
// After the name: ", Coordinador 504", "(es la parapro", or a signature's title alone on the next line — not a
// next line that is a label of its own ("Student: Maya Ortiz\nTeacher: Ms. Lee").
const roleAfter = new RegExp(
  String.raw`^[ \t]*(?:(?:,|—|–|-|\()[ \t]*(?:(?:es|is)\s+)?(?:(?:la|el|the|our|my|nuestr[ao]|a|an)\s+)?${role}(?![\p{L}])(?![ \t]*:)|\n[ \t]*${role}(?![\p{L}])(?![^\n]*:))`,
  'iu',
);
/** A name whose first word is a staff title: "Coach Jorge Alvarez", "Principal Díaz", "Profe Rodrigo". */
const titleRole = /^(?:Coach|Nurse|Principal|Counselor|Counsellor|Dean|Judge|Profe|Maestr[ao]|Director[a]?)\s+\p{Lu}/u;
/**
 * An agency's or a programme's acronym beside the role ("Coordinadora PIE: …", "(NYS OCFS caseworker)") is
 * dropped before the role is read — case-sensitively, which the role's own case-blind pattern cannot be.
 */
const acronymBeforeColon = /(?<=\p{L})[ \t]+\p{Lu}{2,5}(?=[ \t]*:[^:]*$)/u;
const acronymsAfterParen = /^([ \t]*\([ \t]*)(?:\p{Lu}{2,6}[ \t]+){1,2}/u;
const notStaff = /\b(?:room parent|PTA|PTO|class parent|parent volunteer)\b/iu;

/** True when the name at [start, end) of `text` is a staff member's, named with their role. */
/** A cheap first look for any role word near the name: the scan asks about every name it finds. */
const roleStem = compiledEarly(
  /coordina|caseworker|case worker|counsel|consejer|orientador|principal|director|nurse|enfermer|teacher|maestr|profesor|parapro|aide|traduct|translat|interpret|rprete|SLP|patholog|fonoaudi|terapeut|therapist|psicólog|psicolog|psycholog|manager|social|secretar|librar|bibliotec|coach|entrenador|specialist|especialista|liaison|enlace|registrar|superintendent|interventionist|diagnostician|judge|\bAP\b|rector|preceptor|adscript|inspector|psicopedagog|educador|jef[ea] de|docente|\b(?:OT|PT|TA)\b|paraeduc|substitute|\bsub\b|driver|ch[óo]fer|dispatch|clerk|attn|attention/i,
);

export function isStaffName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 60);
  // "Coach Alvarez", "Nurse Patel": the role written as the title of the name itself.
  if (titleRole.test(text.slice(start, end))) return true;
  // A title, a credential, a class owned or a role in parentheses only staff carry (staff-cues.ts).
  if (isStaffByCue(text, start, end)) return true;
  // An honorific name beside a child's grade level, owning a subject, or a para (staff-in-class-context.ts).
  if (isStaffInClassContext(text, start, end)) return true;
  if (!roleStem.test(before) && !roleStem.test(after)) return false;
  if (notStaff.test(after.slice(0, 30)) || notStaff.test(before.slice(-30))) return false;
  return (
    roleBefore.test(before.replace(acronymBeforeColon, '')) || roleAfter.test(after.replace(acronymsAfterParen, '$1'))
  );
}
