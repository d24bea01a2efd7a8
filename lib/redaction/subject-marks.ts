import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';
import { classifyFieldName } from './field-names';

/**
 * A mark written beside its subject in any notation a report, an IEP or a meeting note uses: "sci 81", "SS 77",
 * "math (resource) 68", "math ok (B-)", "math: B-", "Comunicación 15 · Matemática 12", "Mat 4,5" (parts 8 and
 * 12's misses, 1 Dec 2026: subjects abbreviated, a qualifier between subject and mark, a separator of any kind).
 * Two places make such pairs a child's:
 * - a label that names marks, then a list of them ("Current grades: sci 81, SS 77, math (resource) 68",
 *   "Notas del bimestre: Comunicación 15, Matemática 12"): a child's report, read on any line;
 * - a line the caller knows is about one child (it names the child, or holds another of her details).
 * A lesson's numbers of the same shape stay: a grading policy ("Grade weights: tests 50%, quizzes 30%"), a class
 * average, a goal or a cut score, a range ("Math 70–79"), and a course ("Math 7", "English 9"): in English a
 * bare whole number is a mark only from 13 up (a course number or a grade level is smaller); the 0–20 scales of
 * Peru and Venezuela and the 1–10 of Mexico or Spain are read after Spanish subjects.
 */

const subjectsEn = String.raw`(?:[Mm]ath(?:s|ematics)?|MATH|ELA|[Ee]nglish|[Ee]ng|[Rr]eading|[Rr]dg|[Ww]riting|[Ww]rtg|[Ss]cience|[Ss]ci|SCI|[Ss]ocial [Ss]tudies|[Ss]oc\.? [Ss]t(?:udies|\.)?|SS|[Hh]istory|[Hh]ist|[Gg]eography|[Gg]eog?|[Ss]pelling|[Pp]honics|[Bb]iology|[Bb]io|[Cc]hemistry|[Cc]hem|[Pp]hysics|[Aa]lgebra(?: I{1,2})?|[Gg]eometry|[Ss]panish|[Ss]pan|[Ff]rench|[Aa]rt|[Mm]usic|PE|P\.E\.|[Hh]ealth|[Cc]omputer [Ss]cience|STEM|[Ll]iteracy|[Nn]umeracy)`;
/**
 * Mexico's four "campos formativos", the subjects of its primary and secondary report cards since the 2022 plan
 * (SEP, Plan de Estudio 2022, Acuerdo 08/08/23), as teachers shorten them: "Lenguajes 8, Saberes y P.C. 7, Ética 9,
 * De lo Humano 9" (part 16's boleta, 1 Dec 2026: four such lists read as no subject at all).
 */
const formativeFieldsMx = String.raw`Lenguajes|Saberes(?: y (?:Pensamiento Cient[íi]fico|P\.\s?C\.))?|[ÉE]tica(?:,? (?:Naturaleza y Sociedades|N\. y S\.))?|De lo Humano(?: y lo Comunitario)?`;
const subjectsEs = String.raw`(?:[Mm]atem[áa]ticas?|[Mm]ates?|[Mm]at|[Cc]omunicaci[óo]n|[Cc]om|[Ll]enguaje|[Ll]engua(?: [Cc]astellana)?|[Ee]spa[ñn]ol|[Ii]ngl[ée]s|[Cc]iencias?(?: [Nn]aturales| [Ss]ociales| y [Tt]ecnolog[íi]a| y [Aa]mbiente)?|CyT|CTA|[Pp]ersonal [Ss]ocial|[Hh]istoria|[Gg]eograf[íi]a|[Aa]rte(?: y [Cc]ultura)?|[Mm][úu]sica|[Ee]ducaci[óo]n [Ff][íi]sica|[Ee]d\.? [Ff][íi]sica|EF|[Rr]eligi[óo]n|[Ff][íi]sica|[Qq]u[íi]mica|[Bb]iolog[íi]a|[Ss]ociales|[Nn]aturales|[Ff]ormaci[óo]n [Cc]iudadana|FCE|DPCC|EPT|[Cc]astellano|${formativeFieldsMx})`;

