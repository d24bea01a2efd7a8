import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';
import { isWordProblem } from './word-problems';
import { nationalScaleMarksInLine } from './national-scale-marks';

/**
 * Marks that measure one child's performance, in the shapes teachers, therapists and counsellors write them
 * when no sentence cue ties the mark to a child (parts 10 and 11, 1 Dec 2026: kindergarten letter counts, speech
 * therapy accuracy, a counsellor's caseload, a transcript, a comment bank's score rows):
 * - skills counted: "knows 48 of 52 letters and 22 sounds", "identified 14 of 52 letters", "(0 de 26 letras)",
 *   "Letter ID: 14/52", "read 3 of the 40 Dolch words";
 * - accuracy and change: "60% accuracy", "35% of the time", "60% de precisión", "up from 35%";
 * - one mark said of a person: "currently a 64", "47 right now", "a 47 in AP Physics", "a 5 on the AP exam",
 *   "98 in the class", "— 62 in Algebra II";
 * - named tests and transcripts: "SAT 1210", "TSI reading 342", "GPA: 3.18", "3.18 unweighted", "Class rank:
 *   112/468", "puntuación estándar 78", "AP US History ........ B+";
 * - score rows: "Lectura 4 · Escritura 4 · Matemática 3", "reading 2, writing 2, math 3", "Química 71, Geometría
 *   66", "15 en Comunicación, 17 en Matemática"; a run of probe scores ("probes 75, 81, 79, 88").
 * Read only in a trace that already holds a child and other student details (the caller decides, as for the
 * terms of student-text-terms.ts), and never in a word problem, nor where the number is a threshold or a goal
 * ("a 3 on the AP exam earns credit", "at least 351", "with 80% accuracy", "standard scores below 70"): the same
 * shapes in a lesson, a policy or a standard's cut score are not a child's.
 */

/** Skills counted in early literacy and numeracy screeners. */
const skill = String.raw`(?:letters?|letter names|letter sounds|sounds|sight words|high[- ]frequency words|words|numbers|numerals|letras|sonidos|palabras(?: de uso frecuente)?|n[úu]meros)`;
/** The same, only the nouns that never count things in a word problem ("48 of 52 cards" is arithmetic). */
const screenerSkill = String.raw`(?:letters|letter names|letter sounds|sounds|sight words|letras|sonidos)`;
const countOf = String.raw`(?:all\s+|tod[oa]s\s+(?:l[oa]s\s+)?)?\d{1,3}(?:\s+(?:of|out of|de)\s+(?:the\s+|l[oa]s\s+)?\d{1,3})?`;

/** Courses a high-school report names, with their level ("Algebra II", "English III", "Inglés II"). */
const course = String.raw`(?:(?:AP|IB|Honors|Pre-AP)\s+)?(?:Algebra|Geometry|Biology|Chemistry|Physics|English|Spanish|French|History|US History|World History|Government|Economics|Psychology|Calculus|Pre-?Calculus|Statistics|Math(?:ematics)?|Science|Reading|Writing|ELA|Health|Art|Music|Qu[íi]mica|Geometr[íi]a|Ingl[ée]s|Historia|Biolog[íi]a|F[íi]sica|Matem[áa]ticas?|Comunicaci[óo]n|Lenguaje|Lectura|Escritura|Ciencias)(?:\s+(?:I{1,3}|IV|[1-4]))?`;

