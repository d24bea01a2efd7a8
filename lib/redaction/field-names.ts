import type { RedactionKind } from './kinds';
import { classifySystemFieldName } from './state-id-and-assessment-headers';

/**
 * What a column header, a code key or a variable name says its values are. "Lunch #", "lunch_number",
 * "lunchNumber", "Número de comedor" all name lunch numbers; the values under or after them are that kind
 * of student data whatever they look like. Matching is on normalised words (case, accents, _ - # split off),
 * so "studentID", "student_id" and "Student ID" are one thing.
 */
const fieldWords: [RedactionKind, RegExp][] = [
  // Order matters: the first kind whose pattern matches the normalised name wins ("parent phone" is a phone).
  ['email', /\b(?:e ?mail|correo(?: electronico)?|mail)\b/],
  ['phone', /\b(?:phone|telephone|tel|cell|mobile|telefono|celular|movil)\b/],
  ['address', /\b(?:address|home address|street|direccion|domicilio)\b/],
  // A birth record cited by its register entry ("Libro 3, Folio 122, Acta 587"), as Dominican and other Latin American
  // enrolment lists identify a child without a national ID: the column names the record, not the date (part 17).
  ['studentId', /\b(?:acta|partida|registro|inscripcion) de nacimiento\b/],
  [
    'dateOfBirth',
    /\b(?:dob|d o b|birth ?date|date of birth|birthday|born|fecha de nacimiento|fecha nac|fecha de nac|nacimiento|f nac|cumpleanos|data de naixement|data naix|naixement)\b/,
  ],
  // A UK school's canteen is paid by a "dinner PIN" or a cashless catering account (part 9, 1 Dec 2026).
  // A bare "PIN" column of a student table is the cafeteria's keypad PIN (part 10, 1 Dec 2026: a lunch-balance export).
  // School-feeding programmes number each child's ration ("N.º ración", Paraguay's PAE and Hambre Cero; part 17).
  [
    'lunchNumber',
    /\b(?:lunch|frl|free reduced|comedor|almuerzo|lonche|meal|dinner|canteen|catering|cashless|pins?|racion|raciones)\b/,
  ],
  // National identity numbers as a column of a class list (CURP, RUT, DNI, NUIP, cédula, carnet; part 12), Guatemala's
  // CUI/DPI, Bolivia's student register code RUDE and Catalonia's IDALU (the RALC register's student ID; part 17).
  [
    'studentId',
    /\b(?:stu(?:dent)? ?(?:id|number|no|num|nbr|hash)|sid|id|id hash|id number|state id|ssid|lasid|sasid|sis(?: id| hash| number| no)?|perm(?:anent)? id|pupil (?:id|number|no)|upn|uln|nsn|oen|usi|candidate (?:no|number|num|hash)|exam(?:ination)? (?:no|number)|admission (?:no|number)|adm no|eq id|matricula|n(?:umero)? (?:de )?matricula|nia|nie|expediente|n(?:umero)? (?:de )?expediente|id de (?:estudiante|alumno)|numero de (?:estudiante|alumno)|codigo (?:de )?(?:estudiante|alumno)|curp|rut|dni|nuip|cedula|carnet|carne de identidad|legajo|n(?:umero)? (?:de )?legajo|codigo (?:siagie|personal|unico|mineduc|estudiantil|sigerd|rude)|rude|cui|dpi|idalu|ralc|tarjeta de identidad)\b/,
  ],
  [
    'specialEducation',
    // The behaviour column of ABC data (antecedent, behaviour, consequence: the record of a functional behaviour
    // assessment) logs one child's incidents (part 17, 2 Dec 2026); a PBIS matrix's "Behavior expectations" is no
    // child's (below, with the other headers that name no data).
    /\b(?:iep|504|plan 504|iep 504|sped|special ed(?:ucation)?|accommodations?|modifications?|supports?|services|adaptaci(?:on|ones)|apoyos?|pei|acnee|neae|behaviou?rs?|conducta|comportamiento)\b/,
  ],
  [
    'health',
    /\b(?:allerg(?:y|ies)|alergias?|diagnos(?:is|es)|dx|diagnostico|medical|medicals|medications?|meds|medicacion|medicamentos?|health|salud|condition|condicion|nurse|enfermeria|intolerancias?)\b/,
  ],
  [
    'grade',
    // A column of quiz or test results, a reading measure (Lexile) or a benchmark is a score. Colombia's PIAR and
    // boletines head a period's mark "Valoración" or "Desempeño", Ecuador's reports "Rendimiento" (part 16, 2 Dec
    // 2026: a PIAR summary's "Valoración periodo" column kept its "3,2", "2,8 (pierde)").
    /\b(?:valoracion(?:es)?|desempeno|rendimiento|grade|grades|score|scores|mark|marks|percent|gpa|avg|average|mean|promedio|media|final|nota|notas|calificacion(?:es)?|puntaje|puntuacion|results?|quiz|quizzes|test|tests|exam|exams|assessment|benchmark|lexile|reading level|wpm|fluency|examen|control|evaluacion|prueba|resultados?|lnf|lsf|fsf|psf|nwf|orf|letter (?:naming|names|sounds|id)|sight words|wcpm|cwpm|probes?|tier|overall tier|ability index|standard score|percentile|rit|sat|act|psat|tsi|isip)\b/,
  ],
  ['parentName', /\b(?:parent|guardian|mother|father|mom|dad|padre|madre|tutor|tutora|familia|family|contact)\b/],
  [
    'studentName',
    // SIS exports abbreviate: "LName", "FName", "Last Nm", "MI". A coach's or a counsellor's sheet names its
    // children by their role ("athlete", "player", "advisee", "jugador"; part 10, 1 Dec 2026). Catalan exports
    // (esfer@, iEduca) head them "Alumne", "Nom i cognoms", and the birth date "Data naix." (part 17).
    /\b(?:name|names|student|students|first|last|first name|last name|full name|lname|fname|last nm|first nm|stu name|surname|given|given name|forename|family name|nombre|nombres|apellidos?|alumnos?|alumnas?|estudiantes?|child|children|kid|kids|pupils?|learners?|roster|nino|nina|ninos|ninas|athletes?|players?|campers?|advisees?|mentees?|tutees?|atletas?|jugador(?:a|es|as)?|deportistas?|alumnes?|alumna|nom i cognoms|cognoms)\b/,
  ],
];

