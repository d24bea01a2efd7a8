import { normaliseKey, type Detection } from './detection';
import { startsWithHealthOrPlan } from './sensitive-terms';
import { allMatches, hasCapitalThenSmall } from './all-matches';
import { compiledEarly } from './compiled-early';
import { foldedLowerCase, mayHoldAnyWord } from './folded-text';
import { compromiseLexicon } from './compromise-lexicon';
import { taggedPeopleIn } from './people-tagger';

/**
 * Person names the text ties to a student or a family. A capitalised word is not enough ("5th Grade Fractions
 * Lesson Plan"); a name counts when a cue sits right beside it: "my student Maria", "her son Leo", "Jamal
 * (period 3)", "Sofía's IEP", "Maria scored 62%", "Dear Mrs. Patel", "la mamá de Lucía", "mi alumna Carmen".
 * compromise (English person-name tagging) runs only on the few sentences that carry a class cue without a
 * name slot ("In period 3, …"), to find the names in them: never on the whole trace.
 */

/**
 * One word of a name: "Maria", "O'Brien", "D'Angelo", "DeShawn", "McKenzie", "Jun-ho", "Al-Sayed". A
 * possessive "'s" is not part of it, so a cue after the name ("Zuzia's mom") starts where the name ends.
 */
const nameWord = String.raw`\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:-\p{L}[\p{Ll}\p{M}]+)?`;
/** A name of one to three words, with particles ("de la Cruz", "van der Berg") and a nickname ("Isabella "Izzy" Moreno"). */
const name = String.raw`${nameWord}(?:\s+(?:["“(]\p{Lu}[\p{L}'’-]+["”)]\s+)?(?:(?:de\s+la|de\s+los|de|del|van\s+der|van\s+den|van|von|da|di|le|la)\s+)?${nameWord}){0,2}`;
const honorific = String.raw`(?:Mr|Mrs|Ms|Mx|Dr|Sr|Sra|Srta)\.?`;
const leadingName = new RegExp(`^${name}`, 'u');
const anyName = compiledEarly(new RegExp(`(?<![\\p{L}])${name}`, 'gu'));
const nameWithHonorific = new RegExp(`(?<![\\p{L}])((?:Mr|Mrs|Ms|Mx|Dr|Sr|Sra|Srta)\\.?\\s+)?(${name})`, 'gu');
const nameList = String.raw`${name}(?:\s*,\s*${name})*(?:,?\s+(?:and|y|&)\s+${name})?`;
const ordinalGrade = String.raw`(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)`;

interface Cue {
  kind: 'studentName' | 'parentName';
  /** 'before': the cue follows the name and is tried, sticky, right after each capitalised sequence. */
  position: 'after' | 'before';
  /** Group "n" holds the name or the list of names. */
  re: RegExp;
  /** A cheap test a line must pass before `re` runs (the full patterns cost ~10 µs a word on long texts). */
  hint: RegExp;
  /**
   * The words of a hint made by `hintOf`, in lower case: the line passes when its lower-case copy holds one
   * (`passesHint`). Absent for a hint written by hand (a pattern with a capital after the words).
   */
  hintWords?: readonly string[];
  /** 'after' cues: the sticky pattern reading the name or list at the cue's end. */
  names?: RegExp;
  /** The list after the cue counts only when most of its names are first names compromise knows. */
  needsFirstNames?: boolean;
  /** 'after' cues: what must follow the name (sticky), e.g. the comma or colon that ends a salutation. */
  follow?: RegExp;
  /** 'before' cues: a test of the text right after the cue (where `re` stopped). */
  then?: (text: string, at: number) => boolean;
}

/**
 * The name (or list) after an 'after' cue is read by one shared sticky pattern at the cue's end: one compiled
 * name pattern instead of one per cue (each compiled copy of the Unicode name classes cost milliseconds on the
 * first scan of a session).
 */
const nameAt = new RegExp(name, 'uy');
const nameListAt = new RegExp(nameList, 'uy');

const after = (kind: Cue['kind'], cue: string, names = name, hint?: RegExp): Cue => ({
  kind,
  position: 'after',
  re: new RegExp(cue, 'gu'),
  names: names === nameList ? nameListAt : nameAt,
  ...(hint ? { hint } : hintOf(cue)),
});
const before = (kind: Cue['kind'], cue: string, hint?: RegExp): Cue => ({
  kind,
  position: 'before',
  re: new RegExp(cue, 'uy'),
  ...(hint ? { hint } : hintOf(cue)),
});

/**
 * True when `text` may hold the cue: one of its hint words in the line's lower-case copy (folded-text.ts, one
 * copy per line for every cue), or its hand-written hint.
 *
 * Why (measured 1 Dec 2026, Node 20): a line was tested with each cue's case-insensitive hint pattern in turn,
 * some forty patterns a line; `includes` on one lower-case copy is native string work. It says yes wherever the
 * pattern does: every character a non-unicode `/i` pattern matches to a lower-case letter of a word lower-cases
 * to that letter, so the copy holds the word; it may say yes where the pattern would not, and then `re` decides.
 */
function passesHint(cue: Cue, text: string): boolean {
  return cue.hintWords ? mayHoldAnyWord(text, cue.hintWords) : cue.hint.test(text);
}

