import { cachedMatches } from './all-matches';
import type { Detection } from './detection';
import { countedMarks, gradeShapes, mayHoldMark } from './grade-shapes';
import { marksAboutChild } from './mark-scales';
import { moreHealthTerms, moreSpecialEducationTerms } from './condition-terms';
import { nurseLogHealthTerms, supportPlanTerms } from './nurse-and-support-terms';
import { regionalHealthTerms, regionalSpecialEducationTerms } from './regional-terms';
import { statusSpecialEducationTerms } from './status-terms';
import { compiledEarly } from './compiled-early';
import { allMatches } from './all-matches';
import { findCareTerms, findMedicines } from './care-terms';
import { evaluationHealthTerms, evaluationSpecialEducationTerms } from './evaluation-and-therapy-terms';
import { moreInjuryAndScreeningTerms, moreSpecialEducationPlanTerms } from './plan-and-injury-terms';
import { findMisspeltMedicines } from './misspelt-medicines';
import { progressMarkTerms } from './progress-marks';
import { wellbeingHealthTerms, wellbeingSpecialEducationTerms } from './wellbeing-and-support-terms';
import { accessAndProgramTerms } from './access-and-program-terms';
import { planAndAccessTerms } from './plan-and-access-terms';
import { familyAndLifeHealthTerms } from './family-and-life-health-terms';
import { commonConditions } from './common-conditions';
import { supportAndStatusTerms } from './support-and-status-terms';
import { immunizationAndRiskCareTerms } from './immunization-and-risk-care-terms';
import { illnessAndCareHealthTerms, learnerStatusSpecialEducationTerms } from './learner-status-and-care-terms';

/**
 * Sensitive facts about a child: health (diagnoses, allergies, medication), IEP/504 status and grades or
 * scores. A term counts only in a sentence that is about a particular child — one holding a student's name
 * or a cue such as "my student", "her son", "mi alumna", "she has" — so "IEP goal templates", "the history
 * of diabetes research" and "students with ADHD benefit from…" are left alone.
 */

