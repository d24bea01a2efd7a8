import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';
import { asGradeDetections } from './performance-marks';
import { isWordProblem } from './word-problems';

/**
 * A child's assessment results in the scales every new author of the corpus wrote and no earlier rule read
 * (misses of parts 5–14, 1 Dec 2026: each author used the scale of her own school):
 * - a standards-based report card's 1–4 levels beside their subjects, two on a line ("math 4!! reading 3",
 *   "reading 2 but huge growth, math 3") or said of the whole card ("all 3s", "4s across the board");
 * - a running record's measures (Fountas & Pinnell, Reading A–Z, DRA: "accuracy 91%", "SC rate 1:3", "fluency
 *   2 of 4", "instructional at J", "independent level K", "nivel M (en nivel)");
 * - Spain's and Latin America's words for marks and for failing or repeating ("todo sobresaliente (SB)",
 *   "sobresaliente en todas las materias", "nota 2.1", "se fue a supletorio", "repite el grado", "está
 *   repitiendo 4to", "en riesgo de no acreditar"; the scales: Real Decreto 1105/2014 (ES, SB/NT/BI/SU/IN),
 *   Reglamento LOEI art. 210–214 (EC, supletorio/remedial/gracia), Acuerdo SEP 11/03/19 (MX, acreditar),
 *   Decreto 1290/2009 (CO, 1.0–5.0)).
 * Read only in a trace already about students (the caller's gate, as for performance-marks.ts) and never in a
 * word problem or after words that make the number a rule or a goal ("students scoring 3 or 4", "meta: nivel M"):
 * a district's legend of the same scale is not a child's result.
 */

const subject = String.raw`(?:math(?:s|ematics)?|reading|writing|science|spelling|phonics|ELA|social studies|lectura|escritura|matem[áa]ticas?|lengua(?:je)?|ciencias)`;

const shapes = [
  // The whole card in one level: "all 3s", "straight 4s", "mostly 3s", "4s across the board".
  String.raw`\b(?:all|straight|mostly|solid)[ \t]+([1-4]['’]?s)\b`,
  String.raw`\b([1-4]['’]?s)[ \t]+(?:across the board|in everything|in every subject|on (?:the|her|his) report card)`,
  // A running record's measures.
  String.raw`\b(?:accuracy|acc\.?|precisi[óo]n|exactitud)[ \t]*[:=]?[ \t]*(?:of[ \t]+|de[ \t]+)?(\d{2,3}(?:[.,]\d)?[ \t]?%)`,
  String.raw`\b(?:SC|self[- ]correction|autocorrecci[óo]n)(?:[ \t]+(?:rate|ratio|tasa))?[ \t]*[:=]?[ \t]*(1[ \t]?:[ \t]?\d{1,2})(?![\d:])`,
  String.raw`\b(?:fluency|fluidez|comprehension|comprensi[óo]n|retell)[ \t]*[:=]?[ \t]*(?:score[ \t]+)?([0-4][ \t]*(?:of|out of|de|\/)[ \t]*[34])(?![\d/])`,
  String.raw`\b((?:instructional|independent|frustration(?:al)?|instruccional|independiente)(?:[ \t]+(?:reading[ \t]+)?level)?[ \t]+(?:at[ \t]+|en[ \t]+(?:el[ \t]+)?(?:nivel[ \t]+)?)?(?:level[ \t]+)?[A-Z](?:\/[A-Z])?)(?![\p{L}\d])`,
  String.raw`(?<![\p{L}])((?:[Nn]ivel|[Ll]evel)[ \t]+[A-Z][ \t]*\((?:en nivel|on level|below|above|bajo (?:el )?nivel|sobre (?:el )?nivel|approaching|instructional|independent)[^()\n]{0,12}\))`,
  // Spain's words for marks, said of a child's card: "todo sobresaliente (SB)", "Sobresaliente en todas las materias".
  String.raw`\b((?:tod[oa]s?|saca|sac[óo]|tiene|tuvo|con)[ \t]+(?:un[ \t]+)?(?:sobresaliente|notable|insuficiente|suficiente)s?(?:[ \t]*\((?:SB|NT|BI|SU|IN)\))?)`,
  String.raw`\b((?:[Ss]obresaliente|[Nn]otable|[Ii]nsuficiente)s?[ \t]+en[ \t]+(?:todas[ \t]+las[ \t]+(?:materias|asignaturas|áreas)|${subject}|[Mm]ates))`,
  // Colombia's 1.0–5.0 and other "nota" values: "nota 2.1", "con nota de 2,8".
  String.raw`\b(?:nota|calificaci[óo]n|promedio)[ \t]*(?:de[ \t]+|final[ \t]+|:[ \t]*)?(\d(?:[.,]\d{1,2}))(?![\d%/]|[.,]\d)`,
  // Failing, repeating and remedial exams: "se fue a supletorio", "repite el grado", "está repitiendo 4to".
  String.raw`\b((?:va|fue|se fue|qued[óo]|est[áa]|pasa|pas[óo])[ \t]+(?:a[ \t]+|en[ \t]+)?(?:supletorio|remedial|examen de gracia))`,
  String.raw`\b((?:repite|repiti[óo]|repetir[áa]?|est[áa] repitiendo|va a repetir)[ \t]+(?:el[ \t]+|de[ \t]+)?(?:grado|año|curso|\d{1,2}(?:º|°|o|to|ro|do|vo|mo|no)?(?:[ \t]+(?:grado|año|curso))?))`,
  String.raw`\b((?:en riesgo de|podr[íi]a)[ \t]+no[ \t]+(?:acreditar|aprobar|pasar)(?:[ \t]+(?:el[ \t]+)?(?:grado|año|curso))?)`,
  String.raw`\b(repitente|repitiente)\b`,
  String.raw`\b(supletorio)\b(?![ \t]+(?:es|son|se (?:toma|rinde|aplica)|consiste|:))`,
];
const marks = new RegExp(shapes.join('|'), 'giu');

