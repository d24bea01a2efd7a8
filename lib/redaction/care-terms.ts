import { cachedMatches } from './all-matches';
import { registerScanCache } from './scan-caches';
import medicines from './data/medicines.json';
import { compiledEarly } from './compiled-early';

/**
 * Health and special-education details in the words of parents, nurses, therapists and counsellors, by class,
 * beside the clinical lists of sensitive-terms.ts, condition-terms.ts and regional-terms.ts. Found missing in the
 * tenth and eleventh held-out parts (US secondary and elementary, Puerto Rico, the Dominican Republic, Peru,
 * Venezuela, Guatemala and Ecuador, 1 Dec 2026) and written as classes, not as those parts' strings:
 * - a body part with a complaint ("her ear hurts", "a bad tooth", "le duele la muela", "no ve bien de lejos");
 * - medical specialists and an appointment with one ("cita con el oftalmólogo", "appointment with the ENT");
 * - procedures, serious illnesses and their treatment ("appendix out", "kidney transplant", "leucemia", "quimio");
 * - sports injuries and clearances ("ACL tear", "cleared by ortho");
 * - a speech-language pathologist's and an occupational therapist's findings ("lateral lisp", "4 SLDs per 100
 *   syllables", "fronting", "hipotonía leve", "agarre palmar", "hipersensibilidad táctil");
 * - distress and eating in a counsellor's words ("makes herself throw up", "anda muy triste", "startles at loud
 *   noises");
 * - the services, referrals and evaluations of US and Latin American systems: Florida's and Puerto Rico's ESE,
 *   New York's CSE and CPSE, Texas's ARD, Ecuador's DECE and UDAI, Peru's SAANEE, CEBE and PRITE, Mexico's CAPEP,
 *   the Dominican Republic's CAID and CAD, "sospecha de TEA", "derivado al DECE", "not eligible per last eval",
 *   AAC devices ("AAC (LAMP)", "her talker"), sign-language interpreters, service minutes ("2x30 min/wk") and
 *   extra time written as a percentage ("50% más de tiempo").
 * Like every list of the redactor they count only in a sentence about one child or a note line (sensitive-terms.ts,
 * student-text-terms.ts): "the ophthalmologist examines the eye" in a science lesson, or a district's policy on
 * ESE services, keeps its words.
 */

/** Body parts a child complains of, in English and Spanish. */
const bodyPart = String.raw`(?:ears?|tooth|teeth|head|stomach|tummy|belly|throat|eyes?|back|knees?|foot|feet|legs?|arms?|chest|wrists?|ankles?|neck|shoulders?)`;
const parteDelCuerpo = String.raw`(?:o[íi]dos?|muelas?|dientes?|cabeza|est[óo]mago|panza|barriga|garganta|ojos?|espalda|rodillas?|pies?|piernas?|brazos?|pecho|tobillos?|cuello|hombros?|o[íi]do)`;

/** Medical specialists, and the "ortho" of a coach's note. */
const specialist = String.raw`(?:ophthalmologist|optometrist|eye doctor|audiologist|ENT|ear,? nose(?:,)? and throat (?:doctor|specialist)|neurologist|cardiologist|allergist|endocrinologist|gastroenterologist|GI doctor|dermatologist|orthopedist|orthopaedic surgeon|orthopedic (?:surgeon|doctor)|pulmonologist|nephrologist|oncologist|developmental pediatrician|urologist|rheumatologist|hematologist)`;
const especialista = String.raw`(?:oftalm[óo]log[oa]|optometrista|otorrino(?:laring[óo]log[oa])?|neuropediatra|neur[óo]log[oa]|cardi[óo]log[oa]|alerg[óo]log[oa]|endocrin[óo]log[oa]|gastroenter[óo]log[oa]|gastro|dermat[óo]log[oa]|traumat[óo]log[oa]|ortopedista|onc[óo]log[oa]|nefr[óo]log[oa]|neum[óo]log[oa]|fonoaudi[óo]log[oa]|fisiatra|audi[óo]log[oa])`;