const healthTerms = [
  String.raw`ADHD`,
  String.raw`(?:on the )?autism(?: spectrum)?(?: disorder)?`,
  String.raw`ASD`,
  String.raw`(?:a )?stutter(?:ing)?`,
  String.raw`tartamudez`,
  String.raw`autistic`,
  String.raw`dyslexi[ac]`,
  String.raw`dyscalculia`,
  String.raw`dysgraphia`,
  String.raw`(?:type [12] )?diabet(?:es|ic)`,
  String.raw`asthma(?:tic)?`,
  String.raw`epilepsy`,
  String.raw`seizures?(?: disorder)?`,
  String.raw`anxiety(?: disorder)?`,
  String.raw`depression`,
  String.raw`OCD`,
  String.raw`PTSD`,
  String.raw`celiac(?: disease)?`,
  String.raw`celiaqu[íi]a`,
  String.raw`(?:severe |mild |a )?(?:peanut|tree[- ]nut|nut|shellfish|dairy|egg|gluten|bee[- ]sting|latex|penicillin|wheat|soy) allerg(?:y|ies)`,
  String.raw`allergic to [\p{L} -]{2,30}?(?=[.,;)]|\s\(|\s(?:and|but|so)\s|$)`,
  String.raw`EpiPen`,
  String.raw`(?:an |her |his )?inhaler`,
  // Illnesses and injuries a note home or an absence explanation names.
  String.raw`strep(?: throat)?`,
  String.raw`(?:the )?flu`,
  String.raw`influenza`,
  String.raw`COVID(?:-19)?`,
  String.raw`pneumonia`,
  String.raw`bronchitis`,
  String.raw`chickenpox`,
  String.raw`head lice`,
  String.raw`concussion`,
  String.raw`migraines?`,
  String.raw`(?:a )?broken (?:arm|leg|wrist|ankle)`,
  String.raw`(?:an )?ear infection`,
  String.raw`stomach (?:bug|virus|flu)`,
  String.raw`(?:usa |lleva )?(?:un |el |su )?inhalador`,
  String.raw`gripe`,
  String.raw`varicela`,
  String.raw`piojos`,
  String.raw`neumonía`,
  String.raw`conmoción cerebral`,
  String.raw`migrañas?`,
  String.raw`anginas`,
  String.raw`insulin(?: pump)?`,
  // A nurse's shorthand: type 1 or 2 diabetes ("T1D", "DM2") and a blood-glucose reading ("BG 62").
  String.raw`T[12]D(?![\p{L}\d])`,
  String.raw`DM ?[12](?![\p{L}\d])`,
  String.raw`BG:?\s?\d{2,3}(?![\d])`,
  String.raw`(?:albuterol|salbutamol|rescue) inhaler`,
  // Medicines a child takes: any "<Word> 36 mg" dose (first, so the dose goes with the name), and ADHD, asthma,
  // allergy, seizure and mood medicines by generic and brand name.
  String.raw`\p{L}[\p{L}-]+(?: XR| ER)?\s+\d+(?:[.,]\d+)?\s?(?:mg|mcg|ml)(?![\p{L}])`,
  String.raw`(?:Focalin|Concerta|Vyvanse|Strattera|Intuniv|Qelbree|Methylin|Daytrana|Dexedrine|Evekeo|Focalin XR|guanfacine|clonidine|methylphenidate|metilfenidato|atomoxetina?|lisdexanfetamina|dexmethylphenidate|amphetamine)(?: XR| ER| LA)?`,
  String.raw`(?:albuterol|salbutamol|Ventolin|ProAir|Flovent|Pulmicort|Singulair|montelukast|budesonide|epinephrine|adrenalina|Auvi-Q|Benadryl|Zyrtec|cetirizine|Keppra|levetiracetam|Depakote|Lamictal|lamotrigine|Zoloft|sertraline|Prozac|fluoxetine|melatonin|melatonina)`,
  // Sight and hearing.
  String.raw`(?:red[- ]green |partially )?colou?r[- ]?blind(?:ness)?(?: \(red-green\))?`,
  String.raw`(?:wears |uses )?(?:glasses|hearing aids?|a hearing aid|cochlear implants?)`,
  String.raw`(?:low vision|visual(?:ly)? impair(?:ed|ment)|legally blind|deaf|hard of hearing)`,
  String.raw`(?:lleva |usa )?(?:gafas|lentillas|audífonos?|implante coclear)`,
  String.raw`daltónic[oa]|daltonismo|sordera|baja visión`,
  // Foods a child cannot have, named in a sentence about them.
  String.raw`(?:frutos secos|lactosa|gluten|huevo|marisco|cacahuetes?|maní)`,
  String.raw`Ritalin`,
  String.raw`Adderall`,
  String.raw`hearing (?:impaired|impairment|loss)`,
  String.raw`(?:speech|language) (?:delay|impairment)`,
  String.raw`learning disabilit(?:y|ies)`,
  String.raw`TDAH`,
  String.raw`autismo`,
  String.raw`autista`,
  String.raw`dislexia`,
  String.raw`discalculia`,
  String.raw`asma`,
  String.raw`epilepsia`,
  String.raw`convulsiones`,
  String.raw`ansiedad`,
  String.raw`depresión`,
  String.raw`celiaquía`,
  String.raw`celíac[oa]`,
  String.raw`diabétic[oa]`,
  String.raw`insulina`,
  String.raw`alergia (?:a|al|a la|a los) [\p{L} -]{2,25}?(?=[.,;)]|\s\(|\s(?:y|pero)\s|$)`,
  String.raw`alérgic[oa] (?:a|al|a la|a los) [\p{L} -]{2,25}?(?=[.,;)]|\s\(|\s(?:y|pero)\s|$)`,
  String.raw`(?:pérdida|discapacidad) auditiva`,
  String.raw`dificultades? de aprendizaje`,
  String.raw`Tourette(?:['’]s)?(?: syndrome)?`,
  // Devices, attacks and hearing words a note names (probe round 7): "has a G-tube", "panic attacks",
  // "hipoacusia".
  String.raw`(?:a |an )?(?:G-tube|feeding tube|NG tube|tracheostomy|colostomy|catheter|cochlear implant|insulin pump|glucose monitor|CGM|wheelchair|leg braces?|crutches)`,
  String.raw`(?:panic|anxiety|asthma) attacks?|meltdowns|night terrors|bed-?wetting|enuresis`,
  String.raw`(?:usa|lleva|wears) (?:lentes|gafas|anteojos|lentillas)|hipoacusia|TEA|TEL|TDA|trastorno del espectro autista|discapacidad (?:intelectual|visual|motora|auditiva)|crisis de ansiedad|ataques de pánico|sonda|silla de ruedas`,
  String.raw`(?:sickle[- ]cell(?: anemia| disease)?|cerebral palsy|spina bifida|cystic fibrosis|muscular dystrophy|eczema|food allerg(?:y|ies)|oppositional defiant disorder|ODD|bipolar(?: disorder)?|eating disorder|self-harm|sensory processing disorder|selective mutism|hypothyroidism|heart condition|kidney disease)`,
  String.raw`síndrome de \p{Lu}[\p{L}-]+|trastorno (?:del |de )?[\p{L} ]{3,30}?(?=[.,;)]|\s(?:y|pero)\s|$)|parálisis cerebral|dermatitis|intolerancia a la lactosa|intolerante a la lactosa`,
  // Medicines by brand and generic name beyond the ADHD and asthma lists, and any capitalised medicine a child
  // "takes" with a time or a dose after it ("takes Adderall XR in the morning", "toma Medikinet a diario").
  // Illnesses in a parent's words and the visits a note home gives as the reason for an absence (fifth and sixth
  // parts, 1 Dec 2026): "fever 101 and throwing up", "vómito y calentura", "has the orthodontist at 1:00".
  String.raw`fever|fiebre|calentura|vomiting|throwing up|threw up|diarrh?o?ea|vómitos?|diarrea|(?<=\b(?:with|w|has|had|of|from)\s)mono|mononucleosis|bruises?|stitches|sprain(?:ed)?(?: (?:ankle|wrist))?|fractur(?:e|ed)|surgery|cirugía(?: de (?:apéndice|\p{L}+))?|appendicitis|apendicitis|hospitali[sz](?:ed|ation)|hospitalizad[oa]|allergic reaction|anaphyla(?:xis|ctic)|reacción alérgica|(?:a |an )?reaction to (?:peanuts?|nuts|tree nuts|shellfish|eggs?|milk|dairy|gluten|wheat|soy|sesame|bee stings?|penicillin|latex)`,
  String.raw`(?:the )?(?:orthodontist|dentist|pediatrician|psychologist|psychiatrist|therapist)|psicólog[oa]|psiquiatra|ortodoncista|dentista|pediatra|neurólog[oa]`,
  String.raw`lamotrigina|levetiracetam|valproato|ácido valproico|carbamazepina|sertralina|fluoxetina|aripiprazol|guanfacina|melatonina`,
  String.raw`(?:risperidona|metilfenidato|Adderall|Tenex|Kapvay|Wellbutrin|bupropion|Abilify|aripiprazole|Risperdal|risperidone|Lexapro|escitalopram|Celexa|citalopram|Claritin|loratadine|Flonase|Xopenex|Qvar|Symbicort|Advair|Tegretol|carbamazepine|Trileptal|Topamax|Zonegran|Onfi|Diastat|Medikinet|Elvanse|Equasym|Strattera|Epanutin|Lamictal)(?: XR| ER| LA| IR)?`,
];
/**
 * Health details by their shape rather than a list, matched case-sensitively: a condition named by a
 * syndrome, disease or disorder ("Crohn's disease", "Kawasaki disease"), and a capitalised medicine a child
 * "takes" with a time or a dose after it ("takes Adderall XR in the morning", "toma Medikinet a diario").
 */
