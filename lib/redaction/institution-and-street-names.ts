/**
 * A person's name that names a school or a street where the trace writes it, found by a rule that read the line
 * as a child's: "Our office: Lilja Elementary, 41 Bacon St" (the school's kind after the name, read with it as
 * one name), `"nombre": "Escuela Gabriela Mistral"` (an establishment's key in a meal programme's JSON), "Av.
 * Pedro Montt 1450", "C/ de Joan Alcover 31" (streets named after people, in an address). Blind part 21 (2 Dec
 * 2026) lost four such names as students. institution-names.ts reads the words around a name found alone; this
 * reads a name found with the kind inside it, and a name whose every appearance sits in a street or a school's
 * name, so a child who shares a street's name and is named elsewhere stays a child.
 */
const schoolKindLast =
  /\s(?:Elementary|Middle|High|Primary|Secondary|Intermediate|Academy|School|College|University|Institute|K-8|K-12)$/u;
const schoolKindFirst =
  /^(?:Escuela|Colegio|Instituto|Liceo|Academia|Universidad|CEIP|IES|Escola|Col·legi|Institut|Unidad Educativa|Centro Escolar|Jardín)\s/u;
/** What opens a street's name or an institution's before a person's name: "Av.", "C/ de", "Carrer de", "IES". */
const streetOrSchoolBefore =
  /(?:\b(?:Av|Avda|Avenida|Calle|Carrer|Carretera|Camino|Paseo|Passeig|Plaza|Plaça|Pasaje|Rambla|Ronda|Jr|Jirón|Rua|Boulevard|Bulevar|Escuela|Colegio|Instituto|Liceo|IES|CEIP|Escola|Institut)\.?|C\/)[ \t]*(?:(?:de|del|de la|d['’])[ \t]*)?$/u;
/** What closes a street's name after a person's: "Martin Luther King Blvd", "Lincoln Ave". */
const streetAfter = /^[ \t]+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Parkway|Pkwy)\b/u;

const letter = /\p{L}/u;

/** True when `name` is a school's or a street's name as the texts write it (see above). */
export function isInstitutionOrStreetName(name: string, texts: readonly string[]): boolean {
  if (schoolKindLast.test(name) || schoolKindFirst.test(name)) return true;
  if (!/\s/u.test(name)) return false;
  // Native searches for the name, not a regex over every text: the scan asks about every name it keeps.
  let seen = 0;
  for (const t of texts)
    for (let at = t.indexOf(name); at !== -1; at = t.indexOf(name, at + 1)) {
      if (letter.test(t.charAt(at - 1)) || letter.test(t.charAt(at + name.length))) continue;
      seen++;
      const before = t.slice(Math.max(0, at - 24), at);
      const after = t.slice(at + name.length, at + name.length + 16);
      if (!streetOrSchoolBefore.test(before) && !streetAfter.test(after)) return false;
    }
  return seen > 0;
}
