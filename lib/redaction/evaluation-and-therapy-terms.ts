/**
 * Health and special-education words of the documents the earlier lists did not cover, by class (written
 * 1 Dec 2026 for the kinds of records part 13 was announced to hold, not from any part's strings):
 * - a psychologist's and a diagnostician's evaluation: the standard test batteries by name (WISC, WPPSI, WIAT,
 *   Woodcock-Johnson, KTEA, CELF, CTOPP, PPVT, BASC, Conners, Vineland, BRIEF, ADOS, Beery VMI, BOT), their index
 *   scores (full-scale IQ, processing speed, working memory), and the evaluation and referral steps of IDEA and
 *   of Spanish-speaking systems ("psychoeducational evaluation", "triennial", "referred for testing",
 *   "evaluación de educación especial", "referir al niño para evaluación");
 * - a speech-language pathologist's and an occupational therapist's goals ("articulation goals", "/r/ in all
 *   positions", "expressive language", "fine motor", "visual-motor integration", "pencil grip", "sensory diet",
 *   "motricidad fina", "integración sensorial", "terapia ocupacional");
 * - an athletics physical, a field-trip medical form and a bus incident ("heart murmur", "EKG", "sickle cell
 *   trait", "cleared for full participation", "not cleared", "hit his head on the bus seat", "soplo cardíaco",
 *   "se golpeó la cabeza").
 * Sources of the vocabulary: IDEA's evaluation procedures (34 CFR 300.301–311), ASHA's Practice Portal topic
 * names, AOTA's school-practice areas, the AAP's Preparticipation Physical Evaluation form (5th ed.) and the
 * publishers' names of the tests. Like every list of the redactor they count only in a sentence about one child
 * or a note line (sensitive-terms.ts), so a lesson about IQ tests or a coach's policy on physicals keeps them.
 */

const testBattery = String.raw`(?:WISC|WPPSI|WAIS|WIAT|KTEA|CELF|CTOPP|PPVT|EVT|GFTA|BASC|BRIEF|ADOS|DAS|CAS|TONI|BOT|KABC)(?:-?(?:I{1,3}V?|IV|V|[1-5])(?:-(?:Preschool|P|R|S|SRP|TRS|PRS))?)?`;

