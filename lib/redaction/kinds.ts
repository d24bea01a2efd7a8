/**
 * The kinds of student data the redactor finds, and what replaces each in an exported copy. One kind per
 * FERPA-relevant detail a teacher pastes into an AI chat (issue 9): who the child is, how to reach the family,
 * the numbers that identify the child (a lunch number also reveals free/reduced-lunch status), and the
 * sensitive facts tied to the child (grades, health, IEP/504).
 */
export const redactionKinds = [
  'studentName',
  'parentName',
  'studentId',
  'lunchNumber',
  'email',
  'phone',
  'address',
  'dateOfBirth',
  'grade',
  'health',
  'specialEducation',
  'custom',
] as const;
export type RedactionKind = (typeof redactionKinds)[number];

/** Why a detail was flagged; the preview shows it in the teacher's language (locales/<lang>/redaction.json). */
export const redactionReasonCodes = [
  'roster', // a name from the teacher's roster
  'column', // a cell under a header such as "Lunch #" (detail = the header)
  'codeKey', // a value of a key or variable such as lunch_number (detail = the key)
  'label', // after a label or keyword such as "DOB" or "student ID" (detail = the keyword)
  'studentCue', // a name the text ties to a student ("my student", "period 3", "IEP") (detail = the cue)
  'parentCue', // a name the text ties to a family ("her mom", "Dear Mrs.") (detail = the cue)
  'pattern', // the shape alone: an email, a phone number, a long ID number
  // Context with no quotable cue (detail is empty; the preview's own words explain it in the teacher's language,
  // where a quoted English phrase used to appear inside the Spanish sentence):
  'aboutStudents', // a person or detail in a text about the teacher's students
  'nearStudent', // beside a name already found as a student's
  'nickname', // a nickname written beside the full name it shortens
  'logEntry', // an entry of a class or behaviour log
  'reportCard', // a mark in one child's report card
  'familyMessage', // the sender of a family's message to the teacher
  'studentLine', // on a line (or a whole note) about one student
  'studentList', // in a list or chart of students
  'custom', // a term the teacher added in the preview
] as const;
export type RedactionReasonCode = (typeof redactionReasonCodes)[number];

/** Codes that tie a detail to a student by the text around it (a quoted cue, or context with nothing to quote). */
const studentContextCodes: ReadonlySet<RedactionReasonCode> = new Set([
  'studentCue',
  'aboutStudents',
  'nearStudent',
  'nickname',
  'logEntry',
  'reportCard',
  'studentLine',
  'studentList',
]);

export function isStudentContext(code: RedactionReasonCode): boolean {
  return studentContextCodes.has(code);
}

export interface RedactionReason {
  code: RedactionReasonCode;
  /** The header, key, keyword or cue that decided it, as written. */
  detail: string;
}

/**
 * Rules inside the scan name some contexts with a fixed English phrase in place of a quoted cue (the scan's own
 * checks read them). The preview quotes a detail into a sentence of the teacher's language, so these phrases
 * leave the scan as codes with messages of their own.
 */
const describedContexts: Readonly<Record<string, RedactionReasonCode>> = {
  'student row': 'studentLine',
  'student details on this line': 'studentLine',
  'student name': 'nearStudent',
  'in a list of students': 'studentList',
  'a chart of names': 'studentList',
  'a first name and an initial': 'aboutStudents',
  'in a sentence about a student': 'aboutStudents',
};

export function shownReason(reason: RedactionReason): RedactionReason {
  if (reason.code !== 'studentCue' && reason.code !== 'parentCue') return reason;
  const code = describedContexts[reason.detail];
  return code ? { code, detail: '' } : reason;
}

/** Pseudonym stems per kind: "[Student 1]", "[Estudiante 1]". */
const pseudonymStems: Record<'en' | 'es', Record<RedactionKind, string>> = {
  en: {
    studentName: 'Student',
    parentName: 'Parent',
    studentId: 'Student ID',
    lunchNumber: 'Lunch number',
    email: 'Email',
    phone: 'Phone',
    address: 'Address',
    dateOfBirth: 'Date of birth',
    grade: 'Grade',
    health: 'Health detail',
    // Not "IEP/504": a pseudonym must not spell the detail it replaces ("Has a [IEP/504 1]" still says 504).
    specialEducation: 'Support plan',
    custom: 'Redacted',
  },
  es: {
    studentName: 'Estudiante',
    parentName: 'Familiar',
    studentId: 'ID de estudiante',
    lunchNumber: 'Número de comedor',
    email: 'Correo',
    phone: 'Teléfono',
    address: 'Dirección',
    dateOfBirth: 'Fecha de nacimiento',
    grade: 'Calificación',
    health: 'Dato de salud',
    specialEducation: 'Plan de apoyo',
    custom: 'Oculto',
  },
};

/** "[Student 3]" in the export's language (Spanish for es-*, English otherwise). */
export function pseudonym(kind: RedactionKind, n: number, language: string): string {
  const stems = language.toLowerCase().startsWith('es') ? pseudonymStems.es : pseudonymStems.en;
  return `[${stems[kind]} ${n}]`;
}

/** Where two findings overlap, the more specific kind wins (an email over the name inside it). */
export const kindPriority: Record<RedactionKind, number> = {
  custom: 0,
  email: 1,
  address: 2,
  dateOfBirth: 3,
  phone: 4,
  lunchNumber: 5,
  studentId: 6,
  // A family cue ("her mom, Rosa Díaz") is more specific than a class cue on the same words.
  parentName: 7,
  studentName: 8,
  specialEducation: 9,
  health: 10,
  grade: 11,
};
