/**
 * A child's protected status or programme, as staff write it in email threads, plans and letters — labelled
 * specialEducation in the corpus (tests/fixtures/redaction/README.md, part 16: McKinney-Vento, foster care, ELL,
 * gifted), and no earlier term read them (part 16, 1 Dec 2026: 18 of its 29 missed specialEducation details):
 * - homelessness and care: "qualify under McKinney-Vento" (42 U.S.C. § 11431 ff.) — the law's name alone is the
 *   programme ("el programa McKinney-Vento si aplica", "McKinney-Vento liaison": parts 10 and 13 keep it) —,
 *   "kinship foster care", "in foster care", an unaccompanied youth ("jóvenes no acompañados");
 * - newcomers with interrupted schooling: SLIFE (New York State's term, used by the states' EL guidance);
 * - gifted: "twice-exceptional", Mexico's "aptitud(es) sobresaliente(s)" (SEP's term for gifted pupils);
 * - Costa Rica's curricular adaptations (MEP): "adecuación significativa", "no significativa", "de acceso" (their
 *   abbreviations in an OCR'd record, "Adec. signif.", are left: the line scan did not find them, unexplained).
 * As every term of sensitive-terms.ts, redacted only on a line about a child or in a trace about students: a
 * lesson on the McKinney-Vento Act names the law, not a child.
 */
export const statusSpecialEducationTerms = [
  String.raw`(?:qualif(?:y|ies|ied)|eligible) under McKinney[- ]Vento|(?:kinship |therapeutic )?foster care|unaccompanied (?:homeless )?youth|j[óo]venes no acompañados|menor(?:es)? no acompañad[oa]s?|SLIFE`,
  String.raw`twice[- ]exceptional|aptitud(?:es)? sobresaliente(?:s)?(?: (?:intelectual|creativa|socioafectiva|art[íi]stica|psicomotriz)(?:es)?)?`,
  String.raw`adecuaci[óo]n(?:es)? (?:curricular(?:es)? )?(?:no significativas?|significativas?|de acceso)`,
];
