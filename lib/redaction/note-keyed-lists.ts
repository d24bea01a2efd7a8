import { lexiconTag, notANameWord } from './context-names';
import { normaliseKey, type Detection } from './detection';
import { allMatches } from './all-matches';

/**
 * A list keyed by children whose notes are a child's record: a comment bank ("- rosa elena vidal — used
 * marigolds…, grade 95"), report-card notes ("- Valeska Rondón — Lectura 3, Escritura 3…"), a family directory
 * ("1. Santiago José Briceño — papás: …, celular …"). Parts 11 and 12 (1 Dec 2026) had such lists where no key
 * was a known child yet, so the rule that needs known keys (name-lists.ts) found none of them. Here the notes
 * decide: most items of the list carry a mark, an absence, a plan, a family member or a contact, which a list
 * of characters, authors or vocabulary does not ("- George — small, quick, protective of Lennie").
 */

/** "- Key — note", "2) Key – note", "• **Key** - note": the key up to a dash, the note after it. */
const item =
  /^[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]+(?:\*\*|__)?([^\n—–:*_|]{2,48}?)(?:\*\*|__)?[ \t]*(?:[—–]|[ \t]-[ \t])[ \t]*([^\n]*)/gmu;

/**
 * What a note about one child holds: a mark ("grade 95", "88%", "Lectura 3", "RIT 212"), an absence or a late piece
 * of work, a support plan or a condition, a family member or a way to reach them. A bare fraction ("3/4") is no
 * cue: a fractions warm-up is keyed by "Halves", "Thirds".
 */
const recordCue = new RegExp(
  [
    String.raw`\b(?:grade|grades|graded|nota|notas|score|puntaje|lexile|wpm|wcpm|rit|promedio|average|avg)\b[^\n]{0,12}?\d`,
    String.raw`(?<![\d/.:])\d{1,3}(?:[.,]\d)?\s?%`,
    String.raw`\b(?:reading|writing|math|science|spelling|lectura|escritura|matem[áa]ticas?|lenguaje|ciencias)\s+\d(?!\d)`,
    String.raw`\b(?:absent|absences?|ausencias?|faltas?|falta mucho|tardies|tardy|missing|late work|extension|make-?up|retake|was out|out for|se ausent[óo])\b`,
    String.raw`\b(?:IEP|504|ELL|EL|ESL|WIDA|ELD|PIE|PIAR|TDAH|ADHD|dyslexia|dislexia|autism|autismo|asthma|asma|allerg\w*|al[ée]rgic\w*|inhaler|inhalador|surgery|cirug[íi]a|therapy|terapia|terapista|counseling|consejer[íi]a)\b`,
    String.raw`\b(?:mom|mum|dad|mother|father|parents?|guardian|grandma|grandmother|grandfather|stepdad|stepmom|mam[áa]|pap[áa]|pap[áa]s|madre|padre|abuel[ao]|t[íi][ao]|apoderad[oa]|acudiente|tutor[a]?)\b`,
    String.raw`\b(?:cell|phone|tel|celular|tel[ée]fono|correo|email)\b|@\w`,
  ].join('|'),
  'iu',
);

/** A key that may be a child's name: one to four words, capitalised or all lower case, with no digits. */
const keyWords = /^[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3}$/u;
const joinWords = /^(?:de|del|la|las|los|van|von|der|da|dos|y)$/iu;
const notAKeyWord =
  /^(?:and|or|the|a|an|of|for|with|to|in|on|at|by|from|el|los|las|con|para|por|en|un|una|this|that|each|every|all|todos?|cada)$/iu;

/** A word that starts no name: a lexicon word that is not a name ("used", "Photosynthesis" when known). */
function isNameWord(word: string): boolean {
  if (joinWords.test(word)) return true;
  const bare = word.replace(/[.'’]+$/u, '');
  if (bare.length === 1) return /^\p{Lu}$/u.test(bare);
  if (notAKeyWord.test(bare) || notANameWord(bare)) return false;
  const tag = lexiconTag(bare);
  return tag === undefined || /Name|Person|Place/.test(tag);
}

interface Piece {
  text: string;
  start: number;
}

/**
 * The names in one key: the key itself, or its parts around a nickname in parentheses or quotes
 * ("jesús manuel (Chuchito) Landaeta", "\"Toñito\" Antonio Meza", "Zeke (Ezekiel Morales)").
 */
function namesInKey(key: string, start: number): Piece[] | undefined {
  const aside = key.match(/^(.*?)\s*[("“]([^()"“”]{2,30})[)"”]\s*(.*)$/u);
  const pieces: Piece[] = aside
    ? [
        { text: (aside[1] as string).trim(), start },
        { text: aside[2] as string, start: start + key.indexOf(aside[2] as string, (aside[1] as string).length) },
        { text: (aside[3] as string).trim(), start: start + key.lastIndexOf(aside[3] as string) },
      ].filter((p) => p.text !== '')
    : [{ text: key, start }];
  for (const p of pieces) {
    if (!keyWords.test(p.text)) return undefined;
    const words = p.text.split(/\s+/);
    const cased = p.text === p.text.toLowerCase() || words.every((w) => joinWords.test(w) || /^\p{Lu}/u.test(w));
    if (!cased || joinWords.test(words[0]!) || !words.every(isNameWord)) return undefined;
  }
  return pieces;
}

function titleCase(text: string): string {
  return text.replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function detection(piece: Piece): Detection {
  const words = piece.text.split(/\s+/).filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 3 && !joinWords.test(w));
  const lower = piece.text === piece.text.toLowerCase();
  // A name written in lower case in the notes is written capitalised in the answer ("rosa elena vidal", "Rosa").
  const parts = [
    ...(words.length > 1 ? words : []),
    ...(lower ? [titleCase(piece.text), ...words.map(titleCase)] : []),
  ];
  return {
    kind: 'studentName',
    text: piece.text,
    start: piece.start,
    key: normaliseKey(piece.text),
    reason: { code: 'studentList', detail: '' },
    scope: 'global',
    parts: parts.length ? [...new Set(parts)] : undefined,
  };
}

/** Children keying a list whose notes are about children (at least three items; two thirds with a record cue). */
export function findNoteKeyedListNames(text: string): Detection[] {
  // Cheap look first: a list line with a dash after its key.
  if (!/^[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t][^\n]*?\s[—–-]\s/mu.test(text)) return [];
  const out: Detection[] = [];
  let group: { key: string; start: number; note: string }[] = [];
  let lastLineEnd = -2;
  const flush = () => {
    const withCue = group.filter((g) => recordCue.test(g.note)).length;
    if (group.length >= 3 && withCue >= Math.max(2, Math.ceil((group.length * 2) / 3)))
      for (const g of group) for (const piece of namesInKey(g.key, g.start) ?? []) out.push(detection(piece));
    group = [];
  };
  for (const m of allMatches(item, text)) {
    if (text.lastIndexOf('\n', m.index - 1) !== lastLineEnd) flush();
    const end = text.indexOf('\n', m.index);
    lastLineEnd = end === -1 ? text.length : end;
    const key = (m[1] as string).trim();
    group.push({ key, start: m.index + m[0].indexOf(key), note: m[2] as string });
  }
  flush();
  return out;
}