const healthShapes = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:\p{Lu}[\p{L}'’-]+\s+){1,2}(?:syndrome|disease|disorder|palsy)(?![\p{L}])`,
    // Spanish "toma Sintrom y…": a capitalised word after "toma" is a medicine (school subjects are "tiene", "cursa").
    String.raw`(?<=\b(?:toma|está tomando)\s)(?!(?:El|La|Los|Las|Su|Sus|Un|Una)\b)\p{Lu}\p{Ll}{3,}(?=\s+(?:y|e|por|cada|a|al|desde|para)\b|\s*[.,;)]|\s*$)`,
    String.raw`(?<=\b(?:takes|is on|toma|está tomando)\s)(?!(?:Spanish|English|French|German|Latin|Chinese|Math|Art|Music|PE|Science|History|Band|Choir|Drama|Inglés|Francés|Música|Plástica|Lengua|Matemáticas|Ciencias|Monday|Tuesday|Wednesday|Thursday|Friday|The|His|Her)\b)\p{Lu}\p{Ll}{3,}(?: XR| ER| LA)?(?=\s+(?:in the morning|at (?:lunch|night|bedtime)|daily|twice a day|once a day|(?:every|each) (?:morning|night|day)|before (?:school|bed|meals)|with (?:food|meals|breakfast)|por la (?:mañana|noche)|cada (?:mañana|noche|día|\d+ horas)|al día|a diario|en el desayuno)\b|\s*\d+\s?(?:mg|mcg|ml)\b)`,
  ].join('|'),
  'gu',
);
const health = new RegExp(
  `(?<![\\p{L}])(?:${[...healthTerms, ...moreHealthTerms, ...regionalHealthTerms, ...nurseLogHealthTerms, ...evaluationHealthTerms, ...moreInjuryAndScreeningTerms, ...wellbeingHealthTerms, ...familyAndLifeHealthTerms, ...immunizationAndRiskCareTerms, ...illnessAndCareHealthTerms].join('|')})(?![\\p{L}])`,
  'giu',
);
const allergyWord = /^(?:allergic|allergies|[\w-]+\s+allergy)(?![\p{L}])/iu;
const specialEducationTerms = [
  String.raw`IEP|504(?:\s+plan)?|plan\s+504|PEI|special education(?: services)?|special ed|educación especial`,
  String.raw`behavior intervention plan|BIP|FBA|functional behavior assessment`,
  // Eligibility categories (IDEA) and Spanish needs categories.
  String.raw`specific learning disabilit(?:y|ies)|SLD|other health impairment|OHI|emotional (?:disturbance|disability)|speech(?: or|\/| and)? language impairment|intellectual disability|developmental delay`,
  String.raw`ACNEAE|NEAE|ACNEE|NEE|adaptaci[oó]n(?:es)? curricular(?:es)?(?: (?:no )?significativas?)?|dictamen de escolarizaci[oó]n|pedagog[ií]a terap[eé]utica|audici[oó]n y lenguaje`,
  // Accommodations and services written into a plan.
  String.raw`extended time(?: \d(?:[.,]\d+)?x| \(\d(?:[.,]\d+)?x\))?|time and a half|(?:\d(?:[.,]\d+)?x) (?:extended )?time|read[- ]aloud (?:accommodation|support|for tests)|preferential seating|speech(?:-language)? therapy|occupational therapy|resource room|pull-out services|tiempo extra(?: en (?:los )?exámenes)?|examen oral`,
  // Tiers of support, language services and settings a plan names (RTI/MTSS, EL services, aides, classes); Beck's
  // "Tier 2 vocabulary" is a lesson's word list, not a child's tier.
  String.raw`Tier [23](?: (?:intervention|support|services|reading|math))?(?! (?:vocabulary|vocab|words))|RTI|MTSS|(?:ELL|ESL|ESOL|ELD|EL|English (?:language )?learner) (?:services|support|pull-out|program)|pull-out (?:support|services|instruction|reading|math)|speech services|counseling services|case manager|(?:1:1|one-on-one|personal) (?:aide|para(?:professional)?)|modified (?:curriculum|assignments|tests|grading)|alternate assessment|self-contained (?:class|classroom|program)|behaviou?r (?:support|contract|chart)|social skills group|sensory breaks?`,
  String.raw`SDI(?: minutes)?|specially designed instruction|(?:IEP|SPED|special ed|resource|speech|OT|PT|service) minutes|least restrictive environment|LRE|SPED|on (?:meds|medication) for`,
  // Services by their person or room, and a 504 written without "plan" ("va con la psicopedagoga los martes",
  // "apoyo de educadora diferencial", "gets speech pull-out", "he's on a 504 for dysgraphia").
  String.raw`psicopedagog[oa]|educador[a]? diferencial|educación diferencial|aula de recursos|behaviou?r plan|speech(?:-language)? (?:pull-out|sessions?|services)|on a 504`,
  String.raw`(?:apoyo (?:de|del|con) )?(?:USAER|UDEEI|CAM)|(?:apoyo|terapia|sesiones) (?:con|de) (?:la |el )?(?:psicopedagog[oa]|logopeda|fonoaudiólog[oa]|orientador[ao]?|terapeuta)|terapia de lenguaje|adecuaci[oó]n(?:es)? curricular(?:es)?|(?:tiene )?PIE|PIAR|PAP|apoyo (?:de|en|con) (?:PT|AL|pedagogía terapéutica|audición y lenguaje)|aula (?:de apoyo|TEA|específica|de enlace)|refuerzo educativo|programa de diversificación|PMAR|ATAL|educación compensatoria|compensatoria|maestr[oa] de (?:PT|AL)|orientador[ao]? escolar`,
];
const specialEducationSource = [
  ...specialEducationTerms,
  ...moreSpecialEducationTerms,
  ...supportPlanTerms,
  ...regionalSpecialEducationTerms,
  ...statusSpecialEducationTerms,
  ...evaluationSpecialEducationTerms,
  ...moreSpecialEducationPlanTerms,
  ...wellbeingSpecialEducationTerms,
  ...accessAndProgramTerms,
  ...planAndAccessTerms,
  ...learnerStatusSpecialEducationTerms,
].join('|');
const specialEducation = new RegExp(String.raw`(?<![\p{L}\d])(?:${specialEducationSource})(?![\p{L}\d])`, 'giu');
const scoreValue = String.raw`(?:\d{1,3}(?:[.,]\d+)?\s?%|\d{1,3}(?:[.,]\d)?\s?\/\s?\d{2,3}|[A-F][+-]?(?![\p{L}\d])|\d{1,3}\s+(?:points|puntos|out of \d+)|\d{1,2}(?:[.,]\d)?\s+(?:sobre|de)\s+10)`;
const subject = String.raw`(?:reading|math|maths|writing|science|history|spelling|ELA|English|Spanish|social studies|lengua|lenguaje|español|espanol|matemáticas|matematicas|mate|ciencias|inglés|ingles|historia|quiz|test|exam|examen|essay|final|midterm|rubric|assessment|benchmark|project|lab|homework|assignment|exit ticket|running record|prueba|control|trabajo|proyecto|rúbrica)`;
/**
 * A possessive of a time, a group or a test is no child's ("last year's 72% average", "the class's B-", "the
 * unit's 80%"): the mark after it is the class's or the lesson's (part 12, 1 Dec 2026).
 */
