/**
 * Marks tied to a child in the shapes report cards, gradebooks and parents write them, beyond the verbs and
 * labels of sensitive-terms.ts: a subject followed by its mark ("Español 6, Matemáticas 5", "reading 58% (D)",
 * "failing math (48%)"), a mark followed by its subject ("saco 1 en matematicas", "F in Chemistry"), a scale's
 * name before its score ("WIDA level 2.4", "RIT 171", "composite 1.4"), reading levels as letters ("nivel D"),
 * marks counted ("B's and C's", "4s across the board"), a standards mark said of the child ("he was a 3 last
 * time"), Spanish marks in words ("de notable a suspender", "repite curso", "perdió 4 materias") and a run of
 * marks ("notas 5,8 / 6,1 / 4,9"). They are only read in sentences already about one child (the caller decides),
 * so a worked example's "Chapter 3", a page number or a fraction in a lesson never reaches them.
 * Group 1 of every alternative is the text replaced.
 */
import { compiledEarly } from './compiled-early';
import { allMatches } from './all-matches';
import { selfEvidentMarks } from './mark-scales';

/** School subjects as English report cards name them. */
const subjectsEn = String.raw`(?:math(?:s|ematics)?|reading|writing|ELA|English|science|social studies|history|spelling|phonics|chem(?:istry)?|bio(?:logy)?|physics|algebra(?: I{1,2}| [12])?|geometry|pre-?calc(?:ulus)?|calculus|Spanish|French|art|music|P\.?E\.?|health)`;
/** School subjects as Spanish report cards name them (with and without accents), full or short. */
const subjectsEs = String.raw`(?:matem[áa]ticas?|mates?|espa[ñn]ol|lengua(?: castellana)?|lenguaje|pr[áa]cticas del lenguaje|literatura|ingl[ée]s|ciencias(?: naturales| sociales)?(?: I{1,3})?|conocimiento del medio|f[íi]sica(?: y qu[íi]mica)?|FyQ|qu[íi]mica|biolog[íi]a|historia|geograf[íi]a|sociales|educaci[óo]n f[íi]sica|formaci[óo]n c[íi]vica(?: y [ée]tica)?|tecnolog[íi]a|arte|m[úu]sica|educaci[óo]n art[íi]stica)`;
const subjects = `(?:${subjectsEn}|${subjectsEs})(?![\\p{L}])`;

/**
 * A mark: a percentage, a score out of something, a decimal, or a letter grade ("A-Z" is a product, not an A);
 * `markOrInteger` adds a bare 0–10 integer, a mark only after a Spanish subject ("English 9" is a course).
 */
const markShape = String.raw`\d{1,3}(?:[.,]\d{1,2})?\s?%|\d{1,3}(?:[.,]\d)?\s?\/\s?\d{1,3}(?![\d/])|\d{1,2}[.,]\d{1,2}(?![\d/%.,º°]|[.,]\d)|[A-F](?:[+-](?![\p{L}\d])|(?![\p{L}\d'’-]))`;
const mark = `(?:${markShape})`;
const markOrInteger = String.raw`(?:${markShape}|(?:10|\d)(?![\d/%º°\p{L}]|[.,]\d))`;

/** Scales and screeners whose name comes right before a child's score. */
const scales = String.raw`(?:WIDA|ACCESS|ELPAC|TELPAS|LAS Links|composite|RIT|MAP|NWEA|i-?Ready|DIBELS|STAR|Acadience|aimsweb|overall)`;

/** Words for a child's overall result in Spanish report cards (Spain, Argentina, Chile, Colombia, Mexico). */
const spanishMarkWords = String.raw`(?:sobresalientes?|notables?|suspensos?|insuficientes?|aprobad[oa]s?|reprobad[oa]s?|en proceso|logrado|no logrado|destacado|satisfactorio)`;