/** Each alternative's one group is the text replaced. Case-insensitive: notes are typed every way. */
const shapes = [
  // "knows 48 of 52 letters and 22 sounds", "has learned 12 letters", "read 3 of the 40 Dolch pre-primer words",
  // "identificó 14 de 52 letras".
  String.raw`\b(?:knows?|knew|identifie[sd]|identify|named|names|can name|recogni[sz]e[sd]?|reads|read|can read|has learned|learned|has mastered|mastered|wrote|spelled|conoce|conoc[íi]a|reconoce|reconoci[óo]|identifica|identific[óo]|ley[óo]|lee|nombr[óo]|nombra|sabe|escribi[óo]|domina)\s+(${countOf}(?:\s+[\p{L}-]+){0,3}?\s+${skill}(?:\s+(?:and|y)\s+\d{1,3}\s+${skill})?)(?![\p{L}])`,
  // "(0 de 26 letras)", "14 of 52 letters" with no verb: a screener's count.
  String.raw`(?<![\p{L}\d.,/])(\d{1,3}\s+(?:of|out of|de)\s+\d{1,3}\s+${screenerSkill})(?![\p{L}])`,
  // "knew 3 on first try", "got 7 on the first attempt".
  String.raw`\b(?:knew|got|read|named|identified|sab[íi]a|ley[óo])\s+(\d{1,3}(?:\s+(?:of|de)\s+\d{1,3})?)\s+(?:on|at|en)\s+(?:the\s+|el\s+)?(?:first|primer)\s+(?:try|attempt|intento)`,
  // A screener's label with its score: "Letter ID: 14/52", "LNF 48", "sight words: 12/40".
  String.raw`(?<![\p{L}])(?:letter (?:ID|names?|naming|sounds?)|LNF|LSF|PSF|NWF|FSF|ORF|sight words|palabras de uso frecuente)\s*:?\s*(\d{1,3}\s?\/\s?\d{1,3}|\d{1,3}\s+(?:of|de)\s+\d{1,3})(?![\d/])`,
  // "60% accuracy", "60% acc", "35% of the time", "60% de precisión", "35% de las veces".
  String.raw`(?<![\d.,]|\b(?:with|con|con un|at|at least)\s)(\d{1,3}(?:[.,]\d)?\s?%)(?:\s+|\*\*\s*)(?:acc(?:uracy|urate)?|correct(?:ly)?|independently|of the time|of (?:trials|opportunities|attempts)|de (?:precisi[óo]n|exactitud|acierto)|de las veces|de los intentos)(?![\p{L}])`,
  // "up from 35%", "down from 72%", "subió del 35%".
  String.raw`\b(?:up from|down from|improved from|rose from|dropped from|(?:subi[óo]|baj[óo]|mejor[óo])\s+(?:del?|desde\s+(?:el|un))?)\s+(\d{1,3}(?:[.,]\d)?\s?%)`,
  // "currently a 64", "actualmente un 58", "now at a 71%".
  String.raw`\b(?:currently|presently|actualmente|ahora mismo)\s+(?:at\s+|en\s+|with\s+)?(?:an?\s+|un\s+)?(\d{2,3}(?:[.,]\d)?\s?%?)(?=\s*(?:[.,;:)!]|$)|\s+(?:in|on|en|and|but|y|right|overall|mostly|because|since|with|after)\b)`,
  // "47 right now", "a 58% this quarter".
  String.raw`(?:[,:(—–]\s*|\s-\s|\ban?\s+|\bat\s+)(\d{2,3}(?:[.,]\d)?\s?%?)\s+(?:right now|rn|atm|at the moment|so far|this (?:quarter|semester|term|six weeks|nine weeks|grading period|marking period))(?![\p{L}])`,
  // "a 47 in AP Physics", "earned a 98 in my course", "got a 5 on the AP exam", "a 5 on the exam".
  String.raw`\ban?\s+(\d{1,3}(?:[.,]\d)?\s?%?)\s+(?:in|on)\s+(?:(?:my|the|his|her|their)\s+)?(?:${course}(?![\p{L}])|(?:AP\s+|final\s+|state\s+)?(?:class|course|exam|test|final|midterm)(?![\p{L}]))`,
  // "98 in the class", "— 62 in Algebra II", ": 68 in Biology".
  String.raw`(?<![\p{L}\d.,/])(\d{2,3}(?:[.,]\d)?\s?%?)\s+in\s+(?:the|my)\s+(?:class|course)(?![\p{L}])`,
  String.raw`(?:[—–:(]\s*|\s-\s)(\d{2,3}(?:[.,]\d)?\s?%?)\s+in\s+${course}(?![\p{L}])`,
  // Named tests: "SAT 1210", "TSI reading 342", "ISIP ability index 178", "ACT 24", "GPA: 3.18", "GPA of 3.4".
  String.raw`(?<![\p{L}])(?:SAT|PSAT|ACT|TSI(?:\s+(?:reading|math|writing|ELAR))?|ISIP(?:\s+[\p{L}]+){0,2}|STAAR(?:\s+[\p{L}]+)?|GPA|G\.P\.A\.)(?:\s+score)?\s*(?:of\s+|:\s*|=\s*|is\s+|was\s+)?(\d\.\d{1,2}|\d{2,4})(?![\d%/]|[.,]\d)`,
  // "3.18 unweighted", "3.6 weighted GPA".
  String.raw`(?<![\d.])(\d\.\d{1,2})\s+(?:un)?weighted(?![\p{L}])`,
  // "the SIS shows 3.41", "PowerSchool says 71%".
  String.raw`\b(?:SIS|transcript|gradebook|portal|report card|PowerSchool|Skyward|Infinite Campus|Canvas|Schoology)\s+(?:shows|says|has|lists|puts (?:him|her|them) at)\s+(?:an?\s+)?(\d\.\d{1,2}|\d{2,3}(?:[.,]\d)?\s?%?)(?![\d/])`,
  // "Class rank: 112/468", "ranked 12th of 300".
  String.raw`\b(?:class rank|rank(?:ed)?|puesto)\s*(?:of|:|is|was|es|de)?\s*(\d{1,4}(?:st|nd|rd|th|º)?\s*(?:\/|of|out of|de)\s*\d{1,4})(?![\d/])`,
  // "puntuación estándar 78", "standard score of 78", "percentile 12", "scaled score 1420".
  String.raw`\b(?:standard score|scaled score|T-score|percentile(?: rank)?|puntuaci[óo]n (?:est[áa]ndar|escalar|t[íi]pica)|percentil|puntaje(?: total)?)\s*(?:of\s+|de\s+|:\s*|=\s*|is\s+|was\s+|fue\s+|es\s+)?(\d{1,4})(?![\d%/]|[.,]\d)`,
  // "probes 75, 81, 79, 88", "scores: 58, 61, 66, 70": a run of one child's probe scores.
  String.raw`\b(?:probes?|probe scores|scores|puntajes|sondeos)\s*:?\s*(\d{1,3}(?:\s*,\s*\d{1,3}){2,})(?![\d.])`,
];
const studentMarks = new RegExp(shapes.join('|'), 'giu');

