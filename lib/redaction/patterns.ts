import { endsInExtension, opensWithExtension } from './office-extensions';
import { schoolAcronymCue } from './school-acronyms';
import { lineAround } from './text-lines';
import { sentenceAround } from './student-text-names';
import { classifyFieldName } from './field-names';
import { isCodeShaped } from './unlabelled-columns';
import { isKnownFirstName, notANameWord } from './context-names';
import { isSchoolsOwnMailbox } from './school-mailboxes';
import { normaliseKey, stripMarks, type Detection } from './detection';
import type { RedactionKind, RedactionReason } from './kinds';
import { findNationalIds } from './national-ids';
import { publicAgencyCue } from './public-agency-cues';
import { schoolLineCue } from './school-line-cues';
import { findMemberAndCaseNumbers } from './member-and-case-numbers';
import { findAbbreviatedBirthDates } from './abbreviated-birth-labels';
import { findNationalNumbers } from './national-numbers';
import { spanishAddresses } from './spanish-addresses';
import { allMatches } from './all-matches';

/**
 * Structured student details in a line of prose, a table row or a line of code, by shape and by the words
 * around them: emails, phone numbers, student IDs, lunch numbers, street addresses, dates of birth, and any
 * value after a label such as "Lunch #:", "DOB:" or "Allergies:". Tuned not to fire on ordinary classroom
 * numbers: years, counts, fractions, page and lesson numbers, plain or historical dates, and the addresses,
 * phone numbers and role mailboxes of a school or district.
 */

export interface PatternContext {
  /** Lower-case words of the teacher's own name: her address ("rivera@…") is hers, not a student's. */
  teacherWords: Set<string>;
  /** Lower-case parts of the roster's names: "maria@school.org" is Maria's, not a department's. */
  rosterWords?: Set<string>;
  /** Lower-case words of staff named with their role in the trace (staff-directory.ts): "jalvarez@…" of Coach Jorge Alvarez. */
  staffWords?: Set<string>;
}

const email = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** Mailboxes of a role, not a person (RFC 2142 names and the offices of a school or district, in English, Spanish and Catalan). */
const roleMailbox =
  /^(?:help|helpdesk|support|office|frontoffice|front-office|frontdesk|info|information|admin|administration|attendance|registrar|enrollment|enrolment|admissions|principal|counseling|counselor|counselling|guidance|library|nurse|health|tech|techsupport|it|ithelp|noreply|no-reply|donotreply|contact|hello|webmaster|postmaster|abuse|hostmaster|communications|press|hr|payroll|transportation|foodservice|food-services|nutrition|cafeteria|athletics|security|safety|privacy|ferpa|records|secretaria|oficina|direccion|soporte|ayuda|admisiones|informacion|matricula|orientacion|comedor|biblioteca|enfermeria|consejeria|familias|families|family|parents|padres|menjador|secretaria|direccio|orientacio|infermeria|consergeria|tutoria|coordinacion|sped|specialed|specialservices|familyengagement|liaison|senco|sendco|senco-?office|inclusion|safeguarding|dsl|exams|examinations|examsofficer|reception|enquiries|enquiry|finance|bursar|headteacher|headofschool|pastoral|wellbeing|careers|studentservices|schooloffice|trust|esl|ell|ells|eld|ml|mll|bilingual|bilingue|multilingual|newcomers?|title-?(?:i|1|iii|3)|migrant|registration|transport|food|sped-?office|intake|dual-?language)(?:[._-]?[\p{L}\p{N}]*)?$/iu;

/** Mail providers families use: a mailbox there is a person's own, whatever name it is built from. */
const freeMailDomain =
  /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mac|proton|protonmail|gmx|mail|zoho|yandex|terra|uol|bol|prodigy|telmex)\./iu;

const institutionalDomain =
  /(?:^|[.-])(?:district|schools?|k12|isd|usd|cusd|sd\d*|edu|gov|gob|colegio|escuela|instituto|ies|ceip|educa|educacion|xunta|juntadeandalucia|madrid|xtec)(?:[.-]|$)/iu;