const notAThingsPossessive = String.raw`(?<!\b(?:year|week|month|term|quarter|semester|today|yesterday|class|group|school|district|state|period|unit|test|quiz|exam|grade|section|team|cohort|nation|country|a[ñn]o)['’]s)`;
const grade = new RegExp(
  [
    // "got a 0", "scored a 7": a bare mark right after the verb (tried first: the
    // case-insensitive letter grade below would read the "a" of "got a 0" as an A).
    String.raw`(?:scored|got|earned|received)\s+an?\s+(\d{1,3}(?:\.\d)?)(?![\d\p{L}%/.,]|[.,]\d)`,
    // Right after the verb, any "n/m" is a score ("scored 2/4 on the rubric"), not a fraction.
    String.raw`(?:scored|got|earned|received|sacó|obtuvo|ha sacado|ha obtenido)\s+(?:an?\s+|un\s+)?(\d{1,3}(?:[.,]\d)?\s?\/\s?\d{1,3})(?![\d/])`,
    String.raw`(?:scored|got|earned|earning|earns|received|failed with|is failing with|has|have|had|sacó|obtuvo|obtenido|sacado|conseguido|tiene|tuvo)\s+(?:an?\s+|un\s+|una\s+)?(?:score\s+of\s+|grade\s+of\s+|nota\s+de\s+|un\s+)?(${scoreValue})`,
    // "9,7 de promedio", "8.5 de media"; "3s on all standards"; "a 2/4 on the essay" (a rubric mark, not a
    // fraction, with "a" before it and the work after it) — seventh round, 1 Dec 2026.
    String.raw`(?<![\p{L}\d.,/])(\d{1,2}[.,]\d{1,2})\s+de\s+(?:promedio|media|nota)(?![\p{L}])`,
    String.raw`(?<![\p{L}\d.,/])(\ds)\s+(?:on|in|across)\s+(?:all|every|most)\s+(?:standards?|areas|subjects|strands)`,
    String.raw`(?<=\ban?\s)(\d{1,2}\/\d{1,2})(?=\s+on\s+(?:the|his|her|this|that|my|our|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:essay|quiz|test|rubric|exam|project|lab|assignment|draft|paper|standard|prueba|examen)s?(?![\p{L}]))`,
    // Spanish marks are bare numbers: "ha obtenido un 6,5", "sacó un 9".
    String.raw`(?:sacó|obtuvo|obtenido|sacado|conseguido|tuvo)\s+una?\s+(\d{1,2}(?:[.,]\d{1,2})?)(?![\d%/])`,
    // A decimal mark right after the verb ("Renata obtuvo 7.9 y 8.4", "scored 8.5"), and the second of a pair.
    String.raw`(?:sacó|obtuvo|obtenido|sacado|tuvo|scored|earned)\s+(\d{1,2}[.,]\d{1,2})(?![\d%/])`,
    String.raw`(?<=(?:sacó|obtuvo|obtenido|sacado|tuvo|scored|earned)\s+(?:an?\s+|una?\s+)?\d{1,3}(?:[.,]\d{1,2})?\s*%?\s+(?:y|e|and)\s+(?:an?\s+|una?\s+)?)(\d{1,3}(?:[.,]\d{1,2})?(?:\s?%)?)(?![\d/])`,
    String.raw`\bGPA(?:\s+(?:of|is|was)|:)?\s+(\d\.\d{1,2})(?!\d)`,
    // "su nota actual es 4,8", "her current grade is 71%": a word or two between the mark's noun and its verb.
    String.raw`\b(?:nota|calificación|promedio|grade|mark|average)\s+(?:[\p{L}]+\s+){1,2}?(?:es|era|fue|is|was)\s+(?:de\s+|of\s+)?(\d{1,3}[.,]\d{1,2}|\d{1,3}\s?%)(?![\d%/])`,
    String.raw`(?:grade|score|mark|level|average|GPA|nota|calificación|nivel|media)\s+(?:of|is|was|de|es|fue)\s+(?:an?\s+|un\s+)?(${scoreValue}|\d{1,4}(?:[.,]\d{1,2})?(?![\d/%])|[A-Z]\d?(?![\p{L}\d]))`,
    // A score in parentheses in a sentence about a child: "did great on his spelling test (19/20)".
    String.raw`\(\s*(\d{1,3}(?:[.,]\d)?\s?\/\s?\d{1,3}|\d{1,3}(?:[.,]\d)?\s?%)\s*\)`,
    String.raw`(?:\b(?:his|her|their|su)|['’]s${notAThingsPossessive})\s+([A-F][+-]?)(?=\s|[.,;]|$)`,
    // "Her 58% shows…", "scored an impressive 96%": a percentage after a possessive, or after the verb and a word.
    String.raw`(?:\b(?:his|her|their|su)|['’]s${notAThingsPossessive})\s+(\d{1,3}(?:[.,]\d)?\s?%)`,
    String.raw`(?<=(?:scored|got|earned|received|sacó|obtuvo)\s+(?:an?\s+|un\s+)?\p{L}+\s+)(\d{1,3}(?:[.,]\d)?\s?%)`,
    String.raw`(?<![\p{L}\d.,/:])(${scoreValue}|\d{1,3}(?:[.,]\d{1,2})?)\s+(?:in|on|en)\s+(?:the\s+|el\s+|la\s+|his\s+|her\s+|su\s+)?(?:[\p{L}\d.]+\s+){0,3}?${subject}(?![\p{L}])`,
    // "a 3 on the rubric", "a 2 on the 4-point writing rubric".
    String.raw`(?<![\p{L}\d.,/])(\d{1,2}(?:[.,]\d)?)\s+(?:out of \d\s+)?on\s+(?:the|a|our|this|my|his|her)\s+(?:[\p{L}\d-]+\s+){0,2}?rubric`,
    // Reading fluency: "84 wcpm", "reads 84 words correct per minute", "92 palabras por minuto".
    String.raw`(?<![\p{L}\d.,/])(\d{1,3})\s*(?:wcpm|cwpm|wpm|words (?:correct )?per minute|palabras (?:correctas )?por minuto)`,
    // "ha suspendido Lengua con un 4", "aprobó con un 6,5".
    String.raw`(?:suspend\p{L}*|aprob\p{L}*|sac\p{L}*)\s+(?:\p{L}+\s+){0,3}con\s+una?\s+(\d{1,2}(?:[.,]\d{1,2})?)(?![\d%/])`,
    // A Lexile measure ("420L", "BR150L") is a child's reading score wherever it sits in a sentence about them.
    // Not a band or a book list's range ("the 925L-1185L band", "660L–880L"): a range is the lesson's.
    String.raw`(?<![\p{L}\d])((?:BR)?\d{2,4}L)(?<!\d{2,4}L\s?[-–]\s?(?:BR)?\d{2,4}L)(?![\p{L}\d]|\s?[-–]\s?(?:BR)?\d)`,
    // Percentiles and bands of a screener or a standards-based report ("12th percentile", "is "approaching" on
    // 4.NF.1", "partially proficient in math").
    String.raw`(?<![\p{L}\d])(\d{1,2}(?:st|nd|rd|th) percentile|percentile (?:rank )?(?:of )?\d{1,2})(?![\p{L}\d])`,
    String.raw`(?:is|was|scored|rated|rates|tested|scores)\s+(?:at\s+)?["“]?((?:approaching|meeting|exceeding|below|well below|not yet meeting|partially meeting|beginning|developing|proficient|partially proficient|advanced|basic|below basic)(?:\s+(?:grade level|expectations|standards?|benchmark))?)["”]?(?=\s+(?:on|in|for|at)\b|[.,;]|$)`,
    // A mark with its band in parentheses ("Reading 2 (Approaching)", "a 1 (Beginning) in ELA"), and a level
    // a child got on a test ("got Level 2 on the state test").
    String.raw`(?<![\p{L}\d.,/])(\d(?:[.,]\d)?\s*\((?:approaching|meets|meeting|exceeds|exceeding|beginning|developing|emerging|proficient|advanced|below|secure|not yet|partially meets|insufficient|limited|basic)[^()\n]{0,20}\))`,
    String.raw`(?:got|scored|earned|received|reached|tested at|is at|sacó|obtuvo)\s+(?:a\s+|an\s+)?((?:Level|Nivel|Band|Tier)\s+\d)(?![\d\p{L}])`,
    // A score after what it scores ("math 64%", "quiz 11/20", "average 68.5") or after a change ("dropped to a 58%").
    String.raw`\b(?:${subject}|average|avg|mean|promedio|media)\s*:?\s+(\d{1,3}(?:[.,]\d{1,2})?\s?%|\d{1,3}(?:[.,]\d)?\s?\/\s?\d{1,3}(?![\d/])|\d{1,3}[.,]\d{1,2}(?![\d%/]))`,
    String.raw`(?:dropped|fell|slipped|rose|went (?:up|down)|improved|climbed|jumped|bajó|subió)\s+(?:to|a)\s+(?:an?\s+|un\s+)?(${scoreValue}|\d{1,3}(?:[.,]\d{1,2})?(?![\d/%]))`,
    // Spanish marks in words: "sacó un sobresaliente", "tiene un suspenso", "un notable en Lengua".
    String.raw`(?:sacó|obtuvo|obtenido|sacado|conseguido|tuvo|tiene|ha tenido)\s+(?:un|una)\s+(sobresaliente|notable|bien|suficiente|insuficiente|suspenso|aprobado|matrícula de honor)`,
    String.raw`(?<![\p{L}])(?:un|una)\s+(sobresaliente|notable|suficiente|insuficiente|suspenso|aprobado)\s+en\s+\p{Lu}`,
    String.raw`(?:reading level|Lexile(?: level)?|nivel de lectura)\s+(?:is\s+|of\s+|at\s+|es\s+|de\s+)?(?:about\s+|around\s+|alrededor de\s+)?([^.;,\n]{1,24}?)(?=[.;,\n]|$)`,
    // Therapists' and interventionists' progress data (progress-marks.ts).
    ...progressMarkTerms,
  ].join('|'),
  'giu',
);
/**
 * A reading level written as a letter (guided reading, Fountas & Pinnell) or a DRA or benchmark number, in a
 * sentence about a child: "level: E", "levels J–K", "went from lvl J to M", "nivel E", "DRA 28", "reading
 * benchmark was 312" (fifth and sixth parts, 1 Dec 2026). Case-sensitive: the level is a capital letter.
 */