export const evaluationSpecialEducationTerms = [
  // Test batteries with their edition, and their scores written as a child's result.
  String.raw`(?<=\b(?:on the|the|her|his|their|el|la|su|del|en el|en la) )${testBattery}(?=[\s,.;:)])|Woodcock[- ]Johnson(?: (?:IV|4|III))?(?: Tests of (?:Achievement|Cognitive Abilities))?|Bater[íi]a (?:III |IV )?Woodcock(?:[- ]Mu[ñn]oz)?|Conners(?: ?[34]| rating scales?)?|Vineland(?:-3)?(?: Adaptive Behavior Scales?)?|Beery(?: VMI)?`,
  String.raw`(?:full[- ]scale IQ|FSIQ|verbal comprehension index|processing speed(?: index)?|working memory index|perceptual reasoning(?: index)?|fluid reasoning(?: index)?|(?:coeficiente|cociente) intelectual|CI total)(?: (?:of|was|is|de|fue|=|:)\s?\d{2,3})?`,
  // The steps of an evaluation, in English and Spanish.
  String.raw`psych(?:o-?educational|ological)? eval(?:uation)?|psycho-?educational (?:evaluation|assessment|testing|report)|(?:initial|triennial|tri-?annual|full and individual|independent educational) (?:evaluation|eval|re-?evaluation)|triennial(?: review)?|re-?eval(?:uation)?(?: (?:due|meeting|in|scheduled))?|eligibility (?:meeting|determination|conference)|referred (?:for|to) (?:special education|sped|an? (?:evaluation|eval)|testing|speech|OT|the (?:CSE|CPSE|SST|child study team))|referral for (?:special education|sped|an? (?:evaluation|eval)|testing|speech|OT)|(?:CSE|CPSE|ARD|IPRC|SST|child study team) (?:meeting|referral|review)`,
  String.raw`(?:referir(?:lo|la)?|referido|referida|remitir(?:lo|la)?|remitid[oa]|derivar(?:lo|la)?|derivad[oa])(?: al niño| a la niña)? (?:para|a) (?:una )?(?:evaluaci[óo]n|educaci[óo]n especial)(?: (?:de|del|psicopedag[óo]gica|psicol[óo]gica|de educaci[óo]n especial|del habla|de lenguaje))*(?: \([A-Z]{2,5}\))?|evaluaci[óo]n (?:de|para) educaci[óo]n especial(?: \([A-Z]{2,5}\))?|evaluaci[óo]n (?:psicol[óo]gica|neuropsicol[óo]gica|del habla y (?:el )?lenguaje|de terapia ocupacional)|comit[ée] de educaci[óo]n especial|reuni[óo]n de elegibilidad`,
  // A speech-language pathologist's and an occupational therapist's goals and services.
  String.raw`articulation (?:goals?|therapy|services|sessions?)|\/[rsl]\/ (?:sound|in all positions|in (?:initial|medial|final) position|blends)|(?:expressive|receptive|pragmatic) language(?: (?:goals?|delay|disorder|skills|deficits?))?|(?:speech|language|OT|PT) goals?|fine[- ]motor (?:skills|delays?|goals?|deficits?|weakness)|gross[- ]motor (?:skills|delays?|goals?)|visual[- ]motor(?: integration)?|(?:pencil|tripod) grip|handwriting (?:goals?|support|accommodations?)|sensory (?:diet|breaks?|tools?|room)|weighted (?:vest|blanket|lap pad)|OT (?:consult|services|sessions?|evaluation)|terapia (?:ocupacional|del habla|de lenguaje|f[íi]sica)|motricidad (?:fina|gruesa)|integraci[óo]n sensorial|lenguaje (?:expresivo|receptivo|comprensivo)`,
];

export const evaluationHealthTerms = [
  // An athletics physical and a field-trip medical form.
  String.raw`heart murmur|soplo (?:card[íi]aco|en el coraz[óo]n)|(?:abnormal )?(?:EKG|ECG)(?: (?:results?|clearance|follow-up))?|electrocardiograma|sickle cell trait|rasgo de c[ée]lulas falciformes|(?:not )?cleared (?:for|to) (?:full )?(?:play|sports|participation|contact|practice|activity|return)|no (?:está )?(?:apt[oa]|autorizad[oa]) para (?:deportes|educaci[óo]n f[íi]sica|el deporte)|(?:history of|hx of|antecedentes? de) (?:fainting|syncope|concussions?|heart (?:problems|condition)|asthma|seizures|desmayos|convulsiones)|fainting (?:during|at|after) (?:exercise|practice|PE)|marcapasos|pacemaker|(?:carries|uses|needs) (?:an? )?(?:inhaler|EpiPen|epi-?pen)(?: before (?:practice|PE|games|running))?`,
  // An injury by the verb and the body part, in Spanish as a nurse or a bus driver's report writes it.
  String.raw`se (?:cort[óo]|golpe[óo]|peg[óo]|lastim[óo]|torci[óo]|quebr[óo]|rompi[óo]|fractur[óo]|rasp[óo]|quem[óo]|dobl[óo]) (?:el |la |los |las |un |una |su )?(?:cabeza|frente|cara|nariz|labio|boca|diente|ojo|oreja|cuello|hombro|brazo|codo|muñeca|mano|dedo|espalda|pecho|rodilla|pierna|tobillo|pie)(?: (?:izquierd[oa]|derech[oa]))?|(?:hit|bumped|banged|cut|scraped|split) (?:his|her|their) (?:head|lip|chin|nose|forehead|knee|elbow) (?:on|against) (?:the )?[\p{L}-]+(?: (?:seat|window|door|rail|step|steps|pole))?`,
];
