/**
 * Health and special-education words by class, from the systems the first lists (sensitive-terms.ts,
 * condition-terms.ts) did not cover: England's SEND Code of Practice (EHCP, SEN support, the SEN register's
 * codes, SEMH, CAMHS) and the JCQ's access arrangements for exams (reader, scribe, reader-writer, 25 % extra time,
 * rest breaks, modified and enlarged papers); Ontario's IPRC (exceptionalities, modified and alternative
 * expectations, gifted); Australia's individual curriculum plans and NCCD; New Zealand's NCEA special assessment
 * conditions and ORS; US newcomer and hearing services (SIFE, FM system) and a therapist's weekly visits. Health:
 * injuries and illnesses in parents' and staff words, in English and Spanish ("broke her wrist", "cast for 6
 * weeks", "flare up", "has a cough", "con tos", "brazo enyesado"), allergies written "alergia al …", and
 * medicines (steroids, ADHD and bowel-disease drugs). Found in part 9 (UK, Canada, New Zealand, Australia and US
 * staff channels, 1 Dec 2026) and written as classes, not as that part's strings. Like every list here, they
 * count only in a sentence about one child or a note line (sensitive-terms.ts, student-text-terms.ts), so a
 * health lesson or a school policy that uses the same words keeps them.
 */

/** Body parts a child breaks, sprains or injures, in English and Spanish. */
const bodyPart = String.raw`(?:arm|wrist|ankle|leg|collarbone|collar bone|elbow|finger|thumb|hand|foot|toe|nose|tooth|shoulder|knee|rib|hip|jaw|back|neck)`;
const parteDelCuerpo = String.raw`(?:brazo|muñeca|tobillo|pierna|clavícula|clavicula|codo|dedo|mano|pie|nariz|diente|hombro|rodilla|costilla|cadera|mandíbula)`;

export const regionalHealthTerms = [
  // Injuries: a bone broken or sprained, a cast, a brace, an injury named by its body part.
  String.raw`(?:broke|broken|fractured|sprained|twisted|injured|hurt|dislocated) (?:(?:her|his|their|a|the|my) )?(?:left |right )?${bodyPart}s?|(?:in a|a|wearing a|has a) (?:cast|sling|brace|boot)(?: for (?:\d+|two|three|four|five|six|eight) weeks)?|cast for (?:\d+|two|three|four|five|six|eight) weeks|${bodyPart} (?:injury|fracture|sprain)|concussion protocol`,
  String.raw`(?:se (?:rompió|fracturó|torció|lastimó|lesionó) (?:el |la )?${parteDelCuerpo})|${parteDelCuerpo} (?:enyesad[oa]|roto|rota|fracturad[oa]|vendad[oa])|(?:trae|tiene|lleva) (?:un )?yeso|fractura de ${parteDelCuerpo}`,
  // Illnesses in parents' words: coughs, colds, flare-ups of a chronic condition, stomach bugs.
  String.raw`(?:has|had|with|got|caught) (?:a |the )?(?:bad |nasty |terrible )?(?:cough|cold|flu|stomach bug|sore throat|ear infection|chest infection|strep(?: throat)?|chickenpox|chicken pox|head lice|lice|COVID|covid|pneumonia|tonsillitis)|(?:con|tiene|tuvo) (?:mucha )?(?:tos|gripa|gripe|catarro|resfriado|piojos|varicela|neumonía|anginas|infección de oído|infección en el oído|covid|COVID)|flare[- ]ups?|flaring up|brotes? de (?:su )?[\p{L}]+`,
  // Chronic conditions named in staff threads and letters.
  String.raw`Crohn['’]?s(?: disease)?|ulcerative colitis|colitis|IBD|coeliac|celiac|type [12] diabetes|T[12]D|hypo kit|hypos?|hypoglyc(?:a)?emi(?:a|c)|(?:deaf|hearing loss|reduced hearing|hearing) in (?:the|her|his|their|one) (?:left |right )?ear|(?:sordera|pérdida auditiva) en (?:el|un) oído(?: (?:izquierdo|derecho))?|(?:problemas|problema) de (?:visión|vision|audición|audicion|oído|la vista)|vision problems|visual impairment|glandular fever|migraines?|epilep(?:sy|tic)|seizures?|convulsi(?:ón|ones)`,
  // Mental health services and referrals (England's CAMHS, school counselling).
  String.raw`(?:referred to|referral to|seen by|waiting list for|on the waiting list for) (?:CAMHS|the school counsell?or|counselling|counseling|an? (?:paediatrician|pediatrician|psychologist|psychiatrist))|CAMHS|early help referral`,
  // Allergies by shape in both languages, and the allergens a note lists.
  String.raw`(?:alergia|alérgic[oa]|alergic[oa]) (?:al|a la|a los|a las|a) (?:látex|latex|[\p{L}]+)|(?:latex|dairy|egg|milk|sesame|soy|wheat|gluten|shellfish|fish|nut|peanut) allergy|(?:no|sin|avoids?|can['’]t have) (?:dairy|gluten|nuts|eggs|lácteos|gluten)`,
  // Medicines: steroids, ADHD, bowel disease and reflux drugs, by generic and brand name; a change of medication.
  String.raw`prednisone|prednisona|prednisolone|prednisolona|steroids|esteroides|cortisone|budesonide|mesalazine|mesalamine|azathioprine|infliximab|Humira|adalimumab|methotrexate|metotrexato|montelukast|Singulair|Ritalin|methylphenidate|Concerta|Vyvanse|lisdexamfetamine|guanfacine|Intuniv|atomoxetine|Focalin|omeprazole|omeprazol|(?:a |her |his )?medication change|change (?:in|of|to) (?:her|his|their) (?:medication|meds|dose)|new (?:meds|medication)|cambio de medicamento|nuevo medicamento`,
];