const shapes = [
  // "Español 6, Matemáticas 5", "reading 58% (D)", "math (48%)", "ELA (D-)", "Ciencias II (5.4)", "Lengua (un 4)".
  String.raw`(?<![\p{L}])${subjectsEn}(?![\p{L}])\s*(?:\(\s*|:\s*)?(${mark})`,
  String.raw`(?<![\p{L}])${subjectsEs}(?![\p{L}])\s*(?:\(\s*(?:una?\s+)?|:\s*)?(${markOrInteger})`,
  // "saco 1 en matematicas", "F in Chemistry", "la D en matemáticas", "un 5 en Matemática", "D en ingles".
  // Not the second term of a ratio or a time ("ratios like 3:4 in math", "at 10:30 in Science").
  String.raw`(?<![\p{L}\d.,/:])(${markOrInteger})\s+(?:in|en)\s+(?:la\s+|el\s+)?${subjects}(?![\p{L}])`,
  // "WIDA level 2.4", "WIDA 3.8", "composite 1.4", "RIT 171".
  // "his RIT of 188", "MAP score was 203", "STAR is at 512" (part 12): a verb or "of" between.
  String.raw`(?<![\p{L}])${scales}(?:\s+(?:level|nivel|score|composite|proficiency))?\s*:?(?:\s+(?:of|is|was|at|is at|=|de|es|fue))?\s+(\d{1,3}(?:[.,]\d)?)(?![\d%/]|[.,]\d)`,
  // "nivel D en espanol", "nivel J", "nivel 1 de ingles", "English level 1", "lvl J".
  String.raw`(?<![\p{L}])(?:nivel|level|lvl)\s+(\d|[A-Z](?:[–-][A-Z])?)(?![\p{L}\d])`,
  // "he was a 3 last time", "He was a 3 on last trimester's standards", "she's a 2 in writing".
  String.raw`\b(?:was|is|were|['’]s|got|gets|stayed|stays)\s+an?\s+([1-4])(?=\s+(?:last|on|in|this|again|for|en)\b)`,
  // "exceeding grade-level standards (4)", "meeting standards in reading (3)".
  String.raw`(?:approaching|meeting|exceeding|meets|exceeds|below)\s+(?:[\p{L}-]+\s+){0,4}?\((\d)\)`,
  // "Khoa Nguyen is at 96.8%", "she's sitting at a 64%".
  String.raw`\b(?:is|are|was|sits|sitting|stays)\s+at\s+(?:an?\s+)?(\d{1,3}(?:[.,]\d)?\s?%)`,
  // "(un 6,5)": a Spanish mark in parentheses.
  String.raw`\((?:una?\s+)(\d{1,2}(?:[.,]\d{1,2})?)\)`,
  // "notas 5,8 / 6,1 / 4,9": a run of marks after "notas".
  String.raw`\bnotas?\s*:?\s+(\d{1,2}[.,]\d(?:\s*[/;,]\s*\d{1,2}[.,]\d)+)`,
  // "de notable a suspender", "Sacaba sobresalientes en 1º", "tiene "En proceso" en Prácticas del Lenguaje".
  String.raw`(?:\bde|\ba|\bcon|\bun|\buna|\bsac\p{L}*|\btiene|\bten[íi]a|\bsigue con)\s+["“]?(${spanishMarkWords})["”]?(?=\s|[.,;)]|$)`,
  String.raw`["“]?(${spanishMarkWords})["”]?\s+en\s+${subjects}`,
  // "a suspender Mates", "Reprobado en Matemáticas", "repite curso", "Repite 4º", "perdió 4 materias".
  String.raw`(?<![\p{L}])(suspend(?:er|ió|e|ido)|reprob(?:ó|ar)|repite (?:curso|el (?:curso|año)|\d(?:º|°|o)(?: ESO)?)|repiti[óo] (?:curso|el (?:curso|año))|perdi[óo] \d{1,2} (?:materias|asignaturas)|pierde el año|va a repetir)(?![\p{L}])`,
];

/** Case-insensitive shapes (subjects and Spanish words are written every way in notes). */
export const gradeShapes = new RegExp(shapes.join('|'), 'giu');

/**
 * Marks counted, as capitals (case matters: "as" and "Cs" are not the same): "B's and C's", "straight A's",
 * "4s across the board", "3s on all standards".
 */
export const countedMarks = new RegExp(
  [
    String.raw`(?<![\p{L}\d])((?:straight\s+)?[A-F]['’]?s(?:\s*(?:and|&|or|y|,)\s*[A-F]['’]?s)*)(?=\s+(?:and|in|on|across|this|last)\b|[.,;)]|$)`,
    String.raw`(?<![\p{L}\d])([1-4]['’]?s)\s+(?:across|on all|in all|on every|in every|on most)\b`,
  ].join('|'),
  'gu',
);