/**
 * One 1–4 level beside its subject; two of them within a short stretch of a line are a report card's ("math 4!!
 * reading 3", "reading 2 but huge growth, math 3"), one alone may be a course or a unit ("Math 3").
 */
const levelPair = new RegExp(
  String.raw`(?<![\p{L}\d])${subject}[ \t]*[:=-]?[ \t]*([1-4])(?![\d/%:]|[.,]\d|[ \t]*(?:st|nd|rd|th|min|minutes|pages|x|times|units?|lessons?|chapters?|grade|graders?)\b)`,
  'giu',
);
const pairReach = 60;

/**
 * Lines worth reading: each holds the distinctive part of one shape above (a level's digit after its subject, a
 * running record's word, a mark word). Plain words ("all", "math", "level") alone would send most lines of a
 * lesson through the shapes.
 */
const lineHint = new RegExp(
  String.raw`${subject}[ \t]*[:=-]?[ \t]*[1-4]|\b[1-4]['’]?s\b|accura|precisi|exactitud|\bSC\b|self[- ]corr|autocorr|(?:fluency|fluidez|comprehension|comprensi[óo]n|retell)[ \t]*[:=]?[ \t]*(?:score[ \t]+)?[0-4]|instructional|independent|frustrat|instruccional|independiente|(?:nivel|level)[ \t]+[A-Z][ \t]*\(|sobresal|notable|suficiente|(?:nota|calificaci[óo]n|promedio)[^\d\n]{0,8}\d[.,]\d|supletorio|remedial|de gracia|repit|repet|no[ \t]+(?:acreditar|aprobar|pasar)`,
  'giu',
);
/**
 * The shapes without a digit hold one of these words (lower case). With a search for digits, they pick the lines
 * worth reading: one plain pattern of these words over a lower-case copy of the field is far cheaper than a unicode regex, or
 * a flag table of first letters, over 50,000 words of lessons (measured on the bench trace, 1 Dec 2026).
 */