// A module-level regex: esbuild (tsx: the bench, scripts) rewrites a `\p{…}` literal inside a function as
// `new RegExp` on every call (scan10).
const combiningMarks = /\p{M}/gu;

/** "lunchNumber", "Lunch #", "número_de_comedor" → "lunch number hash", "numero de comedor". */
export function normaliseFieldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/#/g, ' hash ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Words that say what a column of a class table holds but are everyday identifiers in code an AI writes
 * (`test`, `results`, `services`, `control`, `dpi` for an image's resolution): they count in a header or a prose
 * label, never in a code key.
 */
const headerOnlyWords =
  /\b(?:quiz|quizzes|test|tests|exam|exams|results?|assessment|benchmark|fluency|control|prueba|evaluacion|resultados?|supports?|services|apoyos?|modifications?|kids?|children|learners?|pupils?|roster|fname|lname|tier|sat|act|valoracion(?:es)?|desempeno|rendimiento|dpi|cui)\b/g;

/** Words of a label that make its address, phone or email the school's ("de la IE", "campus", "main office"). */
const institutionContact =
  /\b(?:ie|ies|i e|institucion|institution|institucional|colegio|plantel|liceo|campus|sede|office|oficina|rectoria|secretaria|main)\b/;

/**
 * The kind of student data a header or key names, or null for anything else ("Title", "Author", "x").
 * `where`: a table header or prose label ('header') or a key or variable name in code ('key').
 */
export function classifyFieldName(name: string, where: 'header' | 'key' = 'header'): RedactionKind | null {
  // "Ph", "Ph#", "PH #": a SIS export's phone column (a header only; "pH" is the chemistry, `ph` in code too).
  if (where === 'header' && /^\s*P[hH]\s*(?:#|\.)?\s*$/u.test(name)) return 'phone';
  const normalised = normaliseFieldName(name);
  const words = where === 'key' ? normalised.replace(headerOnlyWords, ' ').trim() : normalised;
  if (words === '' || words.length > 40) return null;
  // A child's reading level is a score; the class's "grade level" is not.
  if (/\b(?:reading levels?|lexile|nivel(?:es)? de lectura|nivel(?:es)? lector(?:es)?)\b/.test(words)) return 'grade';
  // "Grade level" / "grado" is the class, not a score; "Book title" and "author name" are not students.
  if (
    /\b(?:grade level|level|grado|curso|title|titulo|author|autor|book|libro|teacher|maestr[oa]|profesor[a]?|school|escuela|district|distrito|character|personaje|figure|city|country|pais|ciudad|expectations?|expectativas?)\b/.test(
      words,
    )
  )
    return null;
  for (const [kind, pattern] of fieldWords)
    if (pattern.test(words)) {
      // "Dirección de la IE", "Campus address", "Main office phone": the institution's own contact, not a family's.
      if ((kind === 'address' || kind === 'phone' || kind === 'email') && institutionContact.test(words)) return null;
      return kind;
    }
  return classifySystemFieldName(words, where);
}