/** A letter grade after a transcript's dot leader: "AP US History ........... B+" (capitals: case matters). */
const dotLeaderGrade = /\.{4,}\s*([A-F][+-−]?)(?![\p{L}\d])/gu;

/** Words before a number that make it a threshold, a goal or a rule rather than a child's result. */
const thresholdBefore =
  /\b(?:will|goal|goals|meta|objetivo|target|at least|al menos|minimum|m[íi]nimo|cut(?:off)?|below|above|under|over|less than|more than|menos de|m[áa]s de|needs?|need to|required?|requires|if|si|who|whoever|anyone|students|alumnos|estudiantes|mastery|criterion|criteria|benchmark is|must)\s+(?:[\p{L}*]+\s+){0,3}$/iu;
/**
 * Words after it that do the same ("a 3 on the AP exam earns credit", "351 minimum", "70% or higher"), before any
 * other number ("TSI reading 342) is below the 351 minimum": the minimum is the 351).
 */
const thresholdAfter =
  /^[^.\n\d]{0,24}?\b(?:or (?:higher|better|above|more|lower|below)|o m[áa]s|minimum|m[íi]nimo|cut(?:off| score)?|threshold|earns?|to pass|para aprobar|needed|required|is passing|counts? as|qualif(?:y|ies))\b/iu;