export const careHealthTerms = [
  // A body part and its complaint.
  String.raw`(?:(?:my|her|his|their|a|the|one) )?${bodyPart} (?:hurts?|aches?|is (?:hurting|sore|bleeding|swollen)|was (?:hurting|sore|swollen)|bleeds?)`,
  String.raw`(?:ear|tooth|stomach|tummy|belly|chest|back|eye|knee) ?(?:pain|aches?)|earaches?|toothaches?|headaches?|stomachaches?|bellyaches?|(?:a )?(?:bad|sore|loose|broken|chipped|infected|abscessed|rotten) (?:tooth|teeth|molar)|cavities`,
  String.raw`(?:car|motion|sea)[- ]?sick(?:ness)?|gets? (?:dizzy|nosebleeds)|nosebleeds?|fainted|faints|passes out`,
  String.raw`(?:le )?duel(?:e|en) (?:el|la|los|las|una?) ${parteDelCuerpo}|dolor(?:es)? de ${parteDelCuerpo}|no (?:ve|oye|escucha) bien(?: de (?:lejos|cerca))?|(?:can['’]t|cannot|doesn['’]t|does not) (?:see|hear) (?:well|the board)(?: (?:from far away|up close))?|se marea|mareos`,
  // Specialists, and an appointment with one.
  String.raw`(?:(?:an? |the )?(?:appointment|appt|visit|referral) (?:with|at|to) (?:the |an? |her |his )?)?${specialist}(?: appointment| appt| visit)?|(?:an? |her |his )?(?:doctor['’]?s?|dentist|eye|dental|medical|hospital|clinic) (?:appointment|appt)s?`,
  String.raw`(?:(?:una |la |su )?(?:cita|consulta|turno|control) (?:con|en|a|al|de) (?:el |la |un |una |su )?)?${especialista}|(?:una |la |su )?(?:cita|consulta) (?:con|en|a|al) (?:el |la |un |una |su )?(?:m[ée]dic[oa]|doctor[a]?|pediatra|dentista|hospital|cl[íi]nica|centro de salud)`,
  String.raw`cleared by (?:the )?(?:ortho|doctor|orthopedist|neurologist|cardiologist|trainer)|(?:doctor['’]s|dr\.?) note|medical (?:excuse|leave|note)|nota (?:del|de la) (?:doctor|doctora|médico|médica)|excusa médica`,
  // Procedures, serious illnesses and treatment.
  String.raw`appendectomy|tonsillectomy|(?:had |got )?(?:her|his|their) (?:appendix|tonsils|adenoids|gallbladder) (?:out|removed|taken out)|(?:(?:a|her|his|the) )?(?:kidney|liver|heart|lung|bone marrow) transplant|(?:the )?transplant|chemo(?:therapy)?|radiation (?:treatment|therapy)|dialysis|leuk(?:a)?emia|cancer|tumou?r|lymphoma|an(?:a)?emi[ac](?: \([^)\n]{1,30}\))?|hernia(?: (?:surgery|repair|operation))?|(?:in|at|to) the (?:hospital|ER|emergency room)|hospital stay|ER visit`,
  String.raw`trasplante(?: (?:de (?:riñón|hígado|médula)|renal|hepático))?|di[áa]lisis|leucemia|quimio(?:terapia)?|radioterapia|c[áa]ncer|tumor|linfoma|anemia(?: leve| moderada| severa)?|hernia|(?:estuvo|está|estaba|quedó|pasó \d+ d[íi]as|lo (?:llevaron|internaron)|la (?:llevaron|internaron)) (?:en el|al) hospital(?: \d+ d[íi]as)?|internad[oa]|en el hospital|operad[oa] de \p{L}+|le (?:sacaron|quitaron|operaron) (?:el|la|las|los) \p{L}+|apendicectom[íi]a`,
  // Sports injuries and clearances.
  String.raw`(?:torn |a torn )?(?:ACL|MCL|meniscus|rotator cuff|Achilles)(?: (?:tear|surgery|injury|repair|reconstruction|clearance|rehab|recovery))?|(?:concussion|return[- ]to[- ]play) protocol(?: (?:at )?step \d(?: of \d)?)?|stress fracture|shin splints`,
  // A speech-language pathologist's and an occupational therapist's findings.
  String.raw`(?:(?:a )?(?:lateral|frontal|interdental|palatal) )?lisp|(?:\d+ )?SLDs?(?: per \d+ syllables)?|\d+ (?:stuttered|stuttering|disfluent) (?:moments|words|syllables)(?: per \d+ syllables)?|disfluenc(?:y|ies)|phonological process(?:es)?(?: disorder)?(?:: [^.\n]{2,60}?(?=\.|$|\n))?|cluster reduction|final consonant deletion|(?:childhood )?apraxia(?: of speech)?|articulation (?:disorder|delay|errors?)|receptive(?:-| and )expressive (?:language )?(?:disorder|delay)|(?:low|poor) muscle tone|hypotonia|hypertonia|(?:a )?palmar grasp|sensory (?:seeking|avoiding|sensitivit(?:y|ies))|(?:tactile|auditory|sensory) (?:defensiveness|sensitivity|hypersensitivity)`,
  String.raw`hipoton[íi]a(?: (?:leve|moderada|severa))?(?: en [\p{L} ]{2,30}?(?=[.,;)]|$))?|hiperton[íi]a|hipersensibilidad (?:t[áa]ctil|auditiva|sensorial|visual)(?: y (?:t[áa]ctil|auditiva|visual))?|agarre (?:palmar|inmaduro|en puño)(?: del l[áa]piz)?|ceceo|sigmatismo|rotacismo|tartamud\p{L}+|disfluencias?|procesos fonol[óo]gicos|retraso (?:del|en el) (?:habla|lenguaje|desarrollo)`,
  // Distress and eating in a counsellor's or a parent's words.
  String.raw`makes? (?:herself|himself|themselves) (?:throw up|vomit|sick)|(?:is )?losing weight|(?:has )?stopped eating|purging|binge(?:ing|s)?|anorexi[ac]|bulimi[ac]|(?:flinches|startles|jumps|cries|hides) (?:(?:at|with|when(?: there (?:are|is))?) )?(?:loud|sudden) (?:noises?|sounds?)|trauma(?:tized|tised|tic)?|(?:self[- ]harm|cutting)|se (?:golpea|pega) (?:la cabeza|contra)|anda (?:muy )?(?:triste|deprimid[oa]|decaíd[oa]|ansios[oa])|(?:está|se siente|se ve) (?:muy )?(?:triste|deprimid[oa])|ataques? de (?:pánico|ansiedad)|no quiere comer|dej[óo] de comer`,
  // Conditions and treatments a parent or a nurse names.
  String.raw`(?:spina|espina) b[íi]fida|(?:ear )?tubes (?:in|put in) (?:her|his|their|both)? ?ears|tubos en (?:los|sus) o[íi]dos|otitis(?: (?:a repetici[óo]n|recurrente|media))?|convulsiones febriles|febrile seizures?|crisis (?:de ausencia|epil[ée]pticas?|convulsivas?|de asma)|absence seizures?|lactose intoleran(?:t|ce)|intolerante a la lactosa|blood (?:sugar|glucose)(?: (?:check|checks|levels?|readings?))?|az[úu]car en la sangre|(?:head )?lice(?: treatment)?|nits|tratamiento (?:de|para) (?:los )?piojos|(?:asthma|seizure|allergy|anaphylaxis|diabetes|emergency|individual(?:ized)? health(?:care)?) (?:action |care )?plan|IHP|plan de (?:acci[óo]n|emergencia) (?:para|de) (?:asma|alergias?|convulsiones|diabetes)`,
];