const readingLevel = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:[Ll]evels?|[Ll]vls?|LEVEL|[Nn]ivel(?:es)?|GRL|F&P(?: level)?|[Gg]uided reading level)\s*:?\s*["']?([A-Z](?:\s*(?:[–-]|to|a|y|and)\s*(?:(?:[Ll]evel|[Ll]vl|[Nn]ivel)\s+)?[A-Z])?)["']?(?![\p{L}\d])`,
    String.raw`(?<![\p{L}])(DRA2?\s*:?\s*\d{1,2})(?!\d)`,
    String.raw`(?<![\p{L}])((?:reading |math )?benchmark(?: score)?\s*(?:was|is|of|:|=)?\s*\d{2,3})(?![\d/%])`,
  ].join('|'),
  'gu',
);

/** Reading levels (above) in a sentence already known to be about one child. */
export function detectReadingLevels(sentence: string, detail: string): Detection[] {
  const found: Detection[] = [];
  for (const m of allMatches(readingLevel, sentence)) {
    const value = m.slice(1).find((g) => g !== undefined) as string;
    found.push({
      kind: 'grade',
      text: value,
      start: m.index + m[0].lastIndexOf(value),
      key: value.toLowerCase(),
      reason: { code: 'studentCue', detail },
      scope: 'local',
    });
  }
  return found;
}

