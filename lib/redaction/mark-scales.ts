import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';
import { notANameWord } from './context-names';

/**
 * Marks in the forms of school systems outside the US gradebook (part 9, 1 Dec 2026: UK, New Zealand,
 * Australia, Canada, and US progress reports translated for families):
 * - England's GCSE 9–1 grades as predicted, target and working-at grades ("predicted grade 6", "PG 6",
 *   "working at 4", "a grade 5"), KS2 scaled scores ("Reading 96", "GPS 104", 80–120) and teacher-assessment
 *   codes ("Writing WTS", "working towards in writing"), a reading age ("8y 4m");
 * - NZ NCEA results and credits ("gained Excellence", "earning 8 credits"), Australia's NAPLAN bands ("in the
 *   Strong band", "Exceeding") and PM Benchmark reading levels ("PM 26", "PM level 30"), BC's proficiency scale
 *   after a subject ("Math: Developing");
 * - a letter with its percentage ("D (64%)"), work counted as missing ("Missing 4 assignments", "le faltan 4
 *   tareas"), a state test score in Spanish ("sacó 2 en el TELPAS", "nivel 2 de TELPAS"), levels gained
 *   ("subió 2 niveles"), "has a 71".
 * `marksAboutChild` is read only in sentences the caller knows are about one child (sensitive-terms.ts), so
 * the same words in a rubric, a lesson on the scale or a worked example stay. `selfEvidentMarks` need no such
 * sentence: their shape only occurs as one child's result (two of a pupil's GCSE grades side by side, a run of
 * KS2 scores, a subject with a teacher-assessment code, a letter with its percentage, a reading age).
 * Group 1 of every alternative is the text replaced.
 */

/** Words of the proficiency, achievement and band scales above, as a result is written (capitalised). */
const scaleWord = String.raw`(?:Not Achieved|Achieved|Merit|Excellence|Exceeding|Strong|Developing|Needs additional support|Emerging|Proficient|Extending|Distinction)`;
const subjectWord = String.raw`(?:[Mm]aths?|[Mm]athematics|[Rr]eading|[Ww]riting|[Ss]cience|[Ss]ocials?|[Ss]ocial [Ss]tudies|[Ee]nglish|ELA|[Ll]iteracy|[Nn]umeracy|[Ss]pelling|[Oo]ral [Cc]ommunication|[Hh]istory|[Gg]eography|[Aa]rt|[Mm]usic|PE|[Ff]rench|[Ss]panish)`;
/** A GCSE grade 1–9 (or U), in bold or not. */
const gcse = String.raw`(?:\*\*)?([1-9]|U)(?:\*\*)?(?![\d\p{L}/%]|[.,]\d)`;
/** Not a noun after the number ("target 5 sentences"), though "and", "in", "on" may follow. */
const notCounting = String.raw`(?!\s+(?!and\b|or\b|in\b|on\b|at\b|for\b|but\b|y\b|en\b)\p{Ll})`;
const gcseCue = String.raw`(?:[Pp]redicted|[Tt]arget|[Mm]ock|[Ww]orking at|[Cc]urrent|[Ff]orecast|[Ee]stimated|[Aa]spirational)(?:\s+grade)?(?:\s+(?:is|was|of)\s+(?:an?\s+)?|\s*[:=]?\s*)(?:grade\s+)?`;
const gcseCode = String.raw`(?<![\p{L}])(?:PG|TG|WAG|CWG|FFT\d{0,2})\s*[:=]?\s*`;

