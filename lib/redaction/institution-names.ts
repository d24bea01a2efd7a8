/**
 * A person's name that is part of an institution's: "Roosevelt Middle School", "Lincoln Elementary", "White
 * Rose Learning Trust", "Escuela Primaria Benito Juárez". Name rules that read a line about a child (an IEP
 * header's "School: Roosevelt Middle School" beside the student's ID, part 9, 1 Dec 2026) took the first word
 * for a child; the words after it (or before, in Spanish) make it the school's name, which a privacy officer
 * keeps. Capitals only: "Maya's school" is a child's.
 */
const after =
  /^(?:['’]s)?(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}?\s+(?:Middle|High|Elementary|Primary|Secondary|Junior|Intermediate|Grammar|Charter|Preparatory|Prep|School|Academy|College|University|Institute|Learning Trust|Trust|Foundation|Unified|ISD|CISD|USD|School District|District|Library|Museum)(?![\p{L}])/u;
const before =
  /(?:Escuela|Colegio|Instituto|Liceo|Academia|Universidad|CEIP|IES|Escola|Col·legi|Primaria|Secundaria|Preparatoria|Jardín de Niños|School|Academy)(?:\s+(?:de|del|la|Primaria|Secundaria|T[ée]cnica|Oficial|N[º°o]\.?\s*\d+))*\s+$/u;

export function isInInstitutionName(text: string, start: number, end: number): boolean {
  return after.test(text.slice(end, end + 60)) || before.test(text.slice(Math.max(0, start - 40), start));
}
