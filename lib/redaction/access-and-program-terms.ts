/**
 * Supports, adaptations and statuses of one child that the special-education lists beside this file did not hold
 * (part 16's misses, 1 Dec 2026: 16 of its 62 specialEducation details; the words below are the classes, not the
 * missed strings). Like every list of sensitive-terms.ts they count only in a sentence about one child, a note
 * line, or a row of a table about children: a lesson on sign language or on custody law keeps its words.
 * Sources of the vocabulary:
 * - access supports for sensory disabilities, as Colombia's PIAR (Decreto 1421 de 2017) and other Latin American
 *   plans write them: a sign-language interpreter (LSC, LSM, LSA, LSCh, LSV, LSE, ASL), large print ("macrotipo",
 *   "letra macro", "large print"), a magnifier ("lupa", "magnifier"), Braille;
 * - curricular adaptations as records abbreviate them: Costa Rica's "Adec. signif.", "Adec. no signif.",
 *   "Adec. de acceso" (MEP), Spain's ACI ("adaptación curricular individualizada", "ACI significativa");
 * - Texas's Emergent Bilingual status (TEA, since 2021) with its programme or a parent's denial of services
 *   ("EB – bilingual program", "EB – parent denial of services");
 * - a custody restriction on a child's record ("custody case", "custody order", "no-contact order");
 * - a need-based grant named for its child: Mexico's "Beca Benito Juárez" (Becas para el Bienestar Benito Juárez,
 *   the programme's name alone — "Becas para el Bienestar" — is a lesson's title and stays).
 */
export const accessAndProgramTerms = [
  // Access supports.
  String.raw`int[ée]rpretes?(?: de)? (?:LSC|LSM|LSA|LSCh|LSV|LSE|ASL|lengua de señas(?: \p{L}+)?|lenguaje de señas|sign language)|(?:ASL|sign language) interpreter|(?:material(?:es)? )?(?:en )?macrotipo|letra macro|(?:usa|uso de|con) lupa|large[- ]print (?:materials?|texts?|tests?|copies)|(?:uses a |video |hand(?:held)? )magnifier|(?:textos? |material(?:es)? )?en braille`,
  // Curricular adaptations abbreviated.
  String.raw`Adec\. (?:no )?signif(?:icativa)?\.?|Adec\. de acceso|ACIs? (?:no )?significativas?|ACI(?= en \p{Lu})|adaptaci[óo]n curricular individualizada`,
  // Emergent Bilingual programme or its refusal.
  String.raw`EB ?[–—-] ?(?:bilingual|ESL|dual[- ]language)(?: program)?|EB ?[–—-] ?parent(?:al)? denial(?: of services)?|parent(?:al)? denial of (?:EB |ESL |bilingual )?services`,
  // Custody restrictions.
  String.raw`custody (?:case|order|dispute|battle|restriction|issue)s?|no[- ]contact order|orden de alejamiento|medida de alejamiento`,
  // A need-based grant.
  String.raw`Becas? (?:Universal(?:es)? )?(?:para el Bienestar )?Benito Ju[áa]rez`,
];
