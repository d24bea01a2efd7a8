/**
 * A person's name that is part of an institution's: "Roosevelt Middle School", "Lincoln Elementary", "White
 * Rose Learning Trust", "Escuela Primaria Benito Juárez". Name rules that read a line about a child (an IEP
 * header's "School: Roosevelt Middle School" beside the student's ID, part 9, 1 Dec 2026) took the first word
 * for a child; the words after it (or before, in Spanish) make it the school's name, which a privacy officer
 * keeps. Capitals only: "Maya's school" is a child's.
 */
const after =
  /^(?:['’]s)?(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}?\s+(?:Middle|High|Elementary|Primary|Secondary|Junior|Intermediate|Grammar|Charter|Preparatory|Prep|School|Academy|College|University|Institute|Learning Trust|Trust|Foundation|Unified|ISD|CISD|USD|School District|District|Library|Museum)(?![\p{L}])/u;
// Latin American schools are named by their kind and number before the person: Peru's "I.E. N° 30001 "César
// Vallejo"", Ecuador's "Unidad Educativa", El Salvador's "Centro Escolar", Puerto Rico's "Escuela Segunda Unidad"
// (part 11, 1 Dec 2026).
const before =
  /(?<![\p{L}])(?:Escuela|Colegio|Instituto|Liceo|Academia|Universidad|CEIP|IES|Escola|Col·legi|Primaria|Secundaria|Preparatoria|Jardín de Niños|School|Academy|I\.\s?E\.(?:\s?[IP]\.)?|U\.\s?E\.|Unidad Educativa|Institución Educativa|Centro Escolar|Centro Educativo|Complejo Educativo|Jardín Infantil|Jardín|Escuela Básica|Segunda Unidad)(?:\s+(?:de|del|la|Primaria|Secundaria|T[ée]cnica|Oficial|Fiscal|Particular|Privad[oa]|Inicial|N[º°o]\.?\s*\d+|\d+))*\s+["“«]?$/u;

/**
 * A piece of each kind of institution `before` names, as written (the pattern is case-sensitive): a text before the
 * name holding none of them cannot match it.
 *
 * Why (measured 1 Dec 2026, Node 20): the scan asks about every name it finds, and `before`, anchored only at its
 * end, tries its long alternation at each of the forty places before the name; a few native searches rule out
 * nearly every name of a trace first.
 */
const beforeKinds = [
  'Escuela',
  'Colegio',
  'Instituto',
  'Liceo',
  'Academ',
  'Universidad',
  'CEIP',
  'IES',
  'Escola',
  'Col·legi',
  'Primaria',
  'Secundaria',
  'Preparatoria',
  'Jard',
  'School',
  'I.',
  'U.',
  'Unidad Educativa',
  'Institución Educativa',
  'Centro E',
  'Complejo Educativo',
  'Segunda Unidad',
];

export function isInInstitutionName(text: string, start: number, end: number): boolean {
  if (after.test(text.slice(end, end + 60))) return true;
  const beforeName = text.slice(Math.max(0, start - 40), start);
  return beforeKinds.some((k) => beforeName.includes(k)) && before.test(beforeName);
}
