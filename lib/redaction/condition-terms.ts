/**
 * Health and special-education words beyond the first lists in sensitive-terms.ts, by class, from the shapes
 * teachers, nurses, counsellors and parents wrote them in the seventh and eighth parts (US K-12 and Spanish from
 * Mexico, Spain, Chile, Argentina and Colombia). Like those lists they count only in a sentence about one child
 * (or echoed beside a known child, echoed-terms.ts). Sources of the vocabulary: IDEA's 13 eligibility categories
 * (34 CFR 300.8), Section 504 accommodation lists, Spain's LOMLOE terms (ACNEAE, PT, AL), Mexico's USAER/BAP,
 * Chile's PIE (Decreto 170) and Colombia's PIAR (Decreto 1421).
 */
export const moreHealthTerms = [
  // Symptoms in parents' words.
  String.raw`threw up|throwing up|vomit(?:ed|ing)|v[óo]mitos?|vomit[óo]|calentura|fiebre|fever(?: of \d{3}(?:[.,]\d)?)?|diarrh?ea|no duerme|(?:is )?not sleeping|can['’]t sleep|dolor de (?:cabeza|est[óo]mago|panza|o[íi]do)`,
  // Illnesses a note home names; "mono" only after a verb (in Spanish it is a monkey, or "cute").
  String.raw`faringitis|amigdalitis|otitis|bronquitis|gastroenteritis|conjuntivitis|mononucleosis|(?:had|has|have|with|got|from) mono|hipotiroidismo|hipertiroidismo|(?:lo del |la )?tiroides|thyroid(?: condition)?`,
  // Medicines by generic and brand name (antibiotics, pain relief, seizure, allergy).
  String.raw`amoxicilina|amoxicillin|antibi[óo]ticos?|antibiotics?|ibuprofeno|ibuprofen|paracetamol|acetaminophen|Tylenol|Motrin|valproato|valproate|[áa]cido valproico|carbamazepina|levetiracetam|lamotrigina|epinefrina(?: autoinyectable)?|glucag[óo]n|loratadina|cetirizina|sertralina|fluoxetina|salbutamol`,
  // Devices and readings of a diabetic child.
  String.raw`Dexcom|Omnipod|FreeStyle Libre|CGM(?: alarms?)?|gluc[óo]metro|glucose (?:meter|monitor|check)|se mide (?:la )?glucosa`,
  // Allergens and allergy words in Spanish, with and without accents.
  String.raw`al[ée]rgic[oa] (?:a|al|a la|a los) [\p{L} -]{2,25}?(?=[.,;:)]|\s\(|\s(?:y|pero)\s|$)|alergia grave|picadura de (?:abeja|avispa|insecto)|bee stings?|cacahuates?|mariscos|penicilina|nueces|tree nuts|cel[íi]ac[oa]`,
  // Mental health, self-harm, substances.
  String.raw`depresi[óo]n|depress(?:ed|ive)|autolesi\p{L}+|autolesionando|cutting (?:herself|himself|themselves)|(?:healed )?cuts on (?:her|his|their) (?:wrists?|arms?)|suicid\p{L}*|ideaci[óo]n suicida|aliento a alcohol|smell(?:ed|s) of alcohol|ansiedad(?: ante los ex[áa]menes)?|derivaci[óo]n a salud mental[\p{L} ]{0,20}|salud mental infantojuvenil|psiquiatra|neuropediatra|psic[óo]log[oa]|endocrin[óo]?log[oa]|endocrino`,
  // Learning conditions named in a report.
  String.raw`disgraf[íi]a|dislalia|dispraxia|trastorno espec[íi]fico del aprendizaje|dificultades? (?:en|de) (?:la )?(?:memoria de trabajo|atenci[óo]n|lectoescritura)|dx de [\p{Lu}\p{L}]+`,
  // Sight, hearing and teeth: a screening result, a dental extraction.
  String.raw`(?:vision|hearing) screening(?: flagged| failed)?(?: \d{2}\/\d{2,3})?|20\/(?:[3-9]0|1\d0|200)(?!\d)|le sacaron \d+ muelas|(?:molars?|teeth|tooth) (?:was|were) pulled|extracci[óo]n dental`,
  // Blood group and health insurer on a Colombian or Latin American health card ("RH: O+", "EPS: Sanitas").
  String.raw`RH:?\s?(?:AB|A|B|O)[+-]|EPS:\s?[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?`,
];

export const moreSpecialEducationTerms = [
  // Service minutes as a caseload writes them ("250/wk resource ELA", "speech 60/mo", "counseling 30/wk").
  String.raw`(?:(?:speech|language|OT|PT|counseling|resource|social work|SDI|behavior)\s+)?\d{2,3}\s?(?:min\s?)?\/\s?(?:wk|week|mo|month|day)(?:\s+(?:resource|pull-out|push-in|inclusion|co-taught)(?:\s+(?:ELA|math|reading|writing))?)?`,
  // 504 accommodations.
  String.raw`chunked assignments|testing in (?:an? )?(?:alternate|separate|quiet) (?:room|setting|location)|small[- ]group testing|FM system|text-to-speech|speech-to-text|frequent breaks|breaks as needed|advance notice of presentations`,
  // A plan tied to a condition or a category: "504 for anxiety", "IEP under Other Health Impairment", "iep meeting".
  String.raw`(?:IEP|504(?: plan)?|plan 504)\s+(?:for|under|por|para)\s+[\p{L}][\p{L} ]{2,40}?(?=[.,;:)]|\s\(|$)|IEP meeting(?: \d{1,2}\/\d{1,2})?|(?:tiene|con) (?:IEP|plan 504|PIE|PIAR)|tiempo extra del IEP`,
  // Spanish services: Spain (PT, AL, ACNEAE, adaptaciones), Mexico (USAER, BAP, ajustes razonables), Chile (PIE,
  // fonoaudiólogo), speech evaluations.
  String.raw`necesidad espec[íi]fica de apoyo educativo|apoyo de PT[\p{L}\d ]{0,40}|refuerzo de AL[\p{L}\d ]{0,12}|(?:sale|va) con la (?:PT|AL|de PT|de AL)[\p{L}\d ]{0,40}|adaptaci[óo]n de (?:acceso|tiempos)(?: en (?:los )?ex[áa]menes)?|maestr[oa] de apoyo(?: de USAER)?|BAP(?: \(barreras para el aprendizaje\))?|barreras para el aprendizaje|ajustes razonables|apoyo fonoaudiol[óo]gico|fonoaudiolog[íi]a|evaluaci[óo]n (?:de|del) habla(?: pendiente)?|evaluaci[óo]n psicopedag[óo]gica|PDC|FP B[áa]sica|es de USAER|USAER`,
];