const aboutChild = [
  // "predicted grade 6", "working at 4", "target grade is a **7**", "PG 6", "a grade 4", "achieved a **grade 5**".
  String.raw`(?<![\p{L}])${gcseCue}${gcse}${notCounting}`,
  String.raw`${gcseCode}${gcse}`,
  String.raw`(?<![\p{L}])an?\s+(?:\*\*)?grade\s+${gcse}${notCounting}`,
  // KS2 scaled scores one at a time, in a sentence about the child ("Aoife (Maths 90)"), not a course ("taking Math 101").
  String.raw`(?<![\p{L}]|(?:taking|take|took|in|enrolled in|passed|failed)\s)(?:[Rr]eading|[Mm]aths?|GPS|SPaG|[Gg]rammar)\s+((?:[89]\d|1[01]\d|120))(?![\d%/]|[.,]\d)`,
  // NCEA, NAPLAN, BC: "gained Excellence", "in the Strong band", "(Developing, PM 22)", "- Strong, PM 26",
  // "NAPLAN reading Exceeding", "Excellence in his inquiry".
  String.raw`(?:gained|achieved|got|gets|earned|awarded|received|with|an?)\s+(?:an?\s+)?(${scaleWord})(?![\p{L}])`,
  String.raw`\bthe\s+(${scaleWord})\s+(?:band|level|range|category)`,
  String.raw`(?:[(]|\s[-–—:]\s|,\s|\band\s|^[-*•]?\s*)(${scaleWord})(?=\s*[,;)]|\s+(?:in|on|for)\s)`,
  String.raw`\bNAPLAN(?:\s+[\p{L}]+){0,2}?\s+(${scaleWord})(?![\p{L}])`,
  String.raw`(?:earn(?:ing|ed|s)?|gain(?:ing|ed|s)?|achiev(?:ing|ed|es)|has|with|got)\s+(\d{1,2}\s+credits)(?![\p{L}])`,
  String.raw`\((\d{1,2}\s+credits)\)`,
  // "has a 71", "she has a 71 in my class", "tiene un 62".
  String.raw`\b(?:has|had|have|got|tiene|ten[íi]a)\s+(?:an?|un)\s+(\d{2,3}(?:[.,]\d)?\s?%?)(?=\s+(?:in|on|en|overall|right now|rn|atm|now|this|for|so far)\b|\s*[.,;!)]|$)`,
  // Work counted as missing: "Missing 4 assignments", "le faltan 4 tareas".
  String.raw`(?<![\p{L}])((?:[Mm]issing|[Mm]issed|[Oo]wes|[Hh]as not turned in|[Hh]asn['’]t turned in|[Ll]e faltan?|[Dd]ebe|[Nn]o ha entregado|[Nn]o entreg[óo])\s+\d{1,2}\s+(?:assignments?|homework assignments?|tasks?|pieces of work|tareas?|trabajos?|actividades|entregas))(?![\p{L}])`,
  // A state English-proficiency test in Spanish: "saco 2 en el TELPAS", "nivel 2 de TELPAS", "ELPAC level 3".
  String.raw`\bsac[oóa]\s+(?:un\s+)?(\d{1,3}(?:[.,]\d)?)\s+en\s+(?:el|la)\s+(?:TELPAS|ELPAC|WIDA|ACCESS|MAP|STAAR|examen|prueba|evaluaci[óo]n|test|quiz|control)`,
  String.raw`\bnivel\s+(\d(?:[.,]\d)?)\s+(?:de|del)\s+(?:TELPAS|ELPAC|WIDA|ACCESS)`,
  String.raw`\b(?:TELPAS|ELPAC|LAS Links)\s+(?:level|nivel)\s+(\d(?:[.,]\d)?)(?![\d])`,
  // Levels gained or lost: "subió 2 niveles", "went up 3 levels".
  String.raw`(?:subi[óo]|baj[óo]|avanz[óo]|went up|moved up|jumped|grew|dropped|fell|rose)\s+(\d{1,2}\s+(?:niveles|levels|bands|sublevels))(?![\p{L}])`,
];