const phone =
  /(?<![\p{L}\p{N}+/.:-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}(?![\p{L}\p{N}/]|:\S|[.-]\d)|(?<![\p{L}\p{N}/.:-])\d{3}-\d{4}(?![\p{L}\p{N}/]|:\S|[.-]\d)|(?<![\p{L}\p{N}+/.:-])(?:\+34\s?)?(?:\d{3}(?:\s\d{2}){3}|\d{2}\s\d{3}(?:\s\d{2}){2})(?![\p{L}\p{N}/]|:\S|[.-]\d)|(?<![\p{L}\p{N}/.:-])\+\d{1,3}[\s.-]?\d{1,5}(?:[\s.-]?\d{2,5}){1,3}(?![\p{L}\p{N}/]|:\S|[.-]\d)|(?<![\p{L}\p{N}+/.:-])07\d{3}\s?\d{3}\s?\d{3}(?![\p{L}\p{N}/]|:\S|[.-]\d)/gu;
/** Words that make a nearby phone number or address the school's or district's, not a family's. */
const institutionCue =
  /\b(?:office|CEIP|IES|CEIPSO|CEIP|front office|school|elementary|academy|primaria|secundaria|preparatoria|liceo|district|helpdesk|help desk|front desk|main line|hotline|switchboard|library|museum|city hall|headquarters|HQ|campus|oficina|escuela|colegio|instituto|distrito|secretar[íi]a|ayuntamiento|biblioteca|museo|centro|HS|high school|middle school|P\.?S\.? \d{1,3}|field house|athletic director|counselor|consejer[ao]|coordinador[a]?|coordinator|zoo|aquarium|planetarium|theater|theatre|stadium|venue|bus company|zool[óo]gico|(?:de\s+)?la\s+I\.?E\.?|instituci[óo]n educativa|rector[íi]a|plantel|schools|districts|offices|building|fax|(?:student|pupil|special|family|counseling|counselling|health) services|servicios estudiantiles|(?:family|parent) (?:line|hotline|help ?line|liaison|engagement (?:line|office|center|centre)|resource cent(?:er|re)))\b/iu;
/** Words that make it a family's. */
const familyCue =
  /\b(?:mom|mother|dad|father|parent(?!\s+(?:line|hotline|help ?line|liaison))|guardian|grandma|grandmother|home|cell|mobile|my number|lives|family(?!\s+(?:line|hotline|help ?line|liaison|engagement|resource|services|night))|son|daughter|aunt|uncle|mam[áa]|madre|pap[áa]|padre|tutor|abuel[ao]|t[íi][ao]|casa|celular|m[óo]vil|mi n[úu]mero|whatsapp|hij[oa]|vive|domicilio|familia|your (?:old |new |cell |home )?(?:number|phone)|emergency contact|contacto de emergencia|su n[úu]mero|tu n[úu]mero|we(?:'ve| have)? moved|moved (?:to|in(?:to)?)|(?:our|my|his|her|their|new|home) address|address is|staying (?:at|in|with)|living (?:at|in|with)|nos mudamos|se mud[óo]|se mudaron|(?:nueva|su|mi|nuestra) direcci[óo]n|direcci[óo]n (?:es|nueva)|vivimos)(?![\p{L}])/iu;
/**
 * The education authorities above schools, whose contact follows their name ("La UGEL Arequipa está en Av. …"): words
 * that make a phone or an address after them the authority's. Part 17 (2 Dec 2026) lost such contacts, named where a
 * teacher tells families where to go:
 * Peru's UGEL and DRE, Venezuela's Zona Educativa, Guatemala's Dirección Departamental de Educación, Spain's
 * Delegación Territorial and Catalonia's Servei Territorial d'Educació, and the ministries and national scholarship
 * and school-meal agencies by their acronyms (MINEDUC, MINEDU, MINERD, MINED, MEDUCA, MEP, MEC, CONAFE, JUNAEB,
 * ICETEX, IFARHU, PRONABEC, ANEP/CODICEN), and a district's transportation department (not its food services: a
 * meal application's letters go to families' addresses, part 7).
 */
const authorityCue =
  /\b(?:transportation (?:services|department|office)|UGEL|DRE|zona educativa|(?:servei|delegaci[óo]n?|direcci[óo]n?|coordinaci[óo]n?|jefatura|subdirecci[óo]n|gerencia|departamento?|consorci|conselleria|consejer[íi]a)(?: (?:territorial|regional|departamental|distrital|provincial|general|zonal|municipal))?(?: de| d['’])? ?educaci(?:[óo]n|(?=ó))|ministerio de educaci[óo]n|MINEDUC|MINEDU|MINERD|MINED|MEDUCA|MEP|MEC|CONAFE|JUNAEB|ICETEX|IFARHU|PRONABEC|ANEP|CODICEN)\b/iu;

/** "48213", "S0093341", "S-20931", "HISD-5521084" (a district's prefix), "2015-0417": an ID after an ID label. */
const idToken =
  /(?<![\p{L}\p{N}.,/-])(?:[A-Z]{1,5}-\d{2,6}(?:-\d{2,8}){1,2}|\d{4}-[A-Z]{2,5}-\d{2,8}|[A-Z]{1,5}-?\d{4,10}|\d{2,6}(?:-\d{2,8}){1,3}|\d{4,10})(?![\p{L}\p{N}]|[.,/-]\d)/gu;
/** "ID S-20931", "ID# 88-2231": "ID" in capitals right before a value (alone it is too common a word to open a clause). */
const idRightAfterId =
  /(?<![\p{L}\p{N}])ID\s*[:#]?\s*((?:[A-Z]{1,3}-?)?\d{4,10}|\d{2,6}(?:-\d{2,8}){1,3})(?![\p{L}\p{N}]|[.,/-]\d)/gu;
const idKeyword =
  /\b(?:student\s*(?:id|number|no\.?|#)s?|id\s*(?:#|no\.?|number)s?|s\.?i\.?d\.?|state\s+id|ssid|n[úu]meros?\s+de\s+(?:estudiante|alumno|matr[íi]cula)|matr[íi]culas?|id\s+(?:de\s+)?(?:estudiante|alumno)s?|c[óo]digos?\s+(?:del?\s+)?(?:alumn[oa]|estudiante)s?|c[óo]digo(?=\s+[A-Z]{1,5}-\d)|num\.?\s+de\s+(?:estudiante|alumno)|(?:candidate|pupil|admission)\s*(?:no\.?|number|#)|upn|uln|nsn|oen|legajo|(?:n[úu]mero\s+de\s+)?legajo|c[óo]digo\s+(?:siagie|personal|[úu]nico|mineduc|estudiantil))(?![\p{L}])/giu;
const lunchKeyword =
  /\b(?:lunch\s*(?:numbers?|#|no\.?|codes?|pins?|ids?|accounts?|card)|lunch\s*:|meal\s+(?:numbers?|codes?|pins?|ids?)|frl\s*(?:#|id|number)|n[úu]meros?\s+de\s+(?:comedor|almuerzo)|c[óo]digos?\s+de\s+(?:comedor|almuerzo)|pin\s+(?:de|del)\s+(?:comedor|almuerzo)|(?:dinner|canteen|catering|cashless(?:\s+catering)?)\s*(?:pins?|numbers?|#|no\.?|codes?|ids?|accounts?(?:\s+(?:number|no\.?))?)|n[úu]meros?\s+de\s+lonche|lonche\s*(?:#|n[úu]mero))/giu;
/** "48213", "L4821", "C-3381", "4432-1": a lunch PIN or account number, with an optional letter prefix. */
const mealCode =
  /\bc[óo]digo(?!\s+(?:postal|de barras|QR))(?:\s+de\s+(?:colaci[óo]n|alimentaci[óo]n|JUNAEB|PAE))?\s*[:#]?\s*((?:[A-Z]{1,2}-?)?\d{3,8}(?:-[\dkK]{1,4})?)(?![\p{L}\p{N}]|[.,/-]\d)/giu;
const lunchValue = /(?<![\p{L}\p{N}.,/:-])(?:[A-Z]{1,2}-?)?\d{3,8}(?:-\d{1,4})?(?![\p{L}\p{N}]|[.,/:-]\d)/gu;
const idBare = /(?<![\p{L}\p{N}.,/#-])(?:[A-Z]{1,3}\d{5,10}|\d{7,10}|\d{3}-\d{2}-\d{4})(?![\p{L}\p{N}]|[.,/-]\d)/gu;
const notAnId =
  /\b(?:isbn|doi|page|p\.|pp\.|lesson|unit|chapter|room|zip|code postal|c[óo]digo postal|order|invoice|version|v)\s*[:#]?\s*$/iu;

/**
 * A school's or trust's company, charity or VAT number in its email footer ("a company limited by guarantee
 * registered in England and Wales (No. 07712345)", "Registered charity 1123456"): the institution's, not a child's.
 */
const registration =
  /\b(?:compan(?:y|ies)|charit(?:y|able)|registered|registration|VAT|reg\.|trust|limited|Ltd|CIF|NIF|EIN)\b[^\n]{0,60}$/iu;
function isRegistrationNumber(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return registration.test(text.slice(Math.max(lineStart, at - 80), at));
}

const streetTypes =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Loop|Close|Crescent|Cres|Square|Sq|Walk|Grove|Gardens|Mews|Pike|Run|Ridge|Heights|Crossing|Alley|Row|Lawn|Green|Vale|Rise|Glen|Commons|Landing|Hollow|Bend|Cove|Knoll|Meadows?|Estates';
/** A flat, unit or room after a street number and name ("…, Apt 6", "#4B"). */
const streetUnit = String.raw`,?\s+(?:Apt|Apartment|Unit|Suite|Ste|Room|#)\.?\s*[\p{L}\d-]+`;
const addressEn = new RegExp(
  String.raw`\b\d{1,6}(?:-\d{1,5})?\s+(?:[NSEW]\.?\s+)?(?:(?:[\p{Lu}\d][\p{L}\d'.-]*\s+){1,4}(?:${streetTypes})\b\.?|(?:Route|Rte\.?|County Road|State Route)\s+\d{1,4}\b)(?:${streetUnit})?`,
  'gu',
);
const addressEs =
  /(?<![\p{L}])(?:Calle|C\/|Avenida|Avda\.?|Av\.|Carrera|Paseo|Plaza|Camino|Carretera|Pasaje|Ronda)\s+(?:(?:de|del|la|las|los|el|y)\s+)?(?:[\p{Lu}\d][\p{L}\d'.-]*\s*(?:(?:de|del|la|las|los|el|y)\s+)?){1,5},?\s*(?:n[º°o]\.?\s*)?\d{1,5}(?:,?\s*\d{1,2}\.?\s*[º°ª]\s*(?:(?:izq(?:uierda)?|dcha|der(?:echa)?|[A-Z])\.?)?(?![\p{L}]))?(?![\p{L}\d])/gu;
/**
 * Where a family without a home is staying, by the shelter's or motel's name (McKinney-Vento notes: "living at the
 * Harbor House shelter", "el centro de menores Lar Vilaboa"): an address, in a sentence that says someone lives there
 * (familyCue, or a housing word). "An Anderson shelter" of a history lesson names no one's home.
 */
const mayNameShelter = /shelter|motel|albergue|refugio|centro de menores|hogar de acogida/iu;
const namedShelter =
  /(?<![\p{L}])(?:\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:for|of|the|de|del|la)\s+)?\p{Lu}[\p{L}'’&-]*){0,3}\s+(?:shelter|motel)|(?:albergue|refugio|centro de menores|hogar de acogida)\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|del|la)\s+)?\p{Lu}[\p{L}'’-]*){0,3})(?![\p{L}])/gu;
const housingCue =
  /\b(?:McKinney|homeless|housing|unhoused|displaced|evicted|sin hogar|vivienda|desalojad[oa]s?|acogid[oa]|tutelad[oa])/iu;
function findNamedShelters(text: string): Detection[] {
  const found: Detection[] = [];
  for (const m of allMatches(namedShelter, text)) {
    const sentence = sentenceAround(text, m.index, m.index + m[0].length);
    if (!familyCue.test(sentence) && !housingCue.test(sentence)) continue;
    push(found, {
      kind: 'address',
      text: m[0],
      start: m.index,
      reason: { code: 'pattern', detail: '' },
      scope: 'global',
    });
  }
  return found;
}

/** "3412 de la calle Nopal", "el 3412 de la calle nopal" (a voicemail transcribed): the number before the street. */
const addressNumberFirst =
  /(?<![\p{L}\d.,/])\d{1,5}\s+(?:de\s+la\s+)?(?:[Cc]alle|[Aa]venida|[Aa]vda\.?|[Pp]rivada|[Cc]errada|[Cc]allej[óo]n|[Cc]amino|[Cc]arretera|[Bb]ulevar)\s+(?:(?:de|del|la|los|las)\s+)?[\p{L}][\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+){0,2}/gu;
/** Colombia's grid addresses: "Cra. 68 #24-15 apto 302", "Calle 45A # 12-34", "Tv 5 No. 3-21". */
const addressCo =
  /(?<![\p{L}])(?:Calle|Cl\.?|Carrera|Cra\.?|Kr\.?|Transversal|Tv\.?|Diagonal|Dg\.?|Avenida|Av\.?|Ak\.?)\s*\d{1,3}\s?[A-Z]?(?:\s*Bis)?\s*(?:#|No\.?|N[°º])\s*\d{1,3}\s?[A-Z]?\s*-\s*\d{1,3}(?:,?\s*(?:apto\.?|apartamento|int\.?|interior|casa|torre)\s*[\p{L}\d-]+)?(?![\p{L}\d])/gu;
/** The flat at the end of an address, dropped to give the street alone. */
const unitAfterStreet = new RegExp(`${streetUnit}$`, 'u');
const poBox = /\bP\.?\s?O\.?\s+Box\s+\d+\b/giu;

export const months =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
export const datePattern = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:${months})(?![\p{L}])\.?\s+\d{1,2}(?!\d)(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:de\s+)?(?:${months})(?![\p{L}])\.?(?:,?\s+(?:de\s+)?\d{4})?|(?:${months})(?![\p{L}])\.?,?\s+(?:de\s+)?\d{4})`;
const dateOfBirth = new RegExp(
  String.raw`(?:\bDOB|\bD\.O\.B\.?|(?<![\p{L}])b\.(?=\s*\d)|\bdate\s+of\s+birth|birth\s*date|birthday|born(?:\s+in\s+\p{Lu}\p{L}+(?:,?\s+\p{Lu}\p{L}+)?)?(?:\s+(?:on|in))?|fecha\s+de\s+nacimiento|fecha\s+de\s+nac\.?|f\.\s*nac\.?|naci[óo](?:\s+en\s+\p{Lu}\p{L}+)?(?:\s+(?:el|en))?|nacid[oa](?:\s+en\s+\p{Lu}\p{L}+)?(?:\s+(?:el|en))?|cumplea[ñn]os)(?:\s+(?:for|on|in|of|en|de|para)\s+(?:the\s+|la\s+|el\s+|los\s+)?[\p{L}' ]{1,30}?(?=,?\s+(?:is|was|es|fue)\b|\s*:))?(?:\s+(?:is|was|es|fue))?[\s:,(-]{0,4}(?:(?:is|was|es|fue)\s+)?(?:on\s+|in\s+|el\s+|en\s+)?(${datePattern})`,
  'giu',
);
const dateAlone = new RegExp(`^${datePattern}$`, 'iu');
const dateWithAside = new RegExp(String.raw`^(${datePattern})\s*\(\s*(${datePattern}|\d{4})\s*\)$`, 'iu');

/** A date of birth is a child's (or at most a young adult's): a year before 1995 is history, not a student. */
function isPlausibleBirthYear(text: string): boolean {
  const year = text.match(/\b(\d{4})\b/)?.[1] ?? text.match(/[/.-](\d{2})$/)?.[1];
  if (!year) return true;
  const n = Number(year.length === 2 ? `20${year}` : year);
  return n >= 1995 && n <= new Date().getFullYear();
}

/**
 * A child's allergy or condition given in a column of a class table or a key in code ("Alergias" → "frutos
 * secos") names that child's condition wherever the trace repeats it ("nothing with tree nuts at table 1"),
 * unless it is a yes/no. After a label in prose it stays local: the lesson may discuss the same condition.
 */
function isDistinctHealthValue(value: string): boolean {
  return (
    value.length <= 40 &&
    value.replace(/[^\p{L}]/gu, '').length >= 4 &&
    !/^(?:yes|no|true|false|s[ií]|none|unknown|desconocid[oa]|see notes?|ver notas?|on file|en el expediente)$/iu.test(
      value,
    )
  );
}

/** "Label: value" pairs inside a line: "Lunch #: 48213; DOB: 3/14/2015; Allergies: peanuts". */
const labelled =
  /(?:^\s*|[;|•·—({]\s*|,\s*(?=["'])|,\s+|[.!?]\s+|\s[-–]\s|^\s*[-*+]\s+)\**["']?([\p{L}#][\p{L}\p{N}_#/ '’.ªº-]{0,28}?)["']?\**\s*[:=]\s*\**([^;|\n]+?)\**(?=\s*(?:[;|)\n]|[,.!?]\s*["']?[\p{L}#][\p{L}\p{N}_#/ '’.ªº-]{0,28}["']?\s*:|["']?\s*[}\]]|\s[-–]\s|$))/gmu;
/** A line of notes written "Label - value" ("Allergies - tree nuts", "Accommodations – extra time"). */
const dashLabelled = /^\s*(?:[-*+•]\s+)?\**([\p{L}#][\p{L}#/ '’.]{0,28}?)\**\s+[-–—]\s+(\S.*?)\s*$/u;
const frlStatus = /^(?:free|reduced|paid|free\/reduced|f|r|p|gratis|gratuito|reducido|pagado)$/iu;
const blankValue = /^(?:_+|-+|—|n\/a|na|none|no|ninguna?|sin|\?|\.\.\.|…|tbd|\[.*\])$/iu;
const gradeLevel =
  /^(?:k|kindergarten|pre-?k|(?:[1-9]|1[0-2])(?:st|nd|rd|th|º|°)?(?:\s*grade)?|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)|\d{1,2}\s*-\s*\d{1,2})$/iu;
const courseTitle =
  /^(?:(?:AP|IB|Honors|Pre-AP|Dual credit|CTE)\s+\p{L}[\p{L} &.-]*(?:\s+(?:I{1,3}|IV|\d|AB|BC|HL|SL))?|(?:Algebra|Geometry|Biology|Chemistry|Physics|Calculus|Pre-?Calculus|Statistics|English|Spanish|French|US History|World History|Government|Economics|Psychology|Environmental Science)(?:\s+(?:I{1,3}|IV|\d|AB|BC))?)$/u;
const scoreShape =
  /^(?:[A-F][+-]?|\d{1,3}(?:[.,]\d+)?\s*%|\d{1,3}(?:[.,]\d+)?\s*\/\s*\d{1,3}|\d{1,3}(?:[.,]\d+)?\s*(?:points?|pts|puntos)?)(?:\s*\(\s*(?:[A-F][+-]?|\d{1,3}(?:[.,]\d+)?\s*%)\s*\))?$/iu;
/**
 * A name as a cell or a labelled value holds it: "Ana María de la Cruz", also with an initial ("T. Oyelaran", "Brooklyn
 * S."), and with the Malay and Tamil connectors of Singapore and Malaysia ("Nur Aisyah binte Kamal", "Rajan s/o
 * Muthu", "Kavitha d/o Raman", "Arjun a/l Suresh": blind part 23, 2 Dec 2026).
 */
export const nameShape =
  /^(?:(?:Mr|Mrs|Ms|Mx|Dr|Sr|Sra|Srta)\.?\s+)?(?:\p{Lu}\.\s*)?\p{Lu}[\p{L}'’-]+(?:\s+(?:de\s+(?:la\s+|los\s+)?|del\s+|van\s+(?:der\s+)?|da\s+|i\s+|y\s+|bin\s+|binti\s+|binte\s+|[sd]\/o\s+|a\/[lp]\s+)?(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.?)){0,3}$/u;

function push(found: Detection[], d: Omit<Detection, 'key'> & { key?: string }): void {
  found.push({ ...d, key: d.key ?? normaliseKey(d.text) });
}

/** The values after a keyword up to the end of its sentence ("Lunch numbers: Maria 48213, Jamal 55120."). */
function valuesAfter(text: string, keyword: RegExp, value: RegExp): { text: string; start: number; cue: string }[] {
  const out: { text: string; start: number; cue: string }[] = [];
  for (const k of allMatches(keyword, text)) {
    const from = k.index + k[0].length;
    const rest = text.slice(from);
    const stop = rest.search(/[.!?](?:\s|$)|\n/);
    const clause = stop === -1 ? rest : rest.slice(0, stop);
    for (const v of allMatches(value, clause)) out.push({ text: v[0], start: from + v.index, cue: k[0].trim() });
  }
  return out;
}

const streetNamedLikeInstitution = new RegExp(
  String.raw`\b(?:School|College|Academy|Library|Museum|Campus|Centro|Colegio)\s+(?:${'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Hill|House|Green|Close'})\b|\b(?:Col\.|Colonia|Barrio)\s+Centro\b`,
  'gu',
);

/** Global copies of the cues nearestCue is given (a few constants), compiled once instead of at every call. */
const globalCues = new Map<RegExp, RegExp>();
function globalCue(cue: RegExp): RegExp {
  let global = globalCues.get(cue);
  // The cue's own flags: a case-sensitive cue (school-acronyms.ts) stays so.
  if (!global)
    globalCues.set(cue, (global = new RegExp(cue.source, cue.flags.includes('g') ? cue.flags : `${cue.flags}g`)));
  return global;
}

/** The distance from [start, end) to the nearest match of `cue` within `window` characters, or Infinity. */
function nearestCue(text: string, start: number, end: number, cue: RegExp, window: number): number {
  const from = Math.max(0, start - window);
  // "4520 W Indian School Rd", "Col. Centro": a street or a neighbourhood named like an institution is no cue.
  const around = text
    .slice(from, Math.min(text.length, end + window / 2))
    .replace(streetNamedLikeInstitution, (m) => ' '.repeat(m.length));
  let best = Infinity;
  for (const m of allMatches(globalCue(cue), around)) {
    const at = from + m.index;
    // A cue inside the value is part of it ("Calle Hidalgo 418, Col. Centro"), not a word about it.
    if (at >= start && at + m[0].length <= end) continue;
    const distance = at + m[0].length <= start ? start - (at + m[0].length) : at >= end ? at - end : 0;
    best = Math.min(best, distance);
  }
  return best;
}

/**
 * The distance to a numbered school's acronym on the value's own line (school-acronyms.ts), or Infinity: the line
 * is the only place such an acronym speaks for a value.
 */
function schoolAcronymOnLine(text: string, start: number, end: number): number {
  const { from, line } = lineAround(text, start, end);
  return nearestCue(line, start - from, end - from, schoolAcronymCue, 80);
}

/**
 * A number or address is the school's when the nearest cue around it is an institution's ("call the front
 * office at …, then contact his mother": the office's number), a family's when the nearest is a family's.
 */
export function isInstitutional(text: string, start: number, end: number): boolean {
  // In a row of a table ("… | EpiPen in nurse office | walker - 1718 E Evans Ave #4"), only the value's own cell
  // speaks for it: the nurse's office in the medical column is not where the child lives. Five separators at
  // least: a signature line joins its school's name, address and phone with two or three.
  const cellStart = Math.max(text.lastIndexOf('|', start - 1), text.lastIndexOf('\t', start - 1)) + 1;
  const ends = [text.indexOf('|', end), text.indexOf('\t', end)].filter((i) => i !== -1);
  if ((cellStart > 0 || ends.length > 0) && (text.match(/\||\t/g)?.length ?? 0) >= 5) {
    const cellEnd = ends.length > 0 ? Math.min(...ends) : text.length;
    return isInstitutional(text.slice(cellStart, cellEnd), start - cellStart, end - cellStart);
  }
  // An authority counts only before the value: its name, then where it is ("… vive con su tía, 0414-…. La Zona
  // Educativa …" is the aunt's phone).
  const institution = Math.min(
    nearestCue(text, start, end, institutionCue, 80),
    nearestCue(text.slice(0, end), start, end, authorityCue, 80),
    nearestCue(text.slice(0, end), start, end, publicAgencyCue, 80),
    nearestCue(text.slice(0, end), start, end, schoolLineCue, 80),
    schoolAcronymOnLine(text, start, end),
  );
  if (institution === Infinity) return false;
  return institution < nearestCue(text, start, end, familyCue, 80);
}

/**
 * A school mailbox is built from the teacher's name more often than it spells it: "dreyes" for Daniel Reyes,
 * "danielr", "reyesd". One of her names plus the initials of the others (in any order) is hers.
 */
function isTeachersInitialAndName(local: string, teacherWords: Set<string>): boolean {
  const plain = local.toLowerCase().replace(/[._-]+/g, '');
  const words = [...teacherWords].map((w) => stripMarks(w));
  for (const word of words) {
    if (word.length < 3) continue;
    const at = plain.indexOf(word);
    if (at === -1) continue;
    const rest = plain.slice(0, at) + plain.slice(at + word.length);
    if (rest === '' || rest.length > 2) continue;
    const initials = words.filter((w) => w !== word).map((w) => w.charAt(0));
    if ([...rest].every((ch) => initials.includes(ch))) return true;
  }
  return false;
}

/** "maria@school.org": a mailbox that is one first name is a person's (a student on the roster, or a child). */
function isOneWordPersonsName(local: string, ctx: PatternContext): boolean {
  return /^\p{L}+$/u.test(local) && (ctx.rosterWords?.has(local.toLowerCase()) === true || isKnownFirstName(local));
}

/** Every structured student detail in `text` (one line, row or code line). */
export function detectPatterns(text: string, ctx: PatternContext): Detection[] {
  const found: Detection[] = [];
  // A shelter's name holds no digit: looked for before the gate below.
  if (mayNameShelter.test(text)) found.push(...findNamedShelters(text));
  // Cheap tests first: most lines of a long trace hold no digit, no "@" and no label, and skip every rule.
  const hasDigit = /\d/.test(text);
  if (!hasDigit && !text.includes('@') && !text.includes(':') && !text.includes('=') && !/\s[-–—]\s/.test(text))
    return found;
  if (text.includes('@'))
    for (const m of allMatches(email, text)) {
      const local = m[0].slice(0, m[0].indexOf('@'));
      if (roleMailbox.test(local)) continue;
      // A one-word mailbox at a school's or district's domain is a department's ("socialstudies@district…").
      const domain = m[0].slice(m[0].indexOf('@') + 1);
      // The school's own role and staff mailboxes ("pta@rileyms.org", "jalvarez@pinecrestms.org"): school-mailboxes.ts.
      if (isSchoolsOwnMailbox(local, domain, text, m.index, ctx.rosterWords) && !isOneWordPersonsName(local, ctx))
        continue;
      // A person's first name is a person's mailbox, though ("maria@school.org" of a student on the roster).
      const isPersonsName = ctx.rosterWords?.has(local.toLowerCase()) === true || isKnownFirstName(local);
      if (
        institutionalDomain.test(domain) &&
        /^\p{L}+$/u.test(local) &&
        !/student|alumn/i.test(domain) &&
        !isPersonsName
      )
        continue;
      // A centre's coded mailbox ("b7004321@xtec.cat", Catalonia's school codes) said to be the school's.
      if (
        institutionalDomain.test(domain) &&
        !/student|alumn/i.test(domain) &&
        /\d/.test(local) &&
        isInstitutional(text, m.index, m.index + m[0].length)
      )
        continue;
      const localWords = local.toLowerCase().split(/[._-]+/);
      if (localWords.some((w) => w.length >= 3 && ctx.teacherWords.has(w))) continue;
      if (isTeachersInitialAndName(local, ctx.teacherWords)) continue;
      // A colleague's school mailbox, not a family's: at a school's domain, built from a staff member's name.
      if (ctx.staffWords?.size && !freeMailDomain.test(domain) && isTeachersInitialAndName(local, ctx.staffWords))
        continue;
      push(found, {
        kind: 'email',
        text: m[0],
        start: m.index,
        reason: { code: 'pattern', detail: '' },
        scope: 'global',
      });
    }
  if (hasDigit) found.push(...detectNumbers(text));
  found.push(...detectLabelledValues(text));
  return found;
}

/**
 * A phone with a one-digit area or mobile prefix, as Cuba and Chile write them ("tel 7 830 5521", "fono
 * 9 8765 4321"; part 12, 1 Dec 2026): only after a phone word (a few words between: "Tel de la mamá: 7 861 4402"), since
 * "7 830 5521" alone could be any three numbers.
 */
const labelledShortPrefixPhone =
  /(?<=\b(?:tel|tel[ée]fono|tfno|cel|celular|m[óo]vil|fono|whatsapp|phone|cell)\b[^\d\n]{0,24}?[\s:])\d\s\d{3,4}\s\d{4}(?![\p{N}]|[.,-]\d)/giu;

/** The rules that need a digit: phones, IDs, lunch numbers, addresses, dates of birth. */
function detectNumbers(text: string): Detection[] {
  const found: Detection[] = [];
  for (const m of allMatches(phone, text)) {
    const value = m[0].trim();
    if (isInstitutional(text, m.index, m.index + value.length)) continue;
    // A number with an extension ("55 5684 2200 ext. 104") is an office's switchboard, not a family's phone.
    if (opensWithExtension(text.slice(m.index + value.length))) continue;
    push(found, {
      kind: 'phone',
      text: value,
      start: m.index,
      key: value.replace(/\D/g, ''),
      reason: { code: 'pattern', detail: '' },
      scope: 'global',
    });
  }
  if (/tel|fono|cel|m[óo]vil|whatsapp|phone/i.test(text))
    for (const m of allMatches(labelledShortPrefixPhone, text))
      if (
        !isInstitutional(text, m.index, m.index + m[0].length) &&
        !/^\s*,?\s*\(?\s*(?:ext\.?|extension|extensi[óo]n|x)\s*\d/iu.test(text.slice(m.index + m[0].length))
      )
        push(found, {
          kind: 'phone',
          text: m[0],
          start: m.index,
          key: m[0].replace(/\D/g, ''),
          reason: { code: 'pattern', detail: '' },
          scope: 'global',
        });
  // Chile's school meal (JUNAEB's PAE): a child on the "beca de alimentación" collects her "colación" with a
  // code ("la Catalina (código 5521-8) no retira"; part 12, 1 Dec 2026): "código" in a line about it is that code.
  if (/junaeb|colaci[óo]n|beca de alimentaci[óo]n|\bPAE\b/iu.test(text))
    for (const m of allMatches(mealCode, text)) {
      const value = m[1] as string;
      push(found, {
        kind: 'lunchNumber',
        text: value,
        start: m.index + m[0].length - value.length,
        reason: { code: 'label', detail: 'código' },
        scope: 'global',
      });
    }
  if (/lunch|meal|frl|comedor|almuerzo|lonche|dinner|canteen|catering|cashless/i.test(text))
    for (const v of valuesAfter(text, lunchKeyword, lunchValue))
      push(found, {
        kind: 'lunchNumber',
        text: v.text,
        start: v.start,
        reason: { code: 'label', detail: v.cue },
        scope: 'global',
      });
  if (
    /id|matr|n[úu]mero|c[óo]digo|num\.|s\.i\.d|student\s*(?:#|no)|candidate|pupil|admission|upn|uln|nsn|oen|legajo/i.test(
      text,
    )
  )
    for (const v of valuesAfter(text, idKeyword, idToken))
      push(found, {
        kind: 'studentId',
        text: v.text,
        start: v.start,
        reason: { code: 'label', detail: v.cue },
        scope: 'global',
      });
  if (text.includes('ID'))
    for (const m of allMatches(idRightAfterId, text)) {
      const value = m[1] as string;
      push(found, {
        kind: 'studentId',
        text: value,
        start: m.index + m[0].lastIndexOf(value),
        reason: { code: 'label', detail: 'ID' },
        scope: 'global',
      });
    }
  for (const m of allMatches(idBare, text)) {
    if (notAnId.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    if (isRegistrationNumber(text, m.index)) continue;
    push(found, {
      kind: 'studentId',
      text: m[0],
      start: m.index,
      reason: { code: 'pattern', detail: '' },
      scope: 'global',
    });
  }
  found.push(...findNationalIds(text));
  found.push(...findNationalNumbers(text));
  found.push(...findMemberAndCaseNumbers(text));
  found.push(...findAbbreviatedBirthDates(text));
  for (const re of [addressEn, addressEs, addressNumberFirst, addressCo, poBox, ...spanishAddresses])
    for (const m of allMatches(re, text)) {
      const value = m[0].trim();
      if (isInstitutional(text, m.index, m.index + value.length)) continue;
      // The street without its flat is the same home, written so a second time ("… 2291 Larkspur Ct, Apt 6 …
      // a pickup at 2291 Larkspur Ct"): a variant of the same finding.
      const street = value.replace(unitAfterStreet, '');
      push(found, {
        kind: 'address',
        text: value,
        start: m.index,
        reason: { code: 'pattern', detail: '' },
        scope: 'global',
        ...(street !== value && /\d/.test(street) && /\p{L}{2}/u.test(street) ? { parts: [street] } : {}),
      });
    }
  for (const m of allMatches(dateOfBirth, text)) {
    const d = m[1] as string;
    if (!isPlausibleBirthYear(d)) continue;
    const cue = m[0].slice(0, m[0].length - d.length).replace(/[\s:,-]+$/, '');
    push(found, {
      kind: 'dateOfBirth',
      text: d,
      start: m.index + m[0].lastIndexOf(d),
      reason: { code: 'label', detail: cue },
      scope: 'global',
    });
    // "el 4 de agosto de 2015 (04/08/2015)": the same date written again in parentheses.
    const again = text.slice(m.index + m[0].length).match(sameDateAgain);
    if (again)
      push(found, {
        kind: 'dateOfBirth',
        text: again[1] as string,
        start: m.index + m[0].length + again[0].lastIndexOf(again[1] as string),
        reason: { code: 'label', detail: cue },
        scope: 'global',
      });
  }
  found.push(...birthdaysIn(text));
  return found;
}

const sameDateAgain = new RegExp(String.raw`^\s*\((${datePattern})\)`, 'iu');
/** Words that compare a birthday with another day, before that day's date. */
const comparedDate =
  /\b(?:close to|near|around|before|after|same (?:day|week) as|shares?|like|cerca de|antes de|despu[ée]s de|igual que|coincide con)\b/iu;
const birthdayWord = /\b(?:birthdays?|b-?days?|cumplea[ñn]os|cumple)\b/giu;
const dateIn = new RegExp(datePattern, 'giu');
/** "turns 9 on Dec 4", "cumple 10 años el 3 de mayo". */
const turnsAge = new RegExp(
  String.raw`\b(?:turns|turned|will be|cumple|cumplió|cumplira|cumplirá)\s+\d{1,2}(?:\s+(?:años|years old))?\s+(?:on|el)\s+(${datePattern})`,
  'giu',
);

/**
 * A class newsletter's birthdays: "Birthdays: Lena Kowalczyk (Dec 4) and Marcus Jefferson (Dec 11)", "Happy
 * birthday to Ana (3 de mayo)", "turns 9 on Dec 4" (part 9, 1 Dec 2026). Every date up to the end of the
 * sentence after the word is a child's birthday, with or without its year (a year before 1995 is history).
 */
function birthdaysIn(text: string): Detection[] {
  const found: Detection[] = [];
  if (!/birth|b-?day|cumple|turn|will be/i.test(text)) return found;
  for (const k of allMatches(birthdayWord, text)) {
    const from = k.index + k[0].length;
    const rest = text.slice(from);
    const stop = rest.search(/[.!?](?:\s|$)|\n/);
    const clause = stop === -1 ? rest : rest.slice(0, stop);
    for (const v of allMatches(dateIn, clause))
      // "her birthday is close to Read Across America on March 2": a date the birthday is compared with.
      if (isPlausibleBirthYear(v[0]) && !comparedDate.test(clause.slice(0, v.index)))
        push(found, {
          kind: 'dateOfBirth',
          text: v[0],
          start: from + v.index,
          reason: { code: 'label', detail: k[0] },
          scope: 'global',
        });
  }
  for (const m of allMatches(turnsAge, text)) {
    const d = m[1] as string;
    push(found, {
      kind: 'dateOfBirth',
      text: d,
      start: m.index + m[0].lastIndexOf(d),
      reason: { code: 'label', detail: 'turns' },
      scope: 'global',
    });
  }
  return found;
}

const pairLine = /^\s*(?:[-*•]\s*)?\**([\p{L}][\p{L} #/.'’-]{1,28}?)\**\s*:\s*(.+)$/u;
const namedValue = /^(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’.-]*)?)\s*(?:[-–—:=]|\()\s*([^,;()]{1,20}?)\)?$/u;

/**
 * "Reading levels: Omar - J, Priyanka - L, Gus - H", "Lunch PINs: Ana 4410; Leo 4432": a label naming student
 * data followed by two or more "Name - value" pairs names the children and gives each one's value.
 */
function detectNameValuePairs(text: string): Detection[] {
  const line = text.match(pairLine);
  if (!line) return [];
  const kind = classifyFieldName(line[1] as string, 'key');
  if (!kind || kind === 'studentName' || kind === 'parentName') return [];
  const rest = line[2] as string;
  const restStart = (line.index ?? 0) + line[0].length - rest.length;
  const pairs: { name: string; nameAt: number; value: string; valueAt: number }[] = [];
  let at = 0;
  for (const part of rest.split(/(\s*[,;]\s*(?:and\s+|y\s+)?)/)) {
    const m =
      part.match(namedValue) ??
      part
        .replace(/\s+/g, ' ')
        .match(/^(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’.-]*)?)\s+([A-Z]{1,2}\d{0,6}|\d{1,6}[%L]?)$/u);
    if (m && !notANameWord((m[1] as string).split(/\s+/)[0]!)) {
      const value = m[2] as string;
      pairs.push({
        name: m[1] as string,
        nameAt: restStart + at,
        value,
        valueAt: restStart + at + part.lastIndexOf(value),
      });
    }
    at += part.length;
  }
  if (pairs.length < 2) return [];
  const found: Detection[] = [];
  const reason: RedactionReason = { code: 'label', detail: line[1] as string };
  for (const p of pairs) {
    push(found, { kind: 'studentName', text: p.name, start: p.nameAt, reason, scope: 'global' });
    found.push(...detectFieldValue(kind, p.value, p.valueAt, reason, 'cell'));
  }
  return found;
}

/** A line whose bold opens before the dash and closes only at its end ("**Title — subtitle**"). */
function isBoldHeading(line: string): boolean {
  const trimmed = line.replace(/^\s*(?:[-*+•]\s+)?/, '').trim();
  if (!trimmed.startsWith('**') || !trimmed.endsWith('**')) return false;
  const dash = trimmed.search(/\s[-–—]\s/);
  return dash !== -1 && !trimmed.slice(2, dash).includes('**');
}

/** A quoted list of two or more people's names: `"seats": ["Sofia Marchetti", "Ava Lin"]`. */
const listOfNames =
  /:\s*\[\s*(?:["']\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*["']\s*,\s*)+["']\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*["']\s*\]/u;

/**
 * `{ "name": "Tigris", "seats": ["Sofia Marchetti", …] }`: a bare "name" in a record that lists people is the
 * name of their table, team or group, not of a child (the people in the list are the children).
 */
export function namesAGroup(label: string, line: string): boolean {
  return /^(?:name|nombre|title|t[íi]tulo|label)$/iu.test(label.replace(/["'*]/g, '').trim()) && listOfNames.test(line);
}

/** Values after a label that names student data ("DOB: …", "Allergies: …", "Parent: …"). */
export function detectLabelledValues(text: string): Detection[] {
  const found: Detection[] = [];
  if (text.includes(':')) found.push(...detectNameValuePairs(text));
  const dashed = /\s[-–—]\s/.test(text) ? text.match(dashLabelled) : null;
  // "**Health office summary — week of October 6**": bold that runs past the dash is a heading, not a label.
  if (dashed && !isBoldHeading(dashed[0])) {
    const kind = classifyFieldName(dashed[1] as string, 'key');
    const value = (dashed[2] as string).replace(/[.,]$/, '');
    if (kind) {
      const start = (dashed.index ?? 0) + dashed[0].lastIndexOf(dashed[2] as string);
      found.push(...detectFieldValue(kind, value, start, { code: 'label', detail: dashed[1] as string }, 'prose'));
    }
  }
  if (!text.includes(':') && !text.includes('=')) return found;
  for (const m of allMatches(labelled, text)) {
    const label = (m[1] as string).trim();
    // "Lunch 11:20–11:50", "Recess 10:15": a time after a word, not a label and its value.
    if (
      /\s(?:[01]?\d|2[0-3])$/.test(label) &&
      /^\s*[0-5]\d(?:\s*(?:am|pm|a\.m\.|p\.m\.|h)\b|\s*[-–—]\s*\d{1,2}:\d{2})/i.test(m[2] as string)
    )
      continue;
    // JSON and YAML written in prose: quoted values, and a list in brackets ("allergies: [shellfish, latex]").
    const value = (m[2] as string)
      .trim()
      .replace(/[.,]$/, '')
      .replace(/^"([^"]*)"$|^'([^']*)'$/, '$1$2')
      .replace(/^\[([^\]]*,[^\]]*)\]?$/, '$1');
    const kind = classifyFieldName(label, 'key');
    if (!kind) continue;
    if (kind === 'studentName' && namesAGroup(label, text)) continue;
    const start = m.index + m[0].lastIndexOf(m[2] as string) + (m[2] as string).indexOf(value);
    const reason: RedactionReason = { code: 'label', detail: label };
    // A value cut at its closing parenthesis ("Final grade: 88 (B+") is two values: "88" and "B+".
    const open = value.match(/^(.*?)\s*\(([^()]*)$/);
    if (open) {
      found.push(...detectFieldValue(kind, open[1] as string, start, reason, 'prose'));
      found.push(...detectFieldValue(kind, open[2] as string, start + value.lastIndexOf('(') + 1, reason, 'prose'));
    } else found.push(...detectFieldValue(kind, value, start, reason, 'prose'));
  }
  return found;
}

// Module-level regexes: esbuild (tsx: the bench, scripts) rewrites a `\p{…}` literal inside a function as
// `new RegExp` on every call (scan10).
const templatePlaceholder = /^["“'(]?(?:\[[^\]]*\]|\{\{|<\p{L})/u;
const openBracketWord = /^["“']?\[\p{L}+$/u;
const nicknameAtEnd = /(?:\(|"{1,2}|“)(\p{Lu}[\p{L}'’-]{1,14})(?:\)|"{1,2}|”)?\s*$/u;
const surnameCommaFirst =
  /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?),\s*(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)$/u;
const quotedTail = /\s*(?:\(|"{1,2}|“)[^()"“”]*(?:\)|"{1,2}|”)?\s*$/u;

/**
 * The detail(s) in a value whose field name says what it is: a cell under "Lunch #", the value of
 * `lunch_number`, the text after "Allergies:". In a class table every non-blank cell of a student column
 * counts ('cell'); after a label in prose, a grade must look like one ("B+", "62%") so "Grade: 5th" stays.
 */
export function detectFieldValue(
  kind: RedactionKind,
  rawValue: string,
  start: number,
  reason: RedactionReason,
  where: 'prose' | 'cell' | 'code',
): Detection[] {
  const value = rawValue.trim();
  if (value === '' || blankValue.test(value) || /^(?:null|none|undefined|false|0)$/i.test(value)) return [];
  // A template's placeholder ("[Student] will read…", "{{name}}", "<student>") stands for no one.
  if (templatePlaceholder.test(value) || openBracketWord.test(value)) return [];
  const found: Detection[] = [];
  const at = start + rawValue.indexOf(value);
  switch (kind) {
    case 'studentName':
    case 'parentName': {
      // "Kayleigh M. (3B)": the class in parentheses after a name is not part of it.
      const name = value.replace(/\s*\([^()]{1,12}\)$/u, '');
      // "Treviño, José Ángel (Pepe)", `Jamarcus "J-Mo"`: a nickname in a name cell is the same child's name.
      const nickname = where !== 'prose' ? value.match(nicknameAtEnd)?.[1] : undefined;
      // "Pell, Ansel" in a Student cell: a SIS or gradebook writes the surname first; both names are the child's
      // ("Garza Leal, Marisol", "Treviño, José Ángel": a surname or a first name of two words too).
      const lastFirst = where !== 'prose' ? name.match(surnameCommaFirst) : null;
      // The name without the nickname after it ("Jamarcus" of `Jamarcus "J-Mo"`).
      const beforeNickname = nickname ? value.slice(0, value.search(quotedTail)).trim() : '';
      const pushName = (text: string, parts?: string[], caseInsensitive?: true) =>
        push(found, { kind, text, start: at, reason, scope: 'global', parts, caseInsensitive });
      if (lastFirst) {
        const first = lastFirst[2] as string;
        const last = lastFirst[1] as string;
        // A SIS list writes surnames in capitals ("ARELLANO MENDOZA, Luis Ángel"); prose writes them titled.
        const titled = /^[\p{Lu}\s'’-]+$/u.test(last)
          ? last.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase())
          : last;
        const surnames = titled === last ? [last] : [last, titled, `${titled}, ${first}`];
        pushName(name, [`${first} ${last}`, `${first} ${titled}`, first, ...surnames, ...(nickname ? [nickname] : [])]);
      } else if (nickname && nameShape.test(beforeNickname)) pushName(beforeNickname, [nickname]);
      // A name with an initial or of two words is the same child in lower case ("brooklyn s.").
      else if (nameShape.test(name)) pushName(name, undefined, /\s/.test(name) && where !== 'prose' ? true : undefined);
      break;
    }
    case 'studentId':
    case 'lunchNumber':
      for (const v of allMatches(kind === 'lunchNumber' ? lunchValue : idToken, value))
        push(found, { kind, text: v[0], start: at + v.index, reason, scope: 'global' });
      // A code no ID pattern knows ("V-31.224.875", "F419KTR") is still the child's wherever it is written again
      // (the AI's boleta repeats it): global when it is shaped as a code (lib/redaction/unlabelled-columns.ts).
      if (found.length === 0 && where !== 'prose' && /\d/.test(value) && value.length <= 24)
        push(found, {
          kind,
          text: value,
          start: at,
          reason,
          scope: kind === 'studentId' && isCodeShaped(value) ? 'global' : 'local',
        });
      // A lunch column's status is the free/reduced-lunch status the number would have revealed.
      if (found.length === 0 && kind === 'lunchNumber' && where !== 'prose' && frlStatus.test(value))
        push(found, { kind, text: value, start: at, reason, scope: 'local' });
      break;
    case 'dateOfBirth': {
      if (dateAlone.test(value) && isPlausibleBirthYear(value)) {
        push(found, { kind, text: value, start: at, reason, scope: 'global' });
        break;
      }
      // "Sept 14 (2021)", "05/23/2017 (May 23, 2017)": a birthday cell with its year or the date written again.
      const again = value.match(dateWithAside);
      if (again && isPlausibleBirthYear(again[2] as string)) {
        // The date before the aside alone only with its year: "Sept 14" alone may be any event's day.
        const first = again[1] as string;
        if (/\d{4}/.test(first)) push(found, { kind, text: first, start: at, reason, scope: 'global' });
        push(found, { kind, text: value, start: at, reason, scope: 'global' });
      }
      break;
    }
    case 'email':
    case 'phone':
      // An office's line with its extension, unless the column or key names the family (office-extensions.ts).
      if (kind === 'phone' && endsInExtension(value) && !familyCue.test(reason.detail)) break;
      if (where !== 'prose' && /[\d@]/.test(value) && value.length <= 60)
        push(found, { kind, text: value, start: at, reason, scope: 'global' });
      break;
    case 'grade':
      // A cell under "Score" or the value of `quizScore` is a score whatever it looks like; after "Grade:" in
      // prose it must look like one ("B+", "62%"), so a lesson plan's "Grade: 5" stays.
      // A course or exam's title under "Exam" or "Test" ("AP Calculus AB", "Algebra II") names the test, not a mark.
      if (courseTitle.test(value)) break;
      if (where !== 'prose' ? value.length <= 24 : !gradeLevel.test(value) && scoreShape.test(value))
        push(found, { kind, text: value, start: at, reason, scope: 'local' });
      break;
    case 'health':
    case 'specialEducation':
    case 'address':
    case 'custom':
      if (value.length <= 80)
        push(found, {
          kind,
          text: value,
          start: at,
          reason,
          scope:
            (kind === 'address' && value.length > 8) ||
            (kind === 'health' && where !== 'prose' && isDistinctHealthValue(value))
              ? 'global'
              : 'local',
        });
      break;
  }
  return found;
}