/** Subjects of a score row: a report card's or a comment bank's areas. */
const rowSubject = String.raw`(?:reading|writing|math(?:s|ematics)?|science|social studies|spelling|phonics|speaking|listening|ELA|lectura|escritura|matem[áa]ticas?|ciencias|comunicaci[óo]n|communication|lenguaje|ingl[ée]s|espa[ñn]ol|qu[íi]mica|geometr[íi]a|f[íi]sica|biolog[íi]a|historia|chemistry|geometry|physics|biology|history|algebra|english|spanish)(?:\s+(?:I{1,3}|IV))?(?:\s*\([^()\n]{1,30}\))?`;
const rowValue = String.raw`(\d{1,3}(?:[.,]\d)?)(?![\d%/\p{L}]|[.,]\d)`;
const subjectThenMark = String.raw`${rowSubject}\s*:?\s+${rowValue}`;
const markThenSubject = String.raw`${rowValue}\s+(?:in|en)\s+${rowSubject}(?![\p{L}])`;
const separator = String.raw`\s*(?:[,;·•|/]|\band\b|\by\b)\s*(?:and\s+|y\s+)?`;
const scoreRow = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${subjectThenMark}(?:${separator}${subjectThenMark})+|${markThenSubject}(?:${separator}${markThenSubject})+)`,
  'giu',
);
const rowNumber = /(?<![\p{L}\d.,])\d{1,3}(?:[.,]\d)?(?![\d%/\p{L}]|[.,]\d)/gu;

export interface PerformanceMark {
  text: string;
  start: number;
}

/** The numbers of a score row, unless the row is a course list ("Math 7, Science 7") or a weighting (sums to 100). */
function rowMarks(row: string, at: number): PerformanceMark[] {
  // Subjects' parentheses ("Communication (Language Arts)") hold no mark.
  const values = [
    ...allMatches(
      rowNumber,
      row.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length)),
    ),
  ];
  const numbers = values.map((v) => Number(v[0].replace(',', '.')));
  if (numbers.every((n) => n === numbers[0]) && numbers[0]! >= 5 && numbers[0]! <= 12) return [];
  if (numbers.every((n) => n % 5 === 0 && n >= 10) && numbers.reduce((a, b) => a + b, 0) === 100) return [];
  return values.map((v) => ({ text: v[0], start: at + v.index }));
}

/** The line holding `at`. */
function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end === -1 ? text.length : end);
}

/** A digit: every mark above has one, and most lines of a long lesson have none. */
const digit = compiledEarly(/\d/g);

/** Marks of one child's performance in `text`, a field of a trace already about students. */
export function findPerformanceMarks(text: string): PerformanceMark[] {
  const found: PerformanceMark[] = [];
  if (!/\d/.test(text)) return found;
  // Each line with a digit is read alone (the shapes never cross a line): a search for the next digit skips the
  // lines without one.
  digit.lastIndex = 0;
  for (let hit = digit.exec(text); hit; hit = digit.exec(text)) {
    const start = text.lastIndexOf('\n', hit.index) + 1;
    const newline = text.indexOf('\n', hit.index);
    const end = newline === -1 ? text.length : newline;
    for (const m of marksInLine(text.slice(start, end))) found.push({ text: m.text, start: start + m.start });
    digit.lastIndex = end;
  }
  return found;
}

function marksInLine(text: string): PerformanceMark[] {
  const found: PerformanceMark[] = [];
  for (const m of allMatches(studentMarks, text)) {
    const value = m.slice(1).find((g) => g !== undefined);
    if (!value) continue;
    const start = m.index + m[0].lastIndexOf(value);
    const before = text.slice(Math.max(0, m.index - 40), m.index + m[0].length - value.length);
    if (
      thresholdBefore.test(before) ||
      thresholdAfter.test(text.slice(start + value.length, start + value.length + 40))
    )
      continue;
    if (isWordProblem(lineAt(text, start))) continue;
    found.push({ text: value, start });
  }
  if (text.includes('....'))
    for (const m of allMatches(dotLeaderGrade, text))
      found.push({ text: m[1] as string, start: m.index + m[0].lastIndexOf(m[1] as string) });
  for (const m of allMatches(scoreRow, text)) {
    if (isWordProblem(lineAt(text, m.index))) continue;
    found.push(...rowMarks(m[0], m.index));
  }
  found.push(...nationalScaleMarksInLine(text));
  return found;
}

/** Marks found in a text about students, as the scan's grade findings, redacted where they stand. */
export function asGradeDetections(marks: readonly { text: string; start: number }[]): Detection[] {
  return marks.map((m) => ({
    kind: 'grade',
    text: m.text,
    start: m.start,
    key: m.text.toLowerCase(),
    reason: { code: 'aboutStudents', detail: '' },
    scope: 'local',
  }));
}

/** The marks above as findings of the scan. */
export function findPerformanceMarkDetections(text: string): Detection[] {
  return asGradeDetections(findPerformanceMarks(text));
}

// The rule regexes, compiled to optimised code while the module loads (why: compiled-early.ts).
for (const re of [studentMarks, scoreRow]) compiledEarly(re);
