/**
 * Terms of a child's status, services and care that no earlier list read (blind part 23, 2 Dec 2026: a PowerSchool
 * comment export from Texas in English and Spanish, a speech therapist's logs from Alaska and the Canary Islands, a
 * Singapore LaTeX mark table, a Catalan camp form, a Seesaw thread and a counsellor's case note lost them):
 *
 * Special education and status (specialEducation in the corpus):
 * - English-learner status by the names Texas and other systems give it: an "EB" (emergent bilingual) or "LEP"
 *   student, a TELPAS proficiency rating written with the test ("TELPAS advanced high", "nivel TELPAS
 *   principiante"), "EAL support", ELL pull-out with its teacher ("ELL w/ Mrs. Kuhn");
 * - a newcomer: "recién llegado de Reynosa", "newly arrived from …", "viene de Venezuela desde octubre", a pupil
 *   who has no NIE yet (Spain's foreigner's identity number: a migration status);
 * - a move into gifted-and-talented: "moving to GT next semester", "pasa a grupo de GT";
 * - a family's refusal of photographs, which the school must honour (directory-information opt-out): "no photos",
 *   "no puede salir en las fotos", "pidieron que no salga en fotos", Catalan "no pot sortir a les fotos";
 * - services and accommodations: a speech or OT evaluation or appointment, "speech-language services 2x30
 *   min/week", a move to consult-only service, "uses a reader pen", a reader or scribe for worksheets, South
 *   Africa's LSEN learner support, a financial-assistance status ("fee waived", Singapore's FAS), Wales's IDP
 *   ("IDP for literacy"), 1:1 support, and not being made to read aloud ("no hacerlo leer en voz alta");
 * Health:
 * - illness, therapy and its absence note: an OT or speech appointment, dengue, a medical certificate ("MC 3 days"), ear infections and ear tubes with
 *   their year, bed-wetting (English, Spanish, Catalan), sleep ("sleeping 4-5 hrs", "dificultades para dormir"),
 *   glucose checks before meals (Spanish, Catalan), Catalan allergies, a tongue-tie operation and dysglossia, a
 *   referral to a primary health centre ("derivación a CAPS", Argentina's Centros de Atención Primaria de la Salud).
 *
 * Each term is added to sensitive-terms.ts's lists, so it counts only in a sentence about a child or a row of a
 * class table, as every term there: a lesson on dengue fever or on the TELPAS test names no child.
 */
export const learnerStatusSpecialEducationTerms = [
  // English learners and newcomers.
  String.raw`(?:EB|EL|ELL|LEP|ML) student(?: \(LEP\))?|emergent bilingual|TELPAS:? (?:beginning|intermediate|advanced high|advanced|principiante|intermedio|avanzado alto|avanzado)|nivel TELPAS (?:principiante|intermedio|avanzado alto|avanzado)|LEP|EAL support|(?:ELL|ESL|EAL|ESOL) (?:w/|with) (?:Mrs?|Ms|Mx|Miss)\.? \p{Lu}\p{L}+`,
  String.raw`reci[ée]n llegad[oa]s? (?:de|desde) \p{Lu}\p{L}+|newly arrived from \p{Lu}\p{L}+|viene de \p{Lu}\p{L}+ desde (?:hace )?\p{L}+|(?:a[úu]n |todav[íi]a )?no tiene (?:NIE|NIA|TIE)`,
  // Gifted and talented placement.
  String.raw`(?:mov(?:e|es|ing)|going|goes|placed|referred) (?:in)?to (?:the )?GT(?: (?:program|class|group|services))?|(?:pasa|pasar[áa]|entra|entrar[áa]|va|ir[áa]) (?:a|al) (?:grupo|programa|clase) (?:de )?GT`,
  // A family's refusal of photographs.
  String.raw`no photos?(?: (?:allowed|consent|permission))?|photo opt[- ]out|(?:must not|can['’]t|cannot|may not) (?:appear|be) in (?:any )?(?:photos|pictures)|no (?:puede|debe) salir en (?:las )?fotos|(?:que )?no salga en (?:las )?fotos|no pot sortir a les fotos`,
  // Services and accommodations.
  String.raw`(?:speech|OT|PT|psych(?:o-?educational)?) eval(?:uation)?|speech-language services(?: \d ?x ?\d{2} min(?:utes)?/(?:week|wk))?|consult[- ]only|(?:drop|move|moving) to consult|uses a reader pen|reader pen|reader for (?:worksheets|tests|exams)|LSEN|learner support \(LSEN\)|fees? waived|financial assistance scheme|FAS`,
  // Wales's Individual Development Plan with its area, one-to-one support, and not being made to read aloud.
  String.raw`IDP for \p{L}+|1:1 support(?: at \p{L}+(?: and on \p{L}+)?)?|no (?:hacerl[oa]|le hagas|lo hagas|la hagas) leer en voz alta|lectura en voz alta:? NO|(?:don['’]t|do not) (?:make|ask) (?:him|her|them) (?:to )?read aloud`,
];

export const illnessAndCareHealthTerms = [
  String.raw`dengue(?: fever| MC)?|MC \d{1,2} days?|medical certificate|(?:chronic |recurrent )?ear infections|(?:ear )?tubes (?:in )?(?:19|20)\d\d|grommets|(?:OT|PT|speech|therapy) appointment`,
  String.raw`wets the bed|bed-?wetting|moja la cama|mulla el llit|sleeping \d(?:-\d)? (?:hrs|hours)|(?:trouble|difficulty) sleeping|dificultad(?:es)? para dormir`,
  String.raw`(?:control|medir|mesurar) (?:de )?(?:la )?gluc[oò]sa(?: (?:antes de (?:cada comida|las comidas)|abans dels àpats))?|diabetis(?: tipus [12])?|al·lèrgi(?:a|c) a (?:l['’]|la |les |els |el )?\p{L}+|porta antihistamínic`,
  String.raw`disglosia|dislalia|frenillo operado(?: en \d{4})?|operaci[óo]n del frenillo(?: en \d{4})?|(?:derivaci[óo]n|interconsulta|derivad[oa]) (?:a|al|en) (?:el )?(?:CAPS|CESFAM|centro de salud)(?: \p{Lu}\p{L}+)?`,
];
