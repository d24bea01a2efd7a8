import type { Detection } from './detection';
import { detectReadingLevels, detectSensitiveTerms } from './sensitive-terms';
import { allMatches, allMatchesWhere, asciiWordAt, isAsciiLetter } from './all-matches';
import { compiledEarly } from './compiled-early';

/**
 * Health details and support plans in a trace about students, in sentences that speak of one child without a
 * cue the line rules know: notes typed as fragments ("- also dx dyslexia (private eval 2023)", "- mom says sleep
 * is bad, on melatonin"), pronouns written loosely ("i know hes on a 504 plan for ADHD"), a parent's wording
 * ("por su condición de celiaquía"). Seen in the fifth and sixth held-out parts (1 Dec 2026): a fifth of their
 * missed details were terms the redactor knows, in sentences it did not tie to a child.
 *
 * In a trace where the scan has already found a child and other student details, such a term counts when its
 * sentence speaks of one person (a singular pronoun, "su"; one naming a known child is read by the second look) or is a note line (a list
 * item, a line of a pasted message) — not when it speaks of children in general ("students with ADHD benefit
 * from…", "los alumnos con TDAH") nor of a well-known person (the caller passes the spans of those).
 * Marks are left to the line rules (a fraction or a percentage in a lesson is not a child's), but for a reading
 * level, whose shapes ("level: E", "DRA 28") are a child's record.
 */

/**
 * One person spoken of: English and Spanish singular pronouns, loose forms ("hes"), and "su"; and one child named
 * by a singular noun ("referir al niño para evaluación", "the child's pediatrician", "this student"), as a letter
 * about one child writes before or instead of the name.
 */
const onePersonAt = compiledEarly(
  /(?<![\p{L}])(?:he|she|him|his|her|hers|hes|shes|he['’]s|she['’]s|he['’]d|she['’]d|él|ella|su|sus|lo|le|(?:al|el|del) (?:niño|alumno|estudiante|menor)|la (?:niña|alumna|estudiante|menor)|(?:the|this|your|my) (?:child|student|son|daughter)|(?:su|tu|mi) (?:hij[oa]|niñ[oa]))(?![\p{L}])/iuy,
);
/**
 * Where one of those may start, not right after a letter: outside ASCII ("él"), or h, s, e, l (pronouns), a, d
 * ("al", "del"), t, y, m ("the", "this", "your", "my", "tu", "mi") in either case.
 */
const onePersonStarts = new Set('hseladtymHSELADTYM'.split('').map((c) => c.charCodeAt(0)));
/**
 * The letters each alternative starts with, up to its first character that is not a letter, in lower case: at an
 * ASCII word the pattern can match only when the word (in any case) is one of these. "the" still sends "the
 * students" to the pattern; "students", "lines" and "area" no longer do (about half of a lesson's words did).
 */
const onePersonLeads = new Set([
  ...'he she him his her hers hes shes él ella su sus lo le al el del la the this your my tu mi'.split(' '),
]);
const onePersonMayStart = (code: number): boolean => code >= 128 || onePersonStarts.has(code);
/** Not right after a letter, and at an ASCII word only one of the leads. */
const onePersonFits = (text: string, at: number, before: number): boolean => {
  if (isAsciiLetter(before)) return false;
  if (text.charCodeAt(at) >= 128) return true;
  const word = asciiWordAt(text, at, true);
  return word === null || onePersonLeads.has(word);
};
/** Children in general: "students with ADHD", "kids who stutter", "los alumnos con TDAH", "many children". */
const childrenInGeneral =
  /\b(?:students|kids|children|learners|pupils|people|teens|adults|anyone|everyone|alumn[oa]s|estudiantes|niñ[oa]s|personas|chic[oa]s)\s+(?:with|who|that|con|que|who['’]re)\b|\b(?:many|most|some|all|muchos|muchas|algunos|algunas|todos|todas)\s+(?:students|kids|children|alumn[oa]s|estudiantes|niñ[oa]s)\b/iu;
/**
 * A note line: a list item, a message pasted with its time, or a labelled line of a meeting note ("concerns: …",
 * "team decision: move to Tier 3", part 12) — its first word is where the note starts.
 */
const noteLineAll = compiledEarly(/^[ \t]*(?:\p{L}[\p{L} ]{1,24}:[ \t]|[-*+•]|\d{1,2}[.)]|\[?\d{1,2}[:/]\d{2})/gmu);

interface Span {
  start: number;
  end: number;
}

/**
 * Health and support-plan terms in `text` (a field of a trace already about students) in sentences about one
 * child; `wellKnown` are the spans of well-known names.
 */
export function findTermsInStudentText(text: string, wellKnown: Span[]): Detection[] {
  const out: Detection[] = [];
  // Where a sentence may speak of one child, found by one pass of each cheap pattern over the whole text: a
  // long lesson has thousands of sentences and speaks of no one person in most of them.
  const hits: number[] = [];
  // A sentence naming a known child is read by the second look (lib/redaction/scan.ts, scanAboutKnownNames).
  // The pronouns sticky, tried only where one may start (all-matches.ts); the note lines by a global scan, which
  // V8 runs from line start to line start (measured 1 Dec 2026: faster than a sticky try at each line).
  for (const [re, matches] of [
    [onePersonAt, allMatchesWhere(onePersonAt, text, onePersonMayStart, onePersonFits)],
    [noteLineAll, allMatches(noteLineAll, text)],
  ] as const) {
    for (const m of matches) {
      hits.push(m.index);
      if (re !== noteLineAll) continue;
      // Every sentence of a note line is a note.
      const lineEndAt = text.indexOf('\n', m.index);
      const line = text.slice(m.index, lineEndAt === -1 ? text.length : lineEndAt);
      for (const stop of allMatches(/[.!?] /gu, line)) hits.push(m.index + stop.index + 2);
    }
  }
  hits.sort((a, b) => a - b);
  let doneUpTo = -1;
  for (const at of hits) {
    if (at < doneUpTo) continue;
    const { start, end } = sentenceAt(text, at);
    doneUpTo = end;
    const sentence = text.slice(start, end);
    if (childrenInGeneral.test(sentence)) continue;
    if (wellKnown.some((s) => s.start < end && start < s.end)) continue;
    const reason = { code: 'aboutStudents' as const, detail: '' };
    for (const d of [...detectSensitiveTerms(sentence, [], true, false), ...detectReadingLevels(sentence, '')])
      out.push({ ...d, start: start + d.start, reason });
  }
  return out;
}

/** The sentence holding offset `at`: within its line, from the last ". ", "! " or "? " to the next. */
function sentenceAt(text: string, at: number): { start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEndAt = text.indexOf('\n', at);
  // Searched within the line: a "? " looked for across a 300 KB field costs more than the rule.
  const line = text.slice(lineStart, lineEndAt === -1 ? text.length : lineEndAt);
  const rel = at - lineStart;
  let start = 0;
  let end = line.length;
  for (const p of ['. ', '! ', '? ']) {
    const before = line.lastIndexOf(p, rel - 1);
    if (before !== -1) start = Math.max(start, before + 2);
    const after = line.indexOf(p, rel);
    if (after !== -1 && after < end) end = after + 1;
  }
  return { start: lineStart + start, end: lineStart + end };
}