const selfEvident = [
  // Two GCSE grades of one pupil side by side: "PG 6, working at 4", "predicted 6, target 7".
  String.raw`(?<![\p{L}])(?:${gcseCue}|${gcseCode})${gcse}(?=\s*[,;/]\s*(?:and\s+)?(?:${gcseCue}|${gcseCode})(?:\*\*)?[1-9U])`,
  String.raw`(?<=(?:${gcseCue}|${gcseCode})(?:\*\*)?[1-9U](?:\*\*)?\s*[,;/]\s*(?:and\s+)?)(?:${gcseCue}|${gcseCode})${gcse}`,
  // A grade a pupil was predicted, set or given: "predicted grade 6", "target grade is a **7**", "working at grade
  // 4", "was a grade 4", "achieved a **grade 5**" (not "a grade 5 class", nor "in grade 5").
  String.raw`(?<![\p{L}])(?:[Pp]redicted|[Tt]arget|[Mm]ock|[Ww]orking at|[Cc]urrent working|[Ff]orecast)\s+grade(?:\s+(?:is|was|of)\s+(?:an?\s+)?|\s*[:=]?\s*)${gcse}${notCounting}`,
  String.raw`(?:was|is|got|gets|achieved|gained|earned|received|scored|awarded|came back(?: as)?|marked(?: as)?|assessed(?: as)?)\s+an?\s+(?:\*\*)?grade\s+${gcse}${notCounting}`,
  // A person's name, then a result of the scale: "Wiremu gained Merit", "Ana Ruiz achieved Excellence".
  String.raw`(?<![\p{L}])\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?\s+(?:gained|achieved|got|earned|was awarded|received)\s+(?:an?\s+)?(${scaleWord})(?![\p{L}])`,
  // PM Benchmark reading levels 1–30: "PM 22", "PM level 30", "at PM 29–30" (not a time, "3 PM 22", nor "PM 2.5").
  String.raw`(?<![\d:.]\s?)\bPM(?:\s+level)?\s+((?:[1-9]|[12]\d|30)(?:\s*[–-]\s*(?:[1-9]|[12]\d|30))?)(?![\d.:]|\s*(?:am|pm)\b)`,
  // A subject with a KS2 teacher-assessment code or a BC proficiency word: "Writing WTS", "Math: Developing".
  String.raw`(?<![\p{L}])${subjectWord}\s*[:=-]?\s*(WTS|EXS|GDS|HNM|PKS|BLW)(?![\p{L}])`,
  String.raw`(?<![\p{L}])${subjectWord}\s*[:=]\s*(Emerging|Developing|Proficient|Extending|Exceeding|Strong|Needs additional support)(?![\p{L}])`,
  // "writing working towards", "expected in writing", "working towards in writing", "writing at greater depth".
  String.raw`(?<![\p{L}])(?:writing|reading|maths)\s+((?:at\s+)?(?:working towards|greater depth|the expected standard))(?![\p{L}])`,
  String.raw`(?<![\p{L}])((?:working towards|at greater depth|expected|working at the expected standard))\s+in\s+(?:writing|reading|maths)(?![\p{L}])`,
  // A reading or spelling age: "reading age came back as 8y 4m", "Reading age 8y 4m".
  String.raw`(?:[Rr]eading|[Ss]pelling) age(?:\s+(?:came back as|of|is|was|at|now))?\s*:?\s*(\d{1,2}\s?y(?:rs?|ears?)?\s*,?\s*\d{1,2}\s?m(?:onths?|ths?)?)(?![\p{L}])`,
  // A letter with its percentage: "D (64%)", "B+ (88%)" — not "Group A (40%)" or "Option B (25%)".
  String.raw`(?<!(?:[Gg]roup|[Oo]ption|[Pp]art|[Ss]ection|[Tt]ype|[Pp]lan|[Vv]itamin|[Aa]nswer|[Cc]hoice|[Tt]able|[Tt]eam|[Rr]oom|[Zz]one|[Rr]ow|[Cc]olumn|[Ss]tep|[Gg]rupo|[Oo]pci[óo]n|[Pp]arte|[Ee]quipo)\s)(?<![\p{L}\d])([A-F][+-]?\s?\(\d{1,3}(?:[.,]\d)?\s?%\))`,
];