/** A score right after a child's name: "Ava Thompson (62%)", "Isabella Cruz: A, leader…". */
const scoreAfterName = new RegExp(
  // Also "Yasmin Moussaoui** (Insuficiente, 3,2):", "Danny** (2/6, 64 on the exam)", "Anahí — 5/6:**".
  String.raw`^\**\s*(?:\(\s*(?:\p{L}+,\s*)?(${scoreValue}|\d{1,2}[.,]\d{1,2})\s*[,)]|[:—–-]\s*(${scoreValue})(?=[\s,;.:*]|$))`,
  'u',
);

/** A cue that the sentence is about one particular child, beside any name the caller already found. */
const childCue = compiledEarly(
  /\b(?:my|this|that|the|one|a|her|his|their|mi|este|esta|el|la|su|tu)\s+(?:student|pupil|son|daughter|child|kid|alumn[oa]|estudiante|hij[oa]|niñ[oa])\b|^\s*(?:his|her)\s+(?:[\w&-]+\s+){0,3}(?:score|grade|level|mark|result|average|GPA)s?\b|\b(?:he|she|él|ella)\s+(?:has|had|is|was|got|scored|needs|missed|failed|earned|received|turned|forgot|tiene|tuvo|es|sacó|necesita|suspendió|faltó)\b/iu,
);

