import { compiledEarly } from './compiled-early';

/**
 * Common childhood and family health conditions, in English and Spanish, that the term lists beside this file did
 * not name (a check of 223 everyday condition words on 3 Dec 2026 found 135 unread: "measles", "tuberculosis",
 * "hemophilia", "estrabismo", "heart murmur", "derrame cerebral"…). A held-out corpus names conditions no earlier
 * part did, so the vocabulary is taken from general lists rather than from misses:
 * - the infectious diseases schools exclude for or report: the US CDC's and the AAP's childcare/school exclusion
 *   lists (measles, mumps, rubella, pertussis, scarlet fever, hand-foot-and-mouth, conjunctivitis, impetigo,
 *   ringworm, scabies, head lice, hepatitis, meningitis, tuberculosis) and, for Latin America, PAHO's vector-borne
 *   diseases (dengue, zika, chikungunya, malaria, Chagas);
 * - the chronic conditions of the CDC's "chronic diseases in children" and school-nurse care plans (juvenile
 *   arthritis, lupus, hemophilia, sickle cell and thalassemia, heart defects and murmurs, kidney disease,
 *   hydrocephalus and shunts, reflux, IBS, obesity and malnutrition);
 * - sight, sleep, motor and developmental diagnoses of the DSM-5 and ICD-11 chapters a school file quotes
 *   (myopia, strabismus, amblyopia, tic disorders, insomnia, selective mutism, dyspraxia, hypotonia, FASD, ARFID);
 * - operations and injuries a return-to-school note names (tonsillectomy, ear tubes, an operated knee, a cast).
 * Like every list of sensitive-terms.ts it counts only in a sentence about one child (or a row about children): a
 * science lesson on measles or the history of tuberculosis keeps its words. Left out: words with an everyday sense
 * that a sentence about a child may carry ("cólera" is also anger, "stroke" a swimming stroke unless someone "had"
 * one, "AIDS" teaching aids, "braces" and "pandas" in code, "walker", "duelo").
 */
const conditions = [
  // Infectious diseases.
  String.raw`tuberculosis|tuberculosa|measles|sarampi[óo]n|mumps|paperas|rubella|rub[ée]ola|whooping cough|pertussis|tos ?ferina|scarlet fever|escarlatina`,
  String.raw`hand,? foot,? (?:and|&) mouth(?: disease)?|(?:enfermedad )?mano[- ]pie[- ]boca|pink ?eye|conjunctivitis|conjuntivitis|imp[ée]tigo|ringworm|ti[ñn]a|scabies|sarna|pediculosis|bed ?bugs`,
  String.raw`UTI|urinary tract infection|infecci[óo]n (?:urinaria|de orina)|hepatitis(?: [ABC])?|meningitis|HIV|VIH|glandular fever|dengue|zika|chikungunya|malaria|paludismo|(?:mal de |enfermedad de )?Chagas|giardia(?:sis)?|salmonella|norovirus|rotavirus|otitis|sinusitis|tonsillitis|amigdalitis|laryngitis|laringitis`,
  // Chronic conditions.
  String.raw`juvenile (?:idiopathic )?arthritis|arthritis|artritis|lupus|multiple sclerosis|esclerosis m[úu]ltiple|hemophilia|hemofilia|thalass?emia|talasemia|drepanocitosis|anemia (?:falciforme|drepanoc[íi]tica)|G6PD(?: deficiency)?|favismo`,
  String.raw`(?:congenital )?heart (?:condition|defect|disease|murmur|surgery)|cardiac condition|cardiopat[íi]a(?: cong[ée]nita)?|condici[óo]n card[íi]aca|soplo (?:card[íi]aco|en el coraz[óo]n)|pacemaker|marcapasos|hydrocephalus|hidrocefalia|VP shunt`,
  String.raw`kidney (?:disease|failure|stones)|renal failure|enfermedad renal|insuficiencia renal|c[áa]lculos renales|GERD|acid reflux|reflujo(?: g[áa]strico| gastroesof[áa]gico)?|IBS|irritable bowel(?: syndrome)?|colitis|Crohn['’]?s|obesity|obesidad|malnutrition|desnutrici[óo]n|malnutrici[óo]n`,
  String.raw`hypoglyc(?:a)?emia|hyperglyc(?:a)?emia|hipoglucemia|hiperglucemia|anafilaxia|anafil[áa]ctic[oa]|psoriasis|urticaria|hives|alopecia|vitiligo`,
  // Sight, sleep, motor and development.
  String.raw`myopia|miop[íi]a|nearsighted|farsighted|hipermetrop[íi]a|astigmatism|astigmatismo|amblyopia|ambliop[íi]a|lazy eye|ojo vago|strabismus|estrabismo|(?:an )?eye patch|parche (?:en el ojo|ocular)|vision loss|p[ée]rdida de (?:la )?visi[óo]n|blind in one eye|cieg[oa] de un ojo|sord[oa]|sordomud[oa]`,
  String.raw`tics|tic disorder|trastorno de tics|insomnia|insomnio|sleep apnea|apnea del sue[ñn]o|selective mutism|mutismo selectivo|panic disorder|trastorno de p[áa]nico|sensory processing disorder|dyspraxia|dispraxia|DCD|developmental coordination disorder|hypotonia|hipoton[íi]a|low muscle tone`,
  String.raw`fetal alcohol(?: syndrome| spectrum disorder)?|FASD|lead poisoning|intoxicaci[óo]n por plomo|ARFID`,
  // Operations and injuries.
  String.raw`(?:had|has|suffered|tuvo|sufri[óo]) (?:a |un )?(?:stroke|derrame(?: cerebral)?|ictus)|derrame cerebral|heat ?stroke|heat exhaustion|golpe de calor|insolaci[óo]n|tendinitis|tendonitis`,
  String.raw`torn ACL|ACL (?:tear|surgery|reconstruction)|(?:knee|hip|back|ear|eye|dental|brain|spine|spinal|shoulder) surgery|cirug[íi]a (?:de|en) (?:la |el )?\p{L}+|operad[oa] de (?:la |el )?\p{L}+`,
  String.raw`tonsillectomy|amigdalectom[íi]a|adenoidectomy|ear tubes|tubos en los o[íi]dos|apendicitis|appendix (?:surgery|removed|out|burst)|trasplante(?: de \p{L}+)?|amputation|amputad[oa]|prosthe(?:sis|tic)|pr[óo]tesis|muletas`,
  String.raw`(?:a )?cast on (?:his|her|their|the) (?:arm|leg|wrist|ankle|foot|hand)|(?:un )?yeso en (?:el|la) (?:brazo|pierna|mu[ñn]eca|tobillo|pie|mano)|broken collarbone|clav[íi]cula rota|(?:brazo|pierna|mu[ñn]eca|tobillo) (?:rot[oa]|fracturad[oa])`,
  String.raw`birth control|anticonceptiv[oa]s|sexually transmitted(?: infection| disease)?|infecci[óo]n de transmisi[óo]n sexual|Accutane|isotretino[íi]na?`,
];

/** The conditions above as one regex, matched like sensitive-terms.ts's health terms (whole words, any case). */
export const commonConditions = compiledEarly(
  new RegExp(String.raw`(?<![\p{L}])(?:${conditions.join('|')})(?![\p{L}])`, 'giu'),
);
