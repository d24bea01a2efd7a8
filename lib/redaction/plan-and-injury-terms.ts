/**
 * Support-plan and health words by class, in the shapes a 504 meeting, a speech or OT log, a discipline referral,
 * a bus incident report and a home-visit log write them (part 13's misses, 1 Dec 2026; the words below are the
 * classes, not the missed strings). Like every list of sensitive-terms.ts they count only in a sentence about one
 * child or a row of a table about children.
 * Sources of the vocabulary: the testing accommodations of state assessment manuals (setting, timing,
 * scheduling: small group, separate setting, extended time, breaks), IDEA's procedures (34 CFR 300.106 extended
 * school year, 300.530(e) manifestation determination), California's special-education programs (RSP, SDC),
 * ASHA's language-disorder terms, Chile's Decreto 83 (evaluación diferenciada), Colombia's Decreto 1421 (PIAR,
 * ajustes razonables), Argentina's Resolución CFE 311/16 (PPI, maestra integradora, acompañante terapéutico),
 * and the NASN school-nurse injury and screening categories.
 */

const bodyPart = String.raw`(?:head|forehead|face|nose|lip|mouth|chin|jaw|eye|eyebrow|ear|cheek|neck|arm|elbow|wrist|hand|finger|knee|leg|shin|ankle|foot)`;

export const moreSpecialEducationPlanTerms = [
  // Setting and scheduling accommodations, in either word order.
  String.raw`(?:testing|tests?|assessments?|exams?|quizzes)\s+(?:in|with)\s+(?:a\s+)?(?:small[- ]group|separate\s+(?:setting|room|location)|quiet\s+(?:setting|room|space))(?:\s+setting)?`,
  String.raw`(?:small[- ]group|separate[- ]setting)\s+(?:testing|administration|setting)(?:\s+for\s+(?:tests|testing|assessments|exams))?`,
  // A break pass with its allowance ("breaks pass (2/class)", "break pass, 2 per class"), and breaks as a support.
  String.raw`breaks?\s+pass(?:es)?(?:\s*\(\s*\d+\s*(?:\/|per|a)\s*(?:class|day|period)\s*\)|,?\s+\d+\s+(?:per|a)\s+(?:class|day|period))?`,
  String.raw`(?:frequent|movement|sensory|scheduled|short)\s+breaks(?:\s+as\s+needed)?`,
  // Programs and procedures: extended school year, resource specialist and special day class, a manifestation
  // determination after a suspension.
  String.raw`ESY|extended school year(?: services)?|RSP(?: placement| services| class| teacher)?|resource specialist program|SDC|special day class|manifestation determination(?: review| hearing| meeting)?|MDR`,
  // Language disorders as an SLP abbreviates them ("receptive lang delay", "expressive language disorder").
  String.raw`(?:mixed\s+)?(?:receptive|expressive|receptive[- ]expressive)\s+(?:lang(?:uage)?\.?\s+)?(?:delay|disorder|impairment)`,
  // Service minutes with what they are for ("60 minutes a week of writing support").
  String.raw`\d{2,3}\s+(?:minutes|mins?)\s+(?:a|per|\/)\s*(?:week|wk|day)\s+of\s+[\p{L} -]{3,30}?(?:support|services|instruction|therapy|intervention)`,
  // Spanish-speaking systems: extra time, differentiated assessment, Colombia's PIAR, Argentina's integration.
  String.raw`tiempo\s+(?:adicional|extra|extendido)(?:\s+(?:en|para)\s+(?:las\s+|los\s+)?(?:pruebas|evaluaciones|exámenes|examenes))?|evaluación diferenciada|evaluacion diferenciada|PIAR|ajustes razonables|PPI|maestr[ao] integrador[a]?|acompañante terapéutic[oa]|proyecto de integración|programa de integración(?: escolar)?`,
];

export const moreInjuryAndScreeningTerms = [
  // A failed screening ("failed vision screen", "no pasó el tamizaje visual").
  String.raw`(?:failed|did not pass|didn['’]t pass)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:vision|hearing|eye|ear)\s+(?:screen(?:ing)?|test|check)`,
  String.raw`no pasó (?:el |la )?(?:tamizaje|prueba|examen|control) (?:visual|auditiv[oa]|de (?:la )?(?:vista|visión|audición))`,
  // Injuries an incident report names, with where they are.
  String.raw`(?:a\s+)?(?:bloody nose|nosebleed|black eye|split lip|busted lip|chipped tooth|knocked[- ]out tooth)(?:\s+and\s+(?:a\s+)?(?:cut|gash|scrape|bump|bruise)\s+(?:above|below|on|over|under|near)\s+(?:his|her|their|the|one)\s+(?:(?:left|right)\s+)?${bodyPart})?`,
  String.raw`(?:a\s+)?(?:cut|gash|laceration|goose egg)\s+(?:above|below|on|over|under|near)\s+(?:his|her|their|the|one)\s+(?:(?:left|right)\s+)?${bodyPart}`,
  String.raw`(?:\d+\s+)?steri-?strips|butterfly (?:bandage|closures?|stitches)`,
  String.raw`sangrado (?:nasal|de nariz)|le sangró la nariz|ojo morado|labio partido|diente (?:roto|astillado)|puntos de sutura`,
  // Eye conditions beyond glasses.
  String.raw`retinopat[íi]a(?: del prematuro)?|retinopathy(?: of prematurity)?|cataratas? congénitas?|congenital cataracts?|glaucoma|queratocono|keratoconus`,
  // Fatigue with what brings it on ("fatigue after ~6 min of copying").
  String.raw`(?:fatigue|fatiga|cansancio)\s+(?:after|tras|después de)\s+[~≈]?\d+\s*(?:min(?:utes)?|mins|minutos)(?:\s+(?:of|de)\s+[\p{L}]+(?:\s+[\p{L}]+)?)?`,
];