export interface SentenceSpan {
  start: number;
  end: number;
}

/** A cue that is only a pronoun ("Her score", "She has"), not a word for a child. */
const pronounCue = /^\s*(?:his|her|he|she|él|ella)\b/iu;
const pronounWord = /\b(?:his|her|he|she|él|ella)\b/iu;
/** A person named in full: two capitalised words. */
const namedPerson = /(?<![\p{L}])\p{Lu}\p{Ll}+\s+(?:[A-Z]\.\s+)?\p{Lu}\p{Ll}+/u;

/** Every person named in full: one regex object for the scan, not a new one to compile at each sentence. */
const namedPersonAll = new RegExp(namedPerson.source, 'gu');

/** True when `sentence` names a person in full who is none of the students found (`nameSpans`). */
function namesSomeoneElse(sentence: string, offset: number, nameSpans: SentenceSpan[]): boolean {
  for (const m of allMatches(namedPersonAll, sentence)) {
    const start = offset + m.index;
    if (!nameSpans.some((n) => n.start < start + m[0].length && start < n.end)) return true;
  }
  return false;
}

/** A sentence that begins with "She", "His", "Ella", "Su": it continues about the child of the sentence before. */
const continuesAboutChild = /^\s*(?:she|he|her|his|ella|él|su)\b/iu;

const parentAboutOwnChild = compiledEarly(
  /\b(?:my|our|mi|nuestr[oa])\s+(?:son|daughter|child|kid|stepson|stepdaughter|hij[oa]|niñ[oa]|pequeñ[oa])\b/iu,
);

/** Nothing but a list marker or emphasis before a name at the start of a line. */
const lineStart =
  /(?:^|\n)\s*(?:[-*+•]|\d{1,2}[.)])?\s*(?:\*\*|__)?\s*(?:(?:Student|Name|Alumn[oa]|Estudiante|Nombre)\s*:\s*)?$/u;