export const regionalSpecialEducationTerms = [
  // England: EHCP, SEN register and its codes, SEN support, SEMH, SENCo involvement.
  String.raw`EHCP(?: \([\p{L} /]{1,12}\))?|EHC plan|Education,? Health and Care Plan|statement of SEN|SEN register(?: \([^)\n]{1,30}\))?|SEN support(?: \([^)\n]{1,30}\))?|SEND register|SEMH(?: need)?|on the SEN(?:D)? register|(?:K|E) - SEMH`,
  // Exam access arrangements (JCQ) and their forms in schools of England, Wales, NZ and Australia.
  String.raw`access arrangements(?: for [\p{L}\d ]{2,24}?)?(?: (?:applied for|approved|in place))?(?: \([\p{L} /+-]{2,24}\))?|(?:a |her |his )?reader(?: ?\+ ?| and | ?\/ ?|-)(?:scribe|writer|\d{1,2}\s?% extra time)(?: (?:approved|support))?|reader-writer(?: (?:approved|support))?|\d{1,2}\s?% extra time(?: and rest breaks)?|(?:supervised )?rest breaks|modified (?:A4|A3|large print|enlarged) papers|enlarged (?:A3 )?papers|enlarged print|large[- ]print papers|separate invigilation|prompter|a laptop for (?:extended )?writing|a quiet room for (?:assessments|exams|tests)|special assessment conditions(?: \(SAC\))?`,
  // Ontario's IPRC, exceptionalities and expectations; gifted identification.
  String.raw`IPRC(?: (?:meeting|review|decision))?|modified expectations(?: in [\p{L}]+)?|alternative expectations|accommodations only|exceptionality|identified as gifted|gifted(?: (?:program|identification|class|placement))?`,
  // Australia and New Zealand: individual curriculum and learning plans, NCCD, ORS funding, RTLB, teacher aides.
  String.raw`ICP(?: \(individual curriculum plan\))?|individual curriculum plan|ILP|individual learning plan|IBP|NCCD(?: adjustments?)?|ORS funding|ORRS|RTLB|teacher aide(?: support| hours)?`,
  // US newcomers, hearing services, a therapist's weekly visit, special classes.
  String.raw`SIFE|students? with interrupted formal education|sistema FM|(?:sees? (?:the|a|her|his) )?(?:speech |occupational )?therapist (?:on|every) (?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays)|(?:terapeuta|terapia) (?:los|cada) (?:lunes|martes|miércoles|miercoles|jueves|viernes)|clases especiales|educación especial|tiempo (?:adicional|extra) (?:después de|para|en) [\p{L} ]{2,40}?(?=[.,;)]|$)`,
];