/**
 * A person named, then what she got: "Zoe Park got 17/20 on the spelling test", "Theo scored 64%", "Ines earned
 * a B+". Not a decimal ("Biles scored 15.3" is a gymnast's), and not a word that never starts a name
 * ("Everyone got 100%").
 */
const namedResult =
  /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+)(?:\s+\p{Lu}[\p{Ll}'’-]+)?\s+(?:got|scored|earned|received)\s+(?:an?\s+)?(\d{1,3}(?:[.,]\d)?\s?%|\d{1,3}\s?\/\s?\d{2,3}(?![\d/])|[A-F][+-]?(?![\p{L}\d'’*]))/gu;

/** A run of two or more KS2 scaled scores: "Reading 96 / Maths 101 / GPS 99". */
const ks2Pair = String.raw`(?:[Rr]eading|[Mm]aths?|GPS|SPaG|[Gg]rammar)\s+(?:[89]\d|1[01]\d|120)(?![\d%/]|[.,]\d)`;
const ks2Run = new RegExp(String.raw`(?<![\p{L}])${ks2Pair}(?:\s*[,;/]\s*${ks2Pair})+`, 'gu');
const ks2Score = /(?:[89]\d|1[01]\d|120)(?!\d)/gu;

const aboutChildRe = new RegExp(aboutChild.join('|'), 'gmu');
const selfEvidentRe = new RegExp(selfEvident.join('|'), 'gmu');

/** Cheap test: a sentence with none of these letters or digits holds none of the marks above. */
const mayHold = compiledEarly(
  /\d|Achieved|Merit|Excellence|Exceeding|Strong|Developing|Needs additional|Emerging|Proficient|Extending|Distinction|WTS|EXS|GDS|HNM|PKS|working towards|greater depth|expected/u,
);

export interface ScaleMark {
  text: string;
  start: number;
}

function groupsOf(re: RegExp, text: string): ScaleMark[] {
  const found: ScaleMark[] = [];
  for (const m of allMatches(re, text)) {
    const value = m.slice(1).find((g) => g !== undefined);
    if (value) found.push({ text: value, start: m.index + m[0].lastIndexOf(value) });
  }
  return found;
}

/** Marks of the scales above in a sentence already known to be about one child. */
export function marksAboutChild(sentence: string): ScaleMark[] {
  return mayHold.test(sentence) ? groupsOf(aboutChildRe, sentence) : [];
}

/**
 * Marks whose shape alone says they are one child's result, wherever they sit; the sentence holding one is
 * about that child, so the other marks in it count too ("… gained Merit in geography and Achieved in
 * statistics, earning 9 credits", "- Jarrah Bell - Developing, PM 14").
 */
export function selfEvidentMarks(text: string): ScaleMark[] {
  if (!mayHold.test(text)) return [];
  const found = groupsOf(selfEvidentRe, text);
  for (const run of allMatches(ks2Run, text))
    for (const m of allMatches(ks2Score, run[0])) found.push({ text: m[0], start: run.index + m.index });
  if (/got|scored|earned|received/.test(text))
    for (const m of allMatches(namedResult, text))
      if (!notANameWord(m[1] as string))
        found.push({ text: m[2] as string, start: m.index + m[0].lastIndexOf(m[2] as string) });
  if (found.length === 0) return found;
  for (const s of allMatches(sentence, text)) {
    if (!found.some((f) => f.start >= s.index && f.start < s.index + s[0].length)) continue;
    for (const m of groupsOf(aboutChildRe, s[0]))
      if (!found.some((f) => f.start === s.index + m.start)) found.push({ text: m.text, start: s.index + m.start });
  }
  return found;
}

/** A sentence, or a line of a list: up to ". ", "? ", "! " or the end of the line. */
const sentence = /[^\n.!?]+(?:[.!?](?!\s|$)[^\n.!?]*)*[.!?]*/gu;

for (const re of [aboutChildRe, selfEvidentRe, ks2Run, namedResult]) compiledEarly(re);