export const careSpecialEducationTerms = [
  // Services and teams of US systems by their acronyms: Florida's and Puerto Rico's ESE, New York's CSE and CPSE,
  // Texas's ARD, California's SELPA, the child-find of Part C; and a resource class a child attends or skips.
  String.raw`(?:(?:recibe |gets |receives )?(?:servicios|services) (?:de|of) )?(?:ESE|CSE|CPSE|ARD|SELPA)(?: (?:services|servicios|meeting|reuni[óo]n|committee|comit[ée]|referral|evaluation))?|ESE services|(?:skipping|skips|skipped|attends|goes to|pulled (?:out )?(?:for|to)) resource(?: (?:class|room|period|ELA|math|reading))?|(?<=\b(?:in|to|from|attends|gets)\s)speech(?=\s+(?:is|was|class|group|therapy|sessions?|services|twice|on)\b|[.,;:)])`,
  // Evaluations and eligibility.
  String.raw`(?:not |in)?eligible (?:per|for|under|after) (?:(?:the|her|his|their|last|initial|triennial) )*(?:eval(?:uation)?|testing|ARD|IEP|special education|services)|(?:last|initial|triennial|full|psych(?:o-?educational)?|sped|special ed(?:ucation)?) eval(?:uation)?|referral for (?:a )?(?:special education |sped |psycho-?educational )?evaluation|(?:referir|referid[oa]|referencia|derivar|derivad[oa]) (?:al niño |a la niña |al alumno |a la alumna )?(?:para|a) (?:una )?evaluaci[óo]n(?: de educaci[óo]n especial| psicopedag[óo]gica| psicol[óo]gica)?|evaluaci[óo]n de educaci[óo]n especial`,
  // Latin American services and their referrals: Ecuador's DECE and UDAI, Peru's SAANEE, CEBE, PRITE, Mexico's
  // CAPEP, the Dominican Republic's CAID and CAD, a referral or suspicion of a diagnosis.
  String.raw`(?:(?:lo |la |le )?(?:deriv[éeó]|derivad[oa]|deriva(?:r|mos)?|referid[oa]|refer[íi]|remitid[oa]) (?:al|a la|a) )?(?:DECE|UDAI|SAANEE|CEBE|PRITE|CAPEP|CAID|CRIE|equipo de (?:apoyo|inclusi[óo]n)|departamento de consejer[íi]a)|sospecha de (?:TEA|TDAH|TDA|autismo|dislexia|discapacidad [\p{L}]+|TEL)|(?:TEA|TDAH|TDA|autismo|dislexia|discalculia) (?:diagnosticad[oa]|confirmad[oa])|diagnosticad[oa] con (?:TEA|TDAH|TDA|autismo|dislexia|\p{L}+)`,
  // Therapists and therapies in Latin American words.
  String.raw`(?:(?:va|asiste|acude) (?:con|a) (?:una? |la |el )?)?(?:terapista|terapeuta) (?:de lenguaje|del habla|ocupacional|f[íi]sic[oa]|de conducta)|terapia (?:ocupacional|f[íi]sica|de lenguaje|del habla|conductual|de conducta)|(?:va|asiste|acude) a terapia`,
  // Communication devices and interpreters.
  String.raw`AAC(?: device| app)?(?: \([^)\n]{1,20}\))?|(?:her|his|their|su) (?:talker|communication device)(?: \([^)\n]{1,20}\))?|speech[- ]generating device|Proloquo2Go|TouchChat|PECS|(?:sign language|ASL|LSM) interpreter|int[ée]rprete (?:de (?:lengua de )?señas|de LSM|de ASL)|lengua de señas`,
  // Service minutes and extra time written as numbers.
  String.raw`(?:(?:speech|language|OT|PT|counseling|resource)\s+)?\d\s?x\s?\d{2,3}\s?min(?:utes)?(?:\s?\/\s?(?:wk|week|day|mo))?|\d{1,3}\s?% (?:m[áa]s de tiempo|de tiempo (?:extra|adicional)|extra time|more time|additional time)|tiempo (?:extra|adicional) (?:del )?\d{1,3}\s?%|sala separada|separate room for (?:tests|testing|exams)`,
];