const wordsWithoutDigit = [
  'instructional',
  'independent',
  'frustrat',
  'instruccional',
  'independiente',
  'sobresal',
  'notable',
  'suficiente',
  'supletorio',
  'remedial',
  'de gracia',
  'repit',
  'repet',
  'no acreditar',
  'no aprobar',
  'no pasar',
];
/** The words above as one pattern: case-sensitive, without the unicode flag, over the lower-case copy. */
const wordWithoutDigit = compiledEarly(new RegExp(wordsWithoutDigit.join('|'), 'g'));

/** Where each line starting at `start` in `text` ends. */
function lineEndAt(text: string, at: number): number {
  const newline = text.indexOf('\n', at);
  return newline === -1 ? text.length : newline;
}

/** Starts of the lines of `text` that hold a digit or one of the words above. */
function candidateLines(text: string): number[] {
  const starts = new Set<number>();
  const digit = /\d/g;
  for (let hit = digit.exec(text); hit; hit = digit.exec(text)) {
    starts.add(text.lastIndexOf('\n', hit.index) + 1);
    digit.lastIndex = lineEndAt(text, hit.index);
  }
  const lower = text.toLowerCase();
  // A lower-case copy of another length (a few letters lower to two units) would shift offsets: read every line.
  if (lower.length !== text.length) {
    for (let at = 0; at <= text.length; at = lineEndAt(text, at) + 1) starts.add(at);
    return [...starts];
  }
  wordWithoutDigit.lastIndex = 0;
  for (let hit = wordWithoutDigit.exec(lower); hit; hit = wordWithoutDigit.exec(lower)) {
    starts.add(lower.lastIndexOf('\n', hit.index) + 1);
    wordWithoutDigit.lastIndex = lineEndAt(lower, hit.index);
  }
  return [...starts].sort((a, b) => a - b);
}

/** Words before a mark that make it a rule, a goal or a scale's legend rather than one child's result. */
const ruleBefore =
  /\b(?:goal|goals|meta|objetivo|target|at least|al menos|minimum|m[íi]nimo|cut(?:off)?|below|above|less than|more than|menos de|m[áa]s de|if|si|students|alumnos|estudiantes|who|quienes|los que|scale|escala|means|significa|legend|leyenda|rubric|r[úu]brica|expected|esperado)\b[^.\n,;()]{0,30}$/iu;

export interface AssessmentMark {
  text: string;
  start: number;
}

/** Assessment results of a child in `text`, a field of a trace already about students. */
export function findAssessmentMarks(text: string): AssessmentMark[] {
  const found: AssessmentMark[] = [];
  for (const start of candidateLines(text)) {
    const line = text.slice(start, lineEndAt(text, start));
    lineHint.lastIndex = 0;
    if (!lineHint.test(line) || isWordProblem(line)) continue;
    for (const m of marksInLine(line)) found.push({ text: m.text, start: start + m.start });
  }
  return found;
}

function marksInLine(line: string): AssessmentMark[] {
  const found: AssessmentMark[] = [];
  const keep = (value: string, at: number, matchAt: number) => {
    if (!ruleBefore.test(line.slice(Math.max(0, matchAt - 40), matchAt))) found.push({ text: value, start: at });
  };
  for (const m of allMatches(marks, line)) {
    const value = m.slice(1).find((g) => g !== undefined);
    if (value) keep(value, m.index + m[0].lastIndexOf(value), m.index);
  }
  const levels = [...allMatches(levelPair, line)];
  for (const [i, m] of levels.entries()) {
    const near = (o: RegExpExecArray | undefined) => o !== undefined && Math.abs(o.index - m.index) <= pairReach;
    if (near(levels[i - 1]) || near(levels[i + 1]))
      keep(m[1] as string, m.index + m[0].lastIndexOf(m[1] as string), m.index);
  }
  return found;
}

/** The marks above as findings of the scan, redacted where they stand. */
export function findAssessmentMarkDetections(text: string): Detection[] {
  return asGradeDetections(findAssessmentMarks(text));
}

// Compiled to optimised code while the module loads (why: compiled-early.ts).
for (const re of [marks, levelPair, lineHint]) compiledEarly(re);