const sentenceShape = compiledEarly(
  /(?:[^.!?\n]|[.!?](?!\s|$)|(?<=(?:^|[\s(])\p{Lu}|\b(?:Mr|Mrs|Ms|Mx|Dr|Sr|Sra|Srta|Jr|St|Prof)|\bvs?)\.)+(?:[.!?]+|$)/gu,
);

function sentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  // A sentence ends at ". " or the line's end, not inside "3.º B", "1.5x", "d.o.b." or "Dr. Ruiz".
  for (const m of allMatches(sentenceShape, text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** A lower-case word of an acronym's length. A module-level regex: esbuild (tsx) rewrites a `\p{…}` literal inside a
 * function as `new RegExp` on every call (scan10). */
const smallWord = /^\p{Ll}{2,6}$/u;

/**
 * Health details, IEP/504 status and grades in the sentences of `text` that concern one child. `nameSpans`
 * are where the caller found student names in `text`; `wholeLineIsAboutChild` (a row of a class table, a
 * line with a student's ID) makes every sentence count.
 */
export function detectSensitiveTerms(
  text: string,
  nameSpans: SentenceSpan[],
  wholeLineIsAboutChild: boolean,
  withGrades = true,
): Detection[] {
  const found: Detection[] = [];
  // A line that begins with a child's name ("Lucía Pérez: dislexia. Sacó un 7.", "- Priya Raman — 78/100; has
  // a 504") is a note about that child in every sentence.
  // So is a parent's message about "my daughter" ("…que es celíaca", "she's had strep all week").
  const wholeNote =
    wholeLineIsAboutChild ||
    nameSpans.some((n) => lineStart.test(text.slice(0, n.start))) ||
    parentAboutOwnChild.test(text);
  let previousAboutChild = false;
  let previous: SentenceSpan | null = null;
  for (const s of sentences(text)) {
    const sentence = text.slice(s.start, s.end);
    let cue: string | null = wholeNote
      ? 'student row'
      : nameSpans.some((n) => n.start < s.end && s.start < n.end)
        ? 'student name'
        : (sentence.match(childCue)?.[0] ??
          // "My student Lena … . She qualifies under OHI": a sentence that goes on about the same child.
          (previousAboutChild ? (sentence.match(continuesAboutChild)?.[0] ?? null) : null));
    // "Simone Biles won. Her score of 15.3…", "Helen Keller was deaf. She learned braille": a pronoun after a
    // person named in full who is not a student (in this sentence or the one before) is about that person.
    if (
      cue !== null &&
      !previousAboutChild &&
      pronounCue.test(cue) &&
      ((previous !== null && namesSomeoneElse(text.slice(previous.start, previous.end), previous.start, nameSpans)) ||
        (namesSomeoneElse(sentence, s.start, nameSpans) && sentence.search(namedPerson) < sentence.search(pronounWord)))
    )
      cue = null;
    previous = s;
    previousAboutChild = cue !== null;
    if (cue === null) continue;
    const reason = { code: 'studentCue' as const, detail: cue };
    for (const m of [
      ...cachedMatches(health, sentence),
      ...cachedMatches(commonConditions, sentence),
      ...cachedMatches(healthShapes, sentence),
    ]) {
      // Acronyms count in capitals only: "Tel. 210-555-0164" is a phone's label, "tea" a drink, "odd" a number.
      if (/^(?:tel|tea|tda|asd|ocd|odd|cgm)$/iu.test(m[0]) && m[0] !== m[0].toUpperCase()) continue;
      // "the Great Depression", "la Gran Depresión": an era, not a mood.
      if (/^depres/iu.test(m[0]) && /\b(?:great|gran)\s+$/iu.test(sentence.slice(0, m.index))) continue;
      found.push({
        kind: 'health',
        text: m[0].trim(),
        start: s.start + m.index,
        key: m[0].toLowerCase(),
        reason,
        scope: 'local',
      });
    }
    // Parents', therapists' and counsellors' words, and medicines by generic name (care-terms.ts).
    for (const t of [...findCareTerms(sentence), ...findMedicines(sentence), ...findMisspeltMedicines(sentence)])
      found.push({
        kind: t.kind,
        text: t.text,
        start: s.start + t.index,
        key: t.text.toLowerCase(),
        reason,
        scope: 'local',
      });
    // Acronyms of the plan list count only as written in capitals ("BIP", "SLD"), not a lower-case word that spells
    // one; the support and status list is matched in its own case already.
    const planTerms = [
      ...cachedMatches(specialEducation, sentence).filter((m) => !smallWord.test(m[0])),
      ...cachedMatches(supportAndStatusTerms, sentence),
    ];
    for (const m of planTerms) {
      found.push({
        kind: 'specialEducation',
        text: m[0],
        start: s.start + m.index,
        key: m[0].toLowerCase(),
        reason,
        scope: 'local',
      });
    }
    if (withGrades) for (const d of detectReadingLevels(sentence, cue)) found.push({ ...d, start: s.start + d.start });
    if (withGrades)
      for (const m of marksAboutChild(sentence))
        found.push({
          kind: 'grade',
          text: m.text,
          start: s.start + m.start,
          key: m.text.toLowerCase(),
          reason,
          scope: 'local',
        });
    for (const m of withGrades
      ? [
          ...cachedMatches(grade, sentence),
          ...(mayHoldMark(sentence)
            ? [...cachedMatches(gradeShapes, sentence), ...cachedMatches(countedMarks, sentence)]
            : []),
        ]
      : []) {
      const value = m.slice(1).find((g) => g !== undefined) as string;
      // Letter grades are capitals: "has a clear thesis" is not an A.
      if (/^[a-f][+-]?$/.test(value)) continue;
      found.push({
        kind: 'grade',
        text: value,
        start: s.start + m.index + m[0].lastIndexOf(value),
        key: value.toLowerCase(),
        reason,
        scope: 'local',
      });
    }
  }
  for (const n of withGrades ? nameSpans : []) {
    const tail = text.slice(n.end, n.end + 40).match(scoreAfterName);
    if (!tail) continue;
    const value = (tail[1] ?? tail[2]) as string;
    found.push({
      kind: 'grade',
      text: value,
      start: n.end + tail[0].lastIndexOf(value),
      key: value.toLowerCase(),
      reason: { code: 'nearStudent', detail: '' },
      scope: 'local',
    });
  }
  return found;
}

/**
 * True when a health term, a special-education term or an allergy starts at `at` in `text`: the cue naming a
 * child by a condition ("Maddie has Type 1 diabetes", lib/redaction/context-names.ts) asks with these patterns.
 */
export function startsWithHealthOrPlan(text: string, at: number): boolean {
  const window = text.slice(at, at + 80);
  if (window === '' || allergyWord.test(window)) return window !== '';
  return (
    matchesAtStart(health, window) ||
    matchesAtStart(commonConditions, window) ||
    matchesAtStart(specialEducation, window) ||
    matchesAtStart(supportAndStatusTerms, window)
  );
}

/**
 * Whether global `re` has a match at index 0 of `text` (its lastIndex kept): the same answer as a sticky copy of
 * it, since a search tries index 0 first. No sticky copies of the two largest regexes: compiling each took
 * ~0.15–0.3 s of the scan worker's start (compiled-early.ts; export14, 2 Dec 2026), for windows of 80 characters.
 */
function matchesAtStart(re: RegExp, text: string): boolean {
  const lastIndex = re.lastIndex;
  re.lastIndex = 0;
  try {
    return re.exec(text)?.index === 0;
  } finally {
    re.lastIndex = lastIndex;
  }
}

// The largest rule regexes, compiled to optimised code while the module loads (why: compiled-early.ts).
for (const re of [health, healthShapes, specialEducation, grade, readingLevel, scoreAfterName]) compiledEarly(re);