/** Between a subject and its mark: a qualifier in parentheses, "ok", "is", a colon or a dash. */
const between = String.raw`(?:\s*\([\p{L} .-]{1,20}\))?(?:\s+(?:ok|is|was|es|=|at|now|currently|grade|nota|score))?\s*(?:[:=]|[-–—]\s)?\s*`;
/** A letter grade, not a range of letters ("Reading A-Z", "levels A–D"). */
const letter = String.raw`[A-F](?:[+-](?![\p{L}\d])|(?![\p{L}\d'’]|\s?[-–]\s?\p{L}))`;
const decimalOrPercent = String.raw`\d{1,3}(?:[.,]\d{1,2})?\s?%|\d{1,3}(?:[.,]\d)?\s?\/\s?\d{1,3}(?![\d/])|\d{1,2}[.,]\d{1,2}(?![\d%/]|[.,]\d)`;
/** Not a count of something ("math 45 minutes", "sci 30 min", "Reading 20 pages"), a time or a range. */
const notCounting = String.raw`(?![\d%/]|[.,:]\d|\s*(?:[-–]\s*\d|to\s+\d|a\s+\d|min|minutes?|mins?|hrs?|hours?|pages?|pp|days?|weeks?|wks?|x\b|times|am\b|pm\b|th\b|st\b|nd\b|rd\b|º|°|grade\b|graders?\b|años|minutos|p[áa]ginas|d[íi]as))`;
/** A mark after an English subject: a letter, a percentage, a fraction, a decimal, or a whole number 13–100. */
const markEn = String.raw`(?:${letter}|\(\s*${letter}\s*\)|(?:${decimalOrPercent})|(?:100|[2-9]\d|1[3-9])${notCounting})`;
/** After a Spanish subject: also 0–20 (Peru, Venezuela), 1–10 (Mexico, Spain) and their decimals. */
const markEs = String.raw`(?:${letter}|(?:${decimalOrPercent})|(?:100|[2-9]\d|1\d|\d)${notCounting})`;

const pairRe = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${subjectsEn}${between}(${markEn})|${subjectsEs}${between}(${markEs}))`,
  'gu',
);

/** A label that names a child's marks, then its list: "Current grades:", "Notas del bimestre:", "**Marks**:". */
const marksLabel = /(?:^|[\s*•-])\**([\p{L}][\p{L} ]{1,30}?)\**\s*:\s*\**\s*(?=\S)/gu;
/** Words that make a list of subject–number pairs a lesson's, a policy's or a class's, not one child's. */
const notOneChild =
  /\b(?:weights?|weighted|worth|policy|scale|ranges?|cut(?:-?off)?|goals?|targets?|benchmarks?|class (?:average|avg|mean)|average|avg|mean|median|passing|minutes|periods?|rooms?|ponderaci[óo]n|peso|promedio (?:del|de la) (?:grupo|clase|curso|sal[óo]n)|meta|objetivo|horario|schedule|bell)\b/iu;

export interface SubjectMark {
  text: string;
  start: number;
}

/** The clause around a pair: up to the nearest separator of a list on each side. */
function clauseAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start).search(/[^,;·•|()]*$/u);
  const after = text.slice(end).search(/[,;·•|()]/u);
  return text.slice(before, after === -1 ? text.length : end + after);
}

function pairsIn(text: string, from: number): SubjectMark[] {
  const found: SubjectMark[] = [];
  for (const m of allMatches(pairRe, text.slice(from))) {
    const raw = (m[1] ?? m[2]) as string;
    const value = raw.replace(/^\(\s*|\s*\)$/g, '');
    const start = from + m.index;
    // "(benchmark for fall gr 6 is ~107)", "class average in math 72%": the pair's own clause decides.
    if (notOneChild.test(clauseAround(text, start, start + m[0].length))) continue;
    found.push({ text: value, start: start + m[0].lastIndexOf(value) });
  }
  return found;
}

/**
 * Marks beside their subjects in `line`: all of them when the line is about one child (`aboutChild`), else only
 * in the list after a label naming marks. Never on a line of a grading policy, an average, a goal or a schedule.
 */
export function findSubjectMarks(line: string, aboutChild: boolean): SubjectMark[] {
  if (!/\d|[A-F][+-]/.test(line)) return [];
  if (aboutChild) return pairsIn(line, 0);
  if (!line.includes(':')) return [];
  const labels = allMatches(marksLabel, line);
  for (const [i, m] of labels.entries()) {
    const label = m[1] as string;
    if (classifyFieldName(label) !== 'grade' || notOneChild.test(label)) continue;
    // The list runs up to the next label ("Notas: …; ponderación: Comunicación 40%" is two lists).
    const end = labels[i + 1]?.index ?? line.length;
    const found = pairsIn(line.slice(0, end), m.index + m[0].length);
    if (found.length > 0) return found;
  }
  return [];
}

compiledEarly(pairRe);