/**
 * Marks that say whose they are by their shape alone, with no name or cue needed in the sentence:
 * - a run of two or more subject–mark pairs with a letter grade among them ("Ciencias 52% (F), Inglés 64% (D)",
 *   "reading B-, math A-"): a child's report card (a grading policy, "Reading 40%, Math 30%", has no letters);
 * - a language-proficiency or growth score with its decimal or RIT ("WIDA 2.4", "composite 1.9", "RIT 171"):
 *   a band in a lesson is a whole number or a range ("WIDA levels 1–2");
 * - a note keyed by a child with a score after it, bold or after a dash ("**Brandon (55/100):**",
 *   "kenzie h - 62/100."), a score out of 10 or more.
 */
const pair = String.raw`${subjects}\s*:?\s*(${mark})(?:\s*\(\s*(?:[A-F][+-]?|\d{1,3}(?:[.,]\d)?\s?%)\s*\))?`;
const reportCardRun = new RegExp(String.raw`(?<![\p{L}])${pair}(?:\s*[,;]\s*(?:and\s+|y\s+)?${pair})+`, 'giu');
const letterIn = /(?<![\p{L}])[A-F][+-]?(?![\p{L}])/u;
const scaleScore = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:WIDA|ACCESS|ELPAC|composite)(?:\s+(?:level|nivel|score|composite))?\s*:?\s+(\d\.\d)(?![\d%/]|[.,]\d)|RIT(?:\s+score)?\s*:?\s+(\d{3})(?![\d%/]))`,
  'gu',
);
const keyedScore = new RegExp(
  String.raw`^\s*(?:[-*•]\s+)?(?:\*\*[\p{L}][\p{L} .'’-]{0,40}?\s*\(\s*(\d{1,3}(?:[.,]\d)?\s?\/\s?\d{2,3}|\d{1,3}(?:[.,]\d)?\s?%)\s*\)\s*:?\s*\*\*|[\p{L}][\p{L} .()'’-]{0,40}?\s[-–—]\s(\d{1,3}(?:[.,]\d)?\s?\/\s?\d{2,3})(?=[\s.,;!]|$))`,
  'gmu',
);

export interface StandaloneMark {
  text: string;
  start: number;
}

export function findStandaloneMarks(text: string): StandaloneMark[] {
  const found: StandaloneMark[] = selfEvidentMarks(text);
  if (!/\d|[A-F][+-]/.test(text)) return found;
  for (const run of allMatches(reportCardRun, text)) {
    if (!letterIn.test(run[0].replace(new RegExp(subjects, 'giu'), ' '))) continue;
    for (const m of allMatches(new RegExp(pair, 'giu'), run[0])) {
      const value = m[1] as string;
      // Letter grades are capitals ("reading a lot" is no A).
      if (/^[a-f][+-]?$/.test(value)) continue;
      found.push({ text: value, start: run.index + m.index + m[0].lastIndexOf(value, m[0].length) });
      const paren = m[0].match(/\(\s*([^()]+?)\s*\)$/u);
      if (paren)
        found.push({ text: paren[1] as string, start: run.index + m.index + m[0].lastIndexOf(paren[1] as string) });
    }
  }
  for (const re of [scaleScore, keyedScore])
    for (const m of allMatches(re, text)) {
      const value = (m[1] ?? m[2]) as string;
      found.push({ text: value, start: m.index + m[0].lastIndexOf(value) });
    }
  return found;
}

const markWords =
  /sobresal|notable|suspen|aprob|reprob|repit|repite|perdi|pierde|proceso|logrado|destacado|satisfactorio|insuficiente|nivel|level|lvl/iu;
/**
 * A cheap test before the shapes above: a sentence with no digit, no capital A–F standing alone, no level and no Spanish
 * mark word holds none of them (most sentences of a long lesson).
 */
export function mayHoldMark(sentence: string): boolean {
  return /\d/.test(sentence) || /(?<![\p{L}])[A-F](?![\p{Ll}])/u.test(sentence) || markWords.test(sentence);
}

// The rule regexes, compiled to optimised code while the module loads (why: compiled-early.ts).
for (const re of [gradeShapes, countedMarks, reportCardRun, scaleScore, keyedScore]) compiledEarly(re);