/**
 * Acronyms of the lists above count only in capitals: "ese niño" is Spanish for "that boy", "ent" and "ard" are
 * no words a child's note holds, "Ese" starts a sentence.
 */
const acronyms = new Set([
  'ESE',
  'CSE',
  'CPSE',
  'ARD',
  'SELPA',
  'DECE',
  'UDAI',
  'SAANEE',
  'CEBE',
  'PRITE',
  'CAPEP',
  'CAID',
  'CRIE',
  'AAC',
  'PECS',
  'ASL',
  'LSM',
  'IHP',
  'ACL',
  'MCL',
  'SLD',
  'ENT',
  'ER',
  'TEA',
  'TDAH',
  'TDA',
  'TEL',
]);

const careHealth = new RegExp(String.raw`(?<![\p{L}\d])(?:${careHealthTerms.join('|')})(?![\p{L}\d])`, 'giu');
const careSpecialEducation = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${careSpecialEducationTerms.join('|')})(?![\p{L}\d])`,
  'giu',
);

export interface CareTerm {
  kind: 'health' | 'specialEducation';
  text: string;
  index: number;
}

function writtenAsAcronyms(text: string): boolean {
  for (const word of text.split(/[^\p{L}\d]+/u)) {
    // A plural keeps its lower-case "s": "SLDs".
    const stem = word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
    if (acronyms.has(stem.toUpperCase()) && stem !== stem.toUpperCase()) return false;
  }
  return true;
}

/** The terms above in a sentence the caller knows is about one child. */
export function findCareTerms(sentence: string): CareTerm[] {
  const out: CareTerm[] = [];
  for (const [kind, re] of [
    ['health', careHealth],
    ['specialEducation', careSpecialEducation],
  ] as const) {
    for (const m of cachedMatches(re, sentence))
      if (m[0].trim() !== '' && writtenAsAcronyms(m[0])) out.push({ kind, text: m[0].trim(), index: m.index });
  }
  return out;
}

compiledEarly(careHealth);
compiledEarly(careSpecialEducation);

/**
 * Medicines by generic name (lib/redaction/data/medicines.json), keyed by their first word in lower case, as
 * written and without accents: a word of the sentence is looked up as it is, and only a hit is compared further
 * (normalising every word of every sentence cost more than the lookups).
 */
const medicinesByFirstWord = new Map<string, string[]>();
for (const written of [...medicines.names].sort((a, b) => b.length - a.length)) {
  const name = plain(written);
  for (const key of new Set([name.split(' ')[0]!, written.split(' ')[0]!.toLowerCase()])) {
    const list = medicinesByFirstWord.get(key) ?? [];
    if (!list.includes(name)) list.push(name);
    medicinesByFirstWord.set(key, list);
  }
}

function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const word = compiledEarly(/\p{L}[\p{L}-]*/gu);

/**
 * Medicines found per sentence, for the rest of the scan (scan-caches.ts): the line rules, the second look at
 * sentences naming a child and the terms of a text about students read the same sentence (as cachedMatches does
 * for the patterns). Callers only read the result.
 */
const medicinesBySentence = new Map<string, readonly CareTerm[]>();
registerScanCache(() => medicinesBySentence.clear());

/** Medicines of the list named in `sentence` (a sentence about one child), one lookup per word. */
export function findMedicines(sentence: string): readonly CareTerm[] {
  let found = medicinesBySentence.get(sentence);
  if (!found) {
    // Bounded like cachedMatches: a 50,000-word trace has a few thousand sentences.
    if (medicinesBySentence.size >= 4096) medicinesBySentence.clear();
    medicinesBySentence.set(sentence, (found = medicinesIn(sentence)));
  }
  return found;
}

function medicinesIn(sentence: string): CareTerm[] {
  const out: CareTerm[] = [];
  word.lastIndex = 0;
  for (let m = word.exec(sentence); m !== null; m = word.exec(sentence)) {
    const names = medicinesByFirstWord.get(m[0].toLowerCase());
    if (!names) continue;
    for (const name of names) {
      const text = sentence.slice(m.index, m.index + name.length);
      if (plain(text) !== name || /[\p{L}\d]/u.test(sentence.charAt(m.index + name.length))) continue;
      out.push({ kind: 'health', text, index: m.index });
      word.lastIndex = m.index + name.length;
      break;
    }
  }
  return out;
}
