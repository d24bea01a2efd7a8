/**
 * Health and support words in the shapes a school nurse's log, a counsellor's check-in, an SST/MTSS note and a
 * Latin American support file write them, by class (part 12 showed each class missing, 1 Dec 2026; the words
 * below are the class, not the missed strings). Like the lists of sensitive-terms.ts and condition-terms.ts they
 * count only in a sentence about one child or a note line of a trace about students.
 * Sources of the vocabulary: the NASN school-nurse visit reasons (injury by body part, skin, menstrual, vision
 * and hearing referrals), IDEA's SLD areas (34 CFR 300.309: basic reading, fluency, comprehension, math
 * calculation, math problem solving, written expression, oral expression, listening comprehension), WIDA/ELPAC
 * proficiency levels, Argentina's Certificado Único de Discapacidad (Ley 22.431), Chile's PIE categories
 * (Decreto 170: "dificultad específica del aprendizaje") and Colombia's PIAR adjustments (Decreto 1421).
 */

const bodyPart = String.raw`(?:head|forehead|face|nose|lip|mouth|chin|jaw|eye|ear|neck|shoulder|arm|elbow|wrist|hand|finger|thumb|back|chest|stomach|hip|knee|leg|shin|ankle|foot|toe)s?`;
const partEs = String.raw`(?:cabeza|frente|cara|nariz|labio|boca|ojo|oreja|cuello|hombro|brazo|codo|muñeca|mano|dedo|espalda|pecho|rodilla|pierna|tobillo|pie)`;

export const nurseLogHealthTerms = [
  // An injury with the body part it hurt ("hit head on locker door", "bumped his forehead", "jammed a finger").
  String.raw`(?:hit|bumped|banged|hurt|twisted|rolled|jammed|scraped|injured|bruised|cut|split) (?:(?:his|her|their|the|a|an|my) )?(?:(?:left|right|L|R) )?${bodyPart}(?: on (?:(?:a|the|his|her|their) )?[\p{L}-]+(?: (?:door|post|pole|frame|edge|table|desk))?)?`,
  // A skin reaction or a mark with where it is ("hives on neck", "rash on her arms", "swelling above the eye").
  String.raw`(?:hives|rash|welts|swelling|bruise|scrape|bump|redness|itching) (?:on|over|above|below|under|around) (?:(?:his|her|their|the|both) )?(?:(?:left|right|L|R) )?${bodyPart}`,
  String.raw`(?:fisura|fractura|esguince|golpe|corte|herida|raspón|moretón) (?:en|de) (?:el |la |los |las |su )?${partEs}`,
  String.raw`(?:period|menstrual) cramps|cólicos menstruales|dolor menstrual`,
  // Eye, spine and ear conditions and the follow-ups a screening asks for.
  String.raw`nystagmus|nistagmo|strabismus|estrabismo|amblyopia|ambliopía|lazy eye|scoliosis|escoliosis|ear tubes|tubos (?:de ventilación|en los oídos)|(?:hearing|vision) rescreen(?:ing)?`,
  String.raw`colou?r[- ]?blind(?:ness)? \((?:red\/green|green\/red|blue\/yellow)\)|colou?r vision(?: (?:deficiency|problems?))?`,
  String.raw`surgery \((?:scoliosis|spine|spinal fusion|heart|hip|knee|ACL|appendix|tonsils)\)`,
  // Mental-health and therapy records.
  // "out 4 days w/ mono": the note-taker's "w/" before the illness.
  String.raw`w\/ ?mono`,
  String.raw`safety plan|plan de seguridad|physical therapy|fisioterapia|terapia física|kinesiología`,
  // A learning condition said of the child as an adjective.
  String.raw`dyslexic|disléxic[oa]|dislexic[oa]|discalcúlic[oa]`,
];

export const supportPlanTerms = [
  // A tier of support a child is moved to or has been in.
  String.raw`(?:move[sd]?|moving|moved up|bumped|exited|stays?|remains?|placed) (?:(?:him|her|them|\p{Lu}\p{L}*|\p{Lu}{2}) )?(?:to|into|in|from|at|on) Tier [1-3]|Tier [23](?= since\b| for \d| \(?\d(?:x|\/wk))`,
  // A suspected eligibility and an SLD in one of the IDEA areas.
  String.raw`SLD (?:suspected|in (?:basic reading|reading (?:fluency|comprehension)|math(?:ematics)? (?:calculation|calc|problem solving|reasoning)|written expression|oral expression|listening comprehension))|(?:suspected|sospecha de) (?:SLD|specific learning disability|dyslexia|dislexia|ADHD|TDAH)`,
  // English-development levels (WIDA, ELPAC) written as a child's level.
  String.raw`(?:ELD|ELP|WIDA|ELPAC) (?:level )?[1-6](?:\.\d)?(?![\d\p{L}])`,
  // An accommodation named by its tool ("multiplication chart accommodation", "audiobooks on Learning Ally").
  String.raw`(?:[\p{L}-]+ )?(?:chart|calculator|scribe|reader|word bank|graphic organizer) accommodations?|audiobooks (?:on|from|via|through) (?:Learning Ally|Bookshare|Audible)|Learning Ally|Bookshare`,
  // Argentina's disability certificate and aides, Chile's PIE categories, Colombia's PIAR adjustments.
  String.raw`CUD: ?(?:sí|si)|CUD(?= (?:de|del|vigente|en trámite))|Certificado Único de Discapacidad|acompañante terapéutic[oa]|maestr[oa] integrador[a]?|dificultad específica del aprendizaje|DEA|flexibilización (?:de tiempos|curricular|de (?:la )?evaluación)`,
  // An interpreter who works with the child ("interview done w/ her interpreter").
  String.raw`(?:his|her|their|su) (?:sign language |ASL |LSM |LSA )?(?:interpreter|intérprete)`,
];