/** The longest plain word of each alternative of a cue, as one case-insensitive test, and those words. */
function hintOf(cue: string): Pick<Cue, 'hint' | 'hintWords'> {
  // Regex syntax is not text: "\\bDear" is "Dear", "(?:" and "(?<cue>" open groups, not a "(" in the line.
  // An optional letter ("students?") or a class ("[Ss]tudent", "alumn[oa]") is left out of the word.
  const literal = cue
    .replace(/\\[a-zA-Z]/g, ' ')
    .replace(/\(\?(?:[:=!]|<?[=!]|<\w+>)/g, ' ')
    .replace(/\p{L}\?/gu, '')
    .replace(/\[[^\]]*\]/g, '');
  const words = literal.match(/[a-záéíóúñ]{3,}|['’(,]/gi) ?? [];
  const distinct = [...new Set(words.map((w) => w.toLowerCase()))].filter(
    (w) => !['and', 'the', 'named', 'called', 'like', 'llamad', 'is'].includes(w),
  );
  return distinct.length
    ? { hint: new RegExp(distinct.map((w) => w.replace(/[()']/g, '\\$&')).join('|'), 'i'), hintWords: distinct }
    : { hint: /./ };
}

const cues: Cue[] = [
  // Name after the cue.
  after(
    'studentName',
    String.raw`\b(?:[Mm]y|[Oo]ur|[Tt]his|[Tt]hat|[Oo]ne|[Nn]ew|[Tt]he|[Aa]n?)\s+(?:student|pupil|learner|kid|child|mentee|${ordinalGrade}[- ]grader)\s*[,:—-]?\s*(?:named\s+|called\s+)?`,
  ),
  after(
    'studentName',
    String.raw`\b(?:[Mm]y|[Oo]ur|[Tt]wo|[Tt]hree|[Ff]our|[Ss]ome)\s+(?:students|pupils|kids|learners)\s*[,:—-]?\s*(?:named\s+|called\s+|like\s+)?`,
    nameList,
  ),
  after('studentName', String.raw`\b[Ss]tudents?\s*(?:named\s+|called\s+|[:—-]\s*)?`, nameList),
  after(
    'studentName',
    String.raw`\b(?:[Hh]er|[Hh]is|[Tt]heir|[Yy]our|[Mm]y)\s+(?:son|daughter|child|kid|stepson|stepdaughter|grandson|granddaughter)\s*,?\s*`,
  ),
  after(
    'studentName',
    String.raw`\b(?:[Mm]i|[Tt]u|[Nn]uestr[oa]|[Ee]l|[Ll]a|[Uu]n|[Uu]na|[Ee]st[ea]|[Oo]tr[oa])\s+(?:alumn[oa]|estudiante|niñ[oa]|chic[oa])\s*,?\s*(?:llamad[oa]\s+)?`,
  ),
  after(
    'studentName',
    String.raw`\b(?:[Mm]is|[Nn]uestr[oa]s|[Ll]os|[Ll]as)\s+(?:alumn[oa]s|estudiantes)\s*,?\s*(?:llamad[oa]s\s+)?`,
    nameList,
  ),
  after('studentName', String.raw`\b(?:[Ss]u|[Mm]i|[Tt]u)\s+(?:hij[oa]|niñ[oa]|niet[oa])\s*,?\s*`),
  // What a teacher asks the AI to write for a child: "feedback for Jaxon", "a plan for Kai, Luna and Mateo".
  after(
    'studentName',
    String.raw`\b(?:feedback|comments?|report card comments?|narratives?|notes?|praise|reminders?|plans?|goals?|accommodations?|progress (?:report|notes?)|(?:standards|quarterly|Q[1-4]|term|trimester|mid-year|end-of-year) report|evaluation|behaviou?r (?:plan|notes?|log)|(?:small[- ]group|intervention|reading|support|IEP|504) plan|comentarios?|observaciones|informe|plan de (?:apoyo|refuerzo|trabajo|mejora)|refuerzo|apoyo)\s+(?:for|about|on|para|sobre|de)\s+`,
    nameList,
    // The cue words followed by a capital: "for", "about" alone are in every line.
    /(?:feedback|comments?|narratives?|notes?|praise|reminders?|plans?|goals?|accommodations?|report|log|comentarios?|observaciones|informe|apoyo|refuerzo|mejora|trabajo)\s+(?:for|about|on|para|sobre|de)\s+\p{Lu}/iu,
  ),
  // A letter about a child: "I'm writing about Mateo", "le escribo sobre Mateo" (a first name compromise knows).
  {
    ...after(
      'studentName',
      String.raw`\b(?:writing|write|talk|speak|calling|concerned|worried|escribo|escribir|hablar|llamo|preocupad[oa])\s+(?:to you\s+|con usted\s+)?(?:about|regarding|sobre|acerca de|por)\s+`,
      name,
      /(?:writing|write|talk|speak|calling|concerned|worried|escribo|escribir|hablar|llamo|preocupad)\w*\s+(?:to you\s+|con usted\s+)?(?:about|regarding|sobre|acerca de|por)\s+\p{Lu}/iu,
    ),
    needsFirstNames: true,
  },
  // A numbered child named beside the number: "Student 3 (Bryce) has…", "Alumno 2: Iker".
  after(
    'studentName',
    String.raw`\b(?:[Ss]tudent|[Kk]id|[Cc]hild|[Aa]lumn[oa]|[Ee]studiante)\s+#?\d{1,2}\s*[(:—–-]\s*`,
  ),
  // A report headed by the child: "Progress report — Deshawn Ellis", "Informe de evaluación: Pau Soler".
  after(
    'studentName',
    String.raw`\b(?:[Pp]rogress report|[Rr]eport card|IEP|504 plan|[Bb]ehaviou?r (?:plan|log|report|contract)|[Ii]ncident report|[Ii]nforme(?: de evaluación)?|[Bb]oletín)\s*[—–:-]\s*`,
    name,
    /(?:report|card|IEP|504 plan|plan|log|contract|informe|evaluación|boletín)\s*[—–:-]\s*\p{Lu}/iu,
  ),
  // Lists a teacher keeps: "Absent today: Noah Kim, Liam Ortiz", "Tardy: …", "Ausentes: …".
  after(
    'studentName',
    String.raw`\b(?:[Aa]bsent|[Tt]ardy|[Ll]ate|[Mm]issing work|[Nn]o homework|[Dd]etention|[Aa]usentes?|[Ff]altas?|[Rr]etrasos?)(?:\s+(?:today|this week|hoy))?\s*:\s*`,
    nameList,
    /(?:absent|tardy|late|work|homework|detention|ausentes?|faltas?|retrasos?|today|week|hoy)\s*:/i,
  ),
  // Groups a teacher makes: "Group A: Sienna, Rowan, Theo", "Mesa 2: Lucía, Hugo y Sara" (mostly known first
  // names, so "Group 1: Mercury, Venus, Mars" stays a science lesson).
  {
    ...after(
      'studentName',
      String.raw`\b(?:Group|Table|Team|Pod|Row|Grupo|Mesa|Equipo|Fila)\s+(?:[A-Z]|\d{1,2})\s*[:—–-]\s*`,
      nameList,
    ),
    needsFirstNames: true,
  },
  // A class newsletter's honours and a teacher's "I have … in my class" (sixth part, 1 Dec 2026): "Student of the
  // month: Isabella Funes", "a shout out to Theo Marchand", "En mi grupo tengo a Joaquín Bermúdez que…".
  after(
    'studentName',
    String.raw`\b(?:[Ss]tudents? of the (?:month|week|quarter)|[Ss]tar [Ss]tudents?|[Ss]hout[- ]?outs? to|[Cc]ongrat(?:ulation)?s to|[Aa]lumn[oa]s? del mes|(?:[Ee]n (?:mi|el) (?:grupo|clase|salón|aula) )?[Tt]engo a|[Tt]enemos a)\s*:?\s*`,
    nameList,
    /(?:of the (?:month|week|quarter)|star student|shout[- ]?outs? to|congrat\w* to|del mes|tengo a|tenemos a)\s*:?\s*\p{Lu}/iu,
  ),
  // A parent in a greeting or beside a family word: "Hi Mrs. Patterson,", "Mr. and Mrs. Alvarado".
  // A salutation ends at a comma, a colon or the line's end ("Hi Mrs. Patterson, …"); "Hello Mr. Peanutbutter!"
  // is a cheer to a character, not a letter to a parent.
  {
    ...after(
      'parentName',
      String.raw`\b(?:Hi|Hello|Hey|Good (?:morning|afternoon|evening)|Hola|Buenos días|Buenas tardes)\s+${honorific}\s+`,
      name,
      /(?:hi|hello|hey|morning|afternoon|evening|hola|días|tardes)\s+(?:Mr|Mrs|Ms|Mx|Dr|Sr|Sra|Srta)\b/i,
    ),
    follow: /[ \t]*(?:[,:;—–]|$)/muy,
  },
  after(
    'parentName',
    String.raw`\b(?:note|email|e-mail|letter|message|reply|call|text|conference|meeting)\s+(?:to|with|for)\s+(?:Mr|Mrs|Ms|Mx)\.?\s+(?:(?:and|&)\s+(?:Mr|Mrs|Ms|Mx)\.?\s+)?`,
    name,
    /(?:to|with|for)\s+(?:Mr|Mrs|Ms|Mx)\b/,
  ),
  // "call Mrs. Ferreira about Davi's hearing": a call or e-mail about a child (a colleague is e-mailed without).
  {
    ...after(
      'parentName',
      String.raw`\b(?:[Cc]all|[Ee]-?mail|[Tt]ext|[Pp]hone|[Mm]eet with|[Ll]lamar a|[Ee]scribir a)\s+(?:Mr|Mrs|Ms|Mx|Sr|Sra)\.?\s+`,
      name,
      /(?:call|e-?mail|text|phone|meet with|llamar a|escribir a)\s+(?:Mr|Mrs|Ms|Mx|Sr|Sra)\b/i,
    ),
    follow: /\s+(?:about|regarding|re:?|sobre|acerca de)\s+\p{Lu}/uy,
  },
  after(
    'studentName',
    String.raw`\b(?:Querid[oa]|Dear)\s+(?!(?:${honorific}|Families|Family|Parents|Colleagues|Team|Class|Students|Friends|Familias|Padres|Colegas|Diary|Diario|Sir|Madam|Friend|Reader|Readers|Santa|Editor|Committee|Board|Principal|Teacher|Teachers|Staff|Community|Future|Younger|Mr|Mrs|Ms)\b)`,
  ),
  after(
    'studentName',
    // Capitalised too: a heading starts with it ("Informe de Lucía Herrero:", "Los padres de Gonzalo").
    // The words of a family chat too: "(mami de Yeiry)", "Papi de Enmanuel", "la abuela de Santi" (part 11).
    String.raw`\b(?:[Mm]amá|[Mm]ama|[Mm]adre|[Pp]apá|[Pp]apa|[Pp]adre|[Mm]ami|[Pp]api|[Aa]buel[ao]|[Aa]buelit[ao]|[Tt]í[ao]|[Mm]adrina|[Pp]adrino|[Ff]amilia|[Tt]utor|[Tt]utora|IEP|PEI|[Pp]lan 504|[Nn]ota|[Nn]otas|[Cc]alificación|[Cc]alificaciones|[Cc]umpleaños|[Aa]lergia|[Nn]úmero|ID|[Ee]xpediente|[Bb]oletín|[Ii]nforme|[Cc]omentario|[Ee]valuación|[Tt]utoría|[Ss]eguimiento|[Rr]efuerzo|[Ll]os padres|[Ll]a familia)\s+de\s+`,
  ),
  // "from the abuela of Santi", "mom of Kaylee": a family word of a message list, in lower case.
  after('studentName', String.raw`(?<![\p{L}])(?:mom|mum|grandma|abuela|abuelo|abuelita|mami|papi)\s+of\s+`),
  after('parentName', String.raw`\bDear\s+${honorific}\s+(?:and\s+${honorific}\s+)?`),
  // A letter to a colleague opens with her degree ("Estimada Psic. …", "Estimado Mtro. …"): the degree is no name,
  // and the name after it is then kept as staff (staff-cues.ts) — part 16 lost "Psic." as a parent.
  after(
    'parentName',
    String.raw`\bEstimad[oa]s?\s+(?:(?:${honorific}|señor|señora|(?:Psic|Lic|Licda|Licdo|Mtra|Mtro|Dra|Prof|Profa|Mg|Ing)\.?)\s+)?`,
  ),
  after(
    'parentName',
    String.raw`(?:['’]s|\b[Hh]er|\b[Hh]is|\b[Tt]heir|\b[Tt]he\s+student['’]s)\s+(?:mom|mother|dad|father|parent|guardian|grandmother|grandma|grandfather|grandpa|aunt|uncle|stepmom|stepmother|stepdad|stepfather|foster\s+mom|foster\s+parent)\s*,?\s*(?:is\s+|named\s+)?(?:${honorific}\s+)?`,
  ),
  // A notes line: "Mom is Linh Tran", "Dad: Minh Nguyen", "Mamá: Rosa Díaz".
  after(
    'parentName',
    String.raw`\b(?:Mom|Dad|Mother|Father|Guardian|Grandma|Grandmother|Mamá|Papá|Madre|Padre|Abuela|Tutor|Tutora)\s*(?:is\s+|es\s+|:\s*|\s[-–—]\s*)`,
  ),
  after(
    'parentName',
    String.raw`\b(?:[Ss]u|[Ll]a|[Ee]l)\s+(?:mamá|madre|papá|padre|tutor|tutora|abuela|abuelo|tía|tío)\s*,\s*(?:(?:${honorific}|señor|señora)\s+)?`,
  ),
  // A family word in notes, written in lower case right before the name: "lives w/ grandmother Loretta Pickett",
  // "call dad (Ray Sutter) first", "mom (Shauna) says…", "su mamá Rocío" (fifth part, 1 Dec 2026). Capitalised,
  // "Mother Teresa" and "Father Christmas" are titles.
  after(
    'parentName',
    String.raw`(?<![\p{L}])(?:mom|mum|dad|mother|father|grandmother|grandma|grandfather|grandpa|guardian|stepmom|stepmother|stepdad|stepfather|mamá|papá|madre|padre|abuela|abuelo)\s*(?:\(\s*)?(?=\p{Lu}\p{Ll})`,
    name,
    /(?:mom|mum|dad|mother|father|grand|guardian|mamá|papá|madre|padre|abuel)\w*\s*\(?\s*\p{Lu}/u,
  ),
  // Name before the cue.
  before(
    'studentName',
    String.raw`['’]s\s+(?:mom|mother|dad|father|parents?|guardian|family|grandmother|grandma|IEP|504|grades?|scores?|lunch|allerg\w*|ID|student ID|birthday|reading level|diagnosis|accommodations?|behavior|behaviour|essay|report card|progress|case manager|test|quiz|seizure|inhaler|EpiPen|medication|meds|hearing|vision|eyesight|health|therapy|therapist|speech|diagnosis|absences|attendance|behaviou?r plan|counselor|doctor|pediatrician)\b`,
  ),
  before(
    'studentName',
    String.raw`\s*\((?:period|per\.?|pd\.?|p\d|grade|gr\.|ID|SID|IEP|504|age|lunch|DOB|${ordinalGrade}|periodo|período|grado|edad)\b|\s*\(\d{1,2}\s*\.?\s*[º°ª]\s*(?:[A-H]\b|ESO|EP|de (?:Primaria|ESO|Bachillerato))`,
  ),
  before(
    'studentName',
    String.raw`\s+(?:in|from)\s+(?:(?:my\s+)?(?:period|per\.?)\s*\d|${ordinalGrade}\s+period|homeroom)`,
  ),
  before(
    'studentName',
    String.raw`\s+(?:scored|got an?\b|got (?:Level|Nivel) \d|earned|received an?\b|failed|passed|has an? (?:IEP|504)|has (?:ADHD|autism|dyslexia|asthma|diabetes|epilepsy|anxiety|a \w+ allergy|an IEP)|is allergic|was absent|has been absent|missed \d|turned in|didn['’]t turn in|reads at|is reading at|is an? (?:ELL|English learner|newcomer)|needs (?:extra|more)|struggles|sacó|obtuvo|tiene (?:un |el )?(?:IEP|PEI|plan 504|TDAH|autismo|dislexia|asma|diabetes|alergia)|es alérgic[oa]|faltó|no entregó|entregó|lee a nivel)`,
  ),
  before(
    'studentName',
    String.raw`,\s*(?:a|an|one of my|my|mi|una?)\s+(?:student|pupil|${ordinalGrade}[- ]grader|alumn[oa]|estudiante)\b`,
  ),
  before('studentName', String.raw`\s*[,(]?\s*(?:ID|SID|student ID|Lunch\s*#)\s*[:#]?\s*[A-Z]?\d`),
  // A parent naming herself before the family word: "soy Rosa Elvira Cano, la mamá de Fer", "this is Brenda,
  // Kai's mom" (fifth part, 1 Dec 2026: the mother got her child's kind of pseudonym).
  before(
    'parentName',
    String.raw`\s*,?\s+(?:la|el)\s+(?:mamá|madre|papá|padre|abuela|abuelo|tutora?|tía|tío)\s+de\s+\p{Lu}|\s*,\s*\p{Lu}[\p{L}'’-]+['’]s\s+(?:mom|mother|mum|dad|father|grandma|grandmother|grandpa|grandfather|guardian|aunt|uncle|stepmom|stepdad)\b`,
    /(?:mamá|madre|papá|padre|abuel|tutor|tía|tío)\s+de\s|['’]s\s+(?:mom|mother|mum|dad|father|grand|guardian|aunt|uncle|step)/u,
  ),
  // "Ms. Chen (Lily's mom)", "Ms. Whitaker (mother)": a parent named beside the family word.
  before(
    'parentName',
    String.raw`\s*\((?:[\p{Lu}][\p{L}'’-]+['’]s\s+|de\s+[\p{Lu}][\p{L}-]+,?\s+)?(?:mom|mother|dad|father|parent|guardian|grandma|grandmother|grandpa|grandfather|aunt|uncle|stepmom|stepdad|foster parent|mamá|madre|papá|padre|tutora?|abuel[ao]|tí[ao])\b`,
  ),
  // A child by a condition, a medicine, a plan or a service: "Maddie has Type 1 diabetes", "Jasper takes
  // Adderall XR", "Priscilla was diagnosed with Tourette syndrome", "Linnea is Tier 3 in RTI", "Nora tiene
  // asma". The terms are the ones a sentence about a child is read for (lib/redaction/sensitive-terms.ts), up
  // to three words after the verb ("has had two seizures"). Present tense only: a lesson tells of a public
  // figure in the past ("Helen Keller was deaf", "Roosevelt had polio"), a teacher of a child in the present.
  // A well-known person or character is dropped after.
  {
    ...before(
      'studentName',
      String.raw`\s+(?:has had|has|is|takes|uses|needs|carries|receives|gets|qualifies for|sees \w+ \w+ for|(?:was|has been|is being) (?:diagnosed with|treated for|evaluated for)|tiene|toma|usa|padece|lleva|recibe|necesita|es|está)\s+`,
      /\b(?:has|had|is|was|takes|took|uses|needs|carries|receives|gets|qualifies|sees|diagnosed|treated|evaluated|tiene|toma|usa|padece|lleva|recibe|necesita|es|está)\b/i,
    ),
    // The term lists are matched by their own compiled patterns, within three words of the verb: one copy of
    // those large patterns instead of a second one inside this cue (its compilation cost ~100 ms on the
    // first scan of a session).
    then: termWithinThreeWords,
  },
  // A child by a band of a standards-based report: "Rafe is "approaching" on 4.NF.1".
  before(
    'studentName',
    String.raw`\s+(?:is|was|scored|tested|rates)\s+(?:at\s+)?["“]?(?:approaching|meeting|exceeding|below|well below|not yet meeting|partially meeting|partially proficient|proficient|advanced|below basic)["”]?\s+(?:on|in|for)\s+(?:the\s+)?(?:standard|\d|[A-Z]{2,}|reading|math|writing|ELA)`,
    /approaching|meeting|exceeding|below|proficient|advanced/i,
  ),
  // How a child did or behaved: "Caleb did great on his spelling test", "Ana was sent to the office" (a first
  // name compromise knows: "England improved its navy" is history).
  {
    ...before(
      'studentName',
      String.raw`\s+(?:did (?:great|well|poorly|better|worse|not)|improved|is (?:struggling|failing|behind|doing|working on|reading|absent|out)|has been (?:absent|struggling|out|working)|was (?:sent|tardy|late|out|suspended|disruptive)|has (?:\d+ )?missing|hasn['’]t (?:turned|handed|finished)|refused|forgot (?:his|her)|lost (?:his|her)|hit|pushed|bit|cried|ha (?:sacado|suspendido|aprobado|faltado|mejorado)|suspendió|aprobó|mejoró)\b`,
    ),
    needsFirstNames: true,
  },
  // A teacher judging a child's work: "Thiago wrote a strong intro", "Mara turned in a confusing draft" (a
  // judgement and a piece of school work: an author "wrote a great novel", not "a strong thesis").
  {
    ...before(
      'studentName',
      String.raw`\s+(?:wrote|writes|turned in|handed in|submitted|gave|drafted|revised|presented|entregó|escribió|hizo)\s+(?:a|an|his|her|their|the|un|una|su)\s+(?:very\s+|really\s+|muy\s+)?(?:strong|weak|great|good|clear|solid|thoughtful|creative|careful|messy|excellent|detailed|confusing|incomplete|rushed|short|vague|buen[oa]?|mal[oa]?|excelente|flojo|floja)\s+(?:intro|introduction|thesis|paragraph|essay|draft|conclusion|response|answer|summary|lab report|hook|topic sentence|argument|redacción|introducción|conclusión|respuesta|resumen|párrafo|trabajo)\b`,
      /wrote|writes|turned in|handed in|submitted|gave|drafted|revised|presented|entregó|escribió|hizo/i,
    ),
    needsFirstNames: true,
  },
  // A name right after a student ID: "ID S-20931 belongs to Keanu Albright", "Student ID 55120 (Nora Vance)".
  after(
    'studentName',
    String.raw`(?<![\p{L}])(?:ID|SID|[Ss]tudent (?:ID|#|[Nn]o\.?)|NIA)\s*[:#]?\s*(?:[A-Z]{1,3}-?)?\d[\d-]{3,}\s*(?:\(\s*|[—–]\s*|-\s+|belongs to\s+|is\s+|es (?:de\s+)?|pertenece a\s+)`,
    name,
    /(?:ID|[Ss]tudent|NIA)\s*[:#]?\s*[A-Z]{0,3}-?\d/,
  ),
  // "Ava, who struggles with multiplication", "Leo, who has an IEP".
  before(
    'studentName',
    String.raw`,\s+who\s+(?:struggles|has (?:an? )?(?:IEP|504|ADHD|autism|dyslexia|asthma)|needs (?:extra|more|help|support)|is (?:reading (?:at|below|above)|failing|struggling|absent|an? (?:ELL|English learner|newcomer))|reads (?:at|below|above)|missed \d|forgot (?:his|her))\b`,
  ),
  // A report-card list line: "Sergio Vidal: 6,5 en matemáticas", "Olivia Brooks: B+ in reading".
  before(
    'studentName',
    String.raw`\s*[:—–]\s*(?:(?:[A-F][+-]?|\d{1,3}(?:[.,]\d{1,2})?\s*%?)\s+(?:in|en|on)\s+\p{L}|[A-F][+-]?(?=[.;,]|\s*$)|\d{1,3}(?:[.,]\d)?\s*\/\s*\d{1,3}(?![\d/]))`,
    /[:—–]/,
  ),
];

/** Words a condition may sit behind: "has had two seizures", "tiene una adaptación", "is on the autism spectrum". */
const wordBeforeTerm = /[\p{L}\d-]+\s+/uy;

/** True when a health or plan term (or an allergy) starts within three words of `at`. */
function termWithinThreeWords(text: string, at: number): boolean {
  let pos = at;
  for (let k = 0; k <= 3; k++) {
    if (startsWithHealthOrPlan(text, pos)) return true;
    wordBeforeTerm.lastIndex = pos;
    if (!wordBeforeTerm.test(text)) return false;
    pos = wordBeforeTerm.lastIndex;
  }
  return false;
}

/** Sentences that are about a class or a family without a name slot: compromise finds the names in them. */
const classCue =
  /\b(?:period\s*\d|(?:1st|2nd|3rd|[4-8]th)\s+period|IEP|504|absent|tardy|parent[- ]teacher|conference|detention|referral|seating chart|reading group|small group|pull[- ]out|homeroom|periodo\s*\d|ausente|reunión con|lunch\s*(?:#|number))\b/iu;

/** A word after a name that makes it a school, a place or an event ("Lincoln Elementary", "Dahl Day"). */
const institutionWords =
  'Elementary|Middle|High|School|Academy|District|Museum|Park|Library|University|College|Center|Centre|County|Day|Week|Unit|Festival|Fair|Break|Holiday|Project|Colegio|Instituto|Escuela';
const institutionAfter = new RegExp(String.raw`\s+(?:${institutionWords})\b`, 'uy');
const institutionWithin = new RegExp(String.raw`\s(?:${institutionWords})$`, 'u');

/** Words a capitalised sequence may begin with that never start a child's name. */
const notAName = new Set(
  (
    'The This That These Those A An My Our Your His Her Their He She They It We I You Students Student Class Period ' +
    'Grade Today Tomorrow Yesterday Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March ' +
    'April May June July August September October November December Dear Hello Hi Thanks Thank Please Also And But ' +
    'Or If When Then So Yes No Here There What Which Who Everyone Everybody All Each Every Some Both Lesson Unit Plan ' +
    'Math Science English Spanish Reading Writing History IEP Parent Parents Family Families Mom Dad Team ' +
    'El La Los Las Un Una Mi Mis Su Sus Este Esta Hoy Lunes Martes Miércoles Jueves Viernes Hola Gracias Clase ' +
    'Estudiante Estudiantes Alumno Alumna Alumnos Padres Familia Mr Mrs Ms Dr Sr Sra Ella Él Ellos Nosotros ' +
    'Chapter Page Part Section Step Question Answer Note Notes Goal Goals Objective Objectives Materials Warm Exit ' +
    'Level Team Group Table Row Station Round Week Day Term Quarter Semester Nivel Equipo Grupo Mesa Fila Semana ' +
    // School subjects and holidays a cue may stand before ("Informe de Ciencias", "a plan for Thanksgiving").
    'Art Music PE Geography Biology Chemistry Physics Algebra Geometry Ciencias Matemáticas Lengua Historia ' +
    'Geografía Inglés Música Plástica Física Química Biología Tecnología Religión Francés Literatura Sociales ' +
    'Naturales Thanksgiving Christmas Halloween Easter Hanukkah Kwanzaa Passover Ramadan Diwali Navidad Pascua'
  ).split(' '),
);

/** True for words that never start a child's name ("The", "Lesson", "Materials"). */
export function notANameWord(word: string): boolean {
  return notAName.has(word.replace(/[.'’:]+$/, '')) || notAName.has(titleCaseWord(word));
}

function titleCaseWord(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export interface ContextName {
  kind: 'studentName' | 'parentName';
  text: string;
  start: number;
  cue: string;
}

function splitNames(list: string, listStart: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = new RegExp(name, 'gu');
  for (const m of allMatches(re, list)) out.push({ text: m[0], start: listStart + m.index });
  return out;
}

/** Drops a leading non-name word ("This Maria" → "Maria") and a trailing possessive. */
function cleanName(text: string, start: number): { text: string; start: number } | null {
  let words = text.split(/\s+/);
  let offset = 0;
  while (words.length && notAName.has((words[0] as string).replace(/[.'’]+$/, ''))) {
    offset += (words[0] as string).length + 1;
    words = words.slice(1);
  }
  while (words.length && notAName.has(words[words.length - 1] as string)) words = words.slice(0, -1);
  const cleaned = words.join(' ').replace(/['’]s$/u, '');
  if (cleaned.replace(/[^\p{L}]/gu, '').length < 2) return null;
  return { text: cleaned, start: start + offset };
}

/**
 * "Jace R. threw a chair", "sat with Mila K.": a first name and an initial is how teachers write a child in
 * notes. Not a word compromise knows as something else, nor the labels of geometry and lessons ("Point A.").
 */
const firstNameAndInitial = /(?<![\p{L}.])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) \p{Lu}\.(?=\s+\p{Ll}|[,;:)]|\s*$)/gmu;
const notBeforeInitial = new Set(
  (
    'Vitamin Type Exhibit Appendix Option Figure Station Column Model Version Room Building Hall Wing Block Gate ' +
    'Zone Area Phase Stage Form Side Point Line Angle Triangle Segment Ray Plane Vertex Set Box Case Plan Grade ' +
    'Level Group Team Table Row Unit Lesson Part Section Chapter Step Question Answer Problem Exercise Hepatitis'
  ).split(' '),
);

// A module-level regex: esbuild (tsx: the bench, scripts) rewrites a `\p{…}` literal inside a function as
// `new RegExp` on every call (scan10).
const spaceCapitalDot = / \p{Lu}\./u;

function findInitialNames(text: string): ContextName[] {
  const out: ContextName[] = [];
  if (!spaceCapitalDot.test(text)) return out;
  for (const m of allMatches(firstNameAndInitial, text)) {
    const first = m[1] as string;
    if (notAName.has(first) || notBeforeInitial.has(first)) continue;
    const tag = lexiconTag(first.split('-')[0]!);
    if (tag !== undefined && !firstNameTags.has(tag)) continue;
    out.push({ kind: 'studentName', text: m[0], start: m.index, cue: 'a first name and an initial' });
  }
  return out;
}

/**
 * A name typed in lower case right after a cue that can only precede a child ("my student jayden", "mi
 * alumna sofía", "her son leo"): one word, or two when compromise knows the second as a last name or not at
 * all; never a word it knows as something else ("my student athletes", "my student who…").
 */
const lowerCaseCueWords = String.raw`(?:(?:my|our|this|that)\s+(?:student|pupil|kid|son|daughter)|(?:her|his)\s+(?:son|daughter)|student\s+named|(?:mi|nuestr[oa]|est[ea])\s+(?:alumn[oa]|estudiante|hij[oa])|(?:su)\s+(?:hij[oa]))`;
const lowerCaseCue = new RegExp(
  String.raw`\b${lowerCaseCueWords}\s*,?\s+(\p{Ll}[\p{Ll}'’-]{1,20})(?:\s+(\p{Ll}[\p{Ll}'’-]{1,20}))?`,
  'giu',
);
/**
 * The cue words alone, looked for in the lower-case copy of a text (folded-text.ts) before the pattern above
 * runs: a lesson's "the students" holds no cue. Without the unicode flag (faster, measured 1 Dec 2026) while the
 * cues are plain words; with it if a cue ever needs a property class, a negated class or a dot.
 */
const lowerCaseCueTest = compiledEarly(
  new RegExp(lowerCaseCueWords, /\\[pPu]|\[\^|(?<!\\)\./.test(lowerCaseCueWords) ? 'iu' : 'i'),
);

function findLowerCaseNames(text: string): ContextName[] {
  const out: ContextName[] = [];
  if (!lowerCaseCueTest.test(foldedLowerCase(text))) return out;
  for (const m of allMatches(lowerCaseCue, text)) {
    const first = m[1] as string;
    if (first !== first.toLowerCase()) continue;
    const firstTag = lexiconTag(first);
    if (firstTag !== undefined && !firstNameTags.has(firstTag)) continue;
    if (notAName.has(titleCaseWord(first))) continue;
    const second = m[2];
    const secondTag = second ? lexiconTag(second) : 'none';
    const text2 = second && (secondTag === undefined || secondTag === 'LastName') ? `${first} ${second}` : first;
    out.push({
      kind: 'studentName',
      text: text2,
      start: m.index + m[0].lastIndexOf(first, m[0].length - (m[2]?.length ?? 0)),
      cue: m[0].slice(0, m[0].indexOf(first)).trim(),
    });
  }
  return out;
}

/** Names tied to a student or family by a cue beside them. */
export function findCuedNames(text: string): ContextName[] {
  const lower = /student|pupil|kid|son|daughter|alumn|estudiante|hij/i.test(text) ? findLowerCaseNames(text) : [];
  // No capital followed by a small letter: no name can start here.
  if (!hasCapitalThenSmall(text)) return lower;
  const out: ContextName[] = [...lower, ...findInitialNames(text)];
  const beforeCues = cues.filter((c) => c.position === 'before' && passesHint(c, text));
  if (beforeCues.length > 0) {
    // One pass over the capitalised sequences; each cue is tried only where one ends (far cheaper than
    // letting every cue pattern search the whole line for a name in front of it).
    for (const m of allMatches(anyName, text)) {
      const end = m.index + m[0].length;
      const cue = beforeCues.find((c) => {
        if (c.needsFirstNames && !isKnownFirstName(m[0].split(/\s+/)[0]!)) return false;
        c.re.lastIndex = end;
        return c.re.test(text) && (!c.then || c.then(text, c.re.lastIndex));
      });
      if (!cue) continue;
      cue.re.lastIndex = end;
      const cueText = cue.re.exec(text)?.[0] ?? '';
      const cleaned = cleanName(m[0], m.index);
      if (cleaned) out.push({ kind: cue.kind, ...cleaned, cue: cueText.trim() });
    }
  }
  for (const cue of cues) {
    if (cue.position === 'before' || !passesHint(cue, text)) continue;
    const lists: { cue: string; names: { text: string; start: number }[]; firstNames: boolean }[] = [];
    for (const m of allMatches(cue.re, text)) {
      const listStart = m.index + m[0].length;
      const reader = cue.names ?? nameAt;
      reader.lastIndex = listStart;
      const list = reader.exec(text)?.[0];
      if (!list) continue;
      institutionAfter.lastIndex = listStart + list.length;
      if (institutionAfter.test(text)) continue;
      if (cue.follow) {
        cue.follow.lastIndex = listStart + list.length;
        if (!cue.follow.test(text)) continue;
      }
      const names = splitNames(list, listStart);
      const known = names.filter((n) => isKnownFirstName(n.text.split(/\s+/)[0]!)).length;
      lists.push({ cue: m[0].trim(), names, firstNames: known * 2 >= names.length });
    }
    // "Row A — Mila, Jonah, Ezra. Row B — Leo, Hazel, Arjun": once one list of a line is of first names, the
    // lists after the same cue on that line are children too.
    if (cue.needsFirstNames && !lists.some((l) => l.firstNames)) continue;
    for (const l of lists)
      for (const n of l.names) {
        if (institutionWithin.test(n.text)) continue;
        const cleaned = cleanName(n.text, n.start);
        if (cleaned) out.push({ kind: cue.kind, ...cleaned, cue: l.cue });
      }
  }
  return out;
}

/**
 * compromise's own lexicon: ~4,000 first and last names, read without running its tagger (a copy made at build
 * time: compromise-lexicon.ts). Its values are strings, or arrays for the few words with several tags.
 */
const lexicon = compromiseLexicon as Record<string, string>;
const firstNameTags = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person']);

// A module-level regex: esbuild (tsx: the bench, scripts) rewrites a `\p{…}` literal inside a function as
// `new RegExp` on every call (scan10).
const combiningMarks = /\p{M}/gu;

/** compromise's tag of `word` in its lexicon ("FemaleName", "Noun"), or undefined when it does not know it. */
export function lexiconTag(word: string): string | undefined {
  const lower = word.toLowerCase();
  return lexicon[lower] ?? lexicon[lower.normalize('NFD').replace(combiningMarks, '')];
}

/** True when compromise's lexicon knows `word` as a person's first name ("maria", "kevin"). */
export function isKnownFirstName(word: string): boolean {
  const tag = lexiconTag(word);
  return tag !== undefined && firstNameTags.has(tag);
}

/** Tagger results per sentence: a preview and the export that follows it scan the same text twice. */
const taggerCache = new Map<string, { text: string; offset: { start: number } }[]>();
/** compromise's tagger costs milliseconds a sentence: it runs on at most this many sentences per scan. */
const taggerBudgetPerScan = 12;
/**
 * The sentences this scan has given to the tagger, cached or not. The budget counts them all, so a scan's findings
 * depend only on its text: were cached sentences free, a second scan (the export after its preview) would tag more
 * sentences than the first and redact names the teacher never saw in the preview.
 */
const sentencesTaggedThisScan = new Set<string>();

/** Starts a new scan's tagger budget. */
export function resetNameTaggerBudget(): void {
  sentencesTaggedThisScan.clear();
}

function taggedPeople(sentence: string): { text: string; offset: { start: number } }[] {
  if (!sentencesTaggedThisScan.has(sentence)) {
    if (sentencesTaggedThisScan.size >= taggerBudgetPerScan) return [];
    sentencesTaggedThisScan.add(sentence);
  }
  const cached = taggerCache.get(sentence);
  if (cached) return cached;
  const people = taggedPeopleIn(sentence);
  if (taggerCache.size > 500) taggerCache.clear();
  taggerCache.set(sentence, people);
  return people;
}

/**
 * Person names in the sentences of `text` that carry a class cue ("In period 3, Maria and Jamal…") or sit on a
 * line with other student details (`hasDetails`). A capitalised sequence is a name when compromise's lexicon
 * knows its first word as a first name (or, for two words or more, its last as a last name); only sentences
 * where the lexicon settles nothing go to compromise's tagger, within a small budget per scan.
 */
export function findNamesNearClassCues(text: string, hasDetails: boolean): ContextName[] {
  const out: ContextName[] = [];
  const sentences = hasDetails ? [{ text, start: 0 }] : sentencesWithCue(text);
  for (const s of sentences) {
    const cue = s.text.match(classCue)?.[0] ?? 'student details on this line';
    let settled = false;
    let sawCandidate = false;
    for (const m of allMatches(nameWithHonorific, s.text)) {
      const honor = m[1];
      const cleaned = cleanName(m[2] as string, s.start + m.index + (honor?.length ?? 0));
      if (!cleaned) continue;
      sawCandidate = true;
      const words = cleaned.text.split(/\s+/);
      const first = lexiconTag(words[0] as string);
      const last = words.length > 1 ? lexiconTag(words[words.length - 1] as string) : undefined;
      if ((first && firstNameTags.has(first)) || last === 'LastName' || (honor && words.length >= 1)) {
        out.push({ kind: honor ? 'parentName' : 'studentName', ...cleaned, cue });
        settled = true;
      }
    }
    if (settled || !sawCandidate) continue;
    for (const p of taggedPeople(s.text)) {
      const honorMatch = p.text.match(new RegExp(`^${honorific}\\s+`, 'u'));
      // compromise keeps glued punctuation ("Ava Thompson,S1042231,62%"): only the leading name counts.
      const bare = (honorMatch ? p.text.slice(honorMatch[0].length) : p.text).match(leadingName)?.[0];
      if (!bare) continue;
      const cleaned = cleanName(bare, s.start + p.offset.start + (honorMatch ? honorMatch[0].length : 0));
      if (cleaned) out.push({ kind: honorMatch ? 'parentName' : 'studentName', ...cleaned, cue });
    }
  }
  return out;
}

/**
 * "Kayla Simmons" in "Kayla Simmons (Tyler's table partner) reported…": a first and last name (the first known
 * to compromise's lexicon as a first name) in a sentence that already names a child is a classmate.
 */
export function findClassmateNames(sentence: string): ContextName[] {
  const out: ContextName[] = [];
  for (const m of allMatches(anyName, sentence)) {
    const cleaned = cleanName(m[0], m.index);
    if (!cleaned) continue;
    const words = cleaned.text.split(/\s+/);
    if (words.length < 2) continue;
    // "… by Kate DiCamillo", "«Manolito Gafotas» de Elvira Lindo": the author of what the class reads.
    if (
      /(?:\b(?:by|por|author|autor|autora)|["”»']\s*de)\s+$/iu.test(
        sentence.slice(Math.max(0, cleaned.start - 24), cleaned.start),
      )
    )
      continue;
    const first = lexiconTag(words[0] as string);
    if (first && firstNameTags.has(first))
      out.push({ kind: 'studentName', ...cleaned, cue: 'in a sentence about a student' });
  }
  return out;
}

function sentencesWithCue(text: string): { text: string; start: number }[] {
  if (!classCue.test(text)) return [];
  const out: { text: string; start: number }[] = [];
  const re = /[^.!?\n]+[.!?]*/g;
  for (const m of allMatches(re, text)) if (classCue.test(m[0])) out.push({ text: m[0], start: m.index });
  return out;
}

/** A Detection for a context name, with its parts (first and last name) to find alone elsewhere. */
export function toDetection(n: ContextName): Detection {
  const parts = n.text
    .split(/[\s]+/)
    .map((p) => p.replace(/^["“(]|["”)]$/gu, ''))
    .filter((p) => p.replace(/[^\p{L}]/gu, '').length >= 3 && !/^(?:de|del|la|van|von|da)$/i.test(p));
  return {
    kind: n.kind,
    text: n.text,
    start: n.start,
    key: normaliseKey(n.text),
    reason: { code: n.kind === 'parentName' ? 'parentCue' : 'studentCue', detail: n.cue },
    scope: 'global',
    parts: parts.length > 1 ? parts : undefined,
  };
}
