import { isKnownFirstName, lexiconTag, notANameWord } from './context-names';
import { normaliseKey, type Detection } from './detection';
import { isWordProblem } from './word-problems';
import { allMatches, allMatchesWhere, hasCapitalThenSmall, mayBeCapital, nextMatchWhere } from './all-matches';
import { compiledEarly } from './compiled-early';

/**
 * First names with no cue beside them, in a text that is about the teacher's students ("Heads up: Rafi leaves
 * at 10:40", "Cole and Dmitri can NOT sit together", "Student of the month: Isabella Funes!!"). In a lesson a
 * capitalised first name is a character, an author or a historical figure; in a text where the scan has already
 * found a child and other student details (an ID, a mark, a diagnosis…), a person's name that is none of
 * those — not a well-known person, character, work or place (lib/redaction/data/well-known.json, checked by the
 * caller), not the teacher, not an author after "by", not a school or a street — is most likely one of the
 * class. Seen in the fifth and sixth held-out parts (1 Dec 2026): about a third of their missed details were
 * such names, written by two authors in notes, sub plans, newsletters and prompts.
 *
 * A name counts when compromise's lexicon knows its first word as a first name (so "Frog and Toad", "Tigris",
 * "Hatchet" stay), optionally with a last name or an initial ("Sam K", "Bella S."). A name with a title
 * ("Mrs. Castellanos") is left to the cues: in such a text it may as well be a colleague.
 */

const nameWord = String.raw`\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:-\p{Lu}[\p{Ll}\p{M}]+)?`;
/** A first name, then up to two capitalised words or one initial ("Sam K", "Bella S.", "Theo Marchand"). */
const candidate = compiledEarly(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}'’@.#/_-])(${nameWord})((?:[ \t]\p{Lu}\.?(?![\p{L}\p{N}])|(?:[ \t]${nameWord}){1,2})?)(?![#]|['’](?!s(?![\p{L}]))\p{L})`,
    // Sticky: tried only at capitals (all-matches.ts, nextMatchWhere).
    'uy',
  ),
);

/** Header abbreviations that are also short first names ("Stu. No.", "Stu#"). */
const headerWords = new Set(['Stu', 'Ed', 'Gen', 'Bio', 'Lit', 'Geo', 'Soc', 'Hist', 'Chem', 'Phys']);

/** Right before a name: a title, an author's "by", or a word that makes it a place, a saint or a work's part. */
const notAChildBefore =
  /(?:\b(?:Mr|Mrs|Ms|Mx|Dr|Sr|Sra|Srta|Prof|Miss|Coach|Principal|Dean|St|Saint|San|Santa|Lake|Mount|Mt|Fort|Port|Cape|by|por|author|autora?|poet|poeta|illustrator|written|painted|composed|read|reading|leyendo|lee|leímos|novel|book|libro|novela|poem|poema|character|personaje|President|King|Queen|Prince|Princess|Emperor|General|Captain|Uncle|Aunt|Tío|Tía|Don|Doña|Fray|Sor|about|sobre|Escuela|Primaria|Secundaria|Colegio|Instituto|Liceo|Jardín|Preparatoria|School|Academy)\.?|["“«*_]|\bde)[ \t]+$/iu;
/** What a thing is named for: "named it after Monty Python", "in honor of Rosa Parks". */
const namesakeBefore =
  /\b(?:named(?:\s+(?:it|him|her|them|after|for))*|in hono(?:u)?r of|en honor a|llamad[oa] así por)[ \t]+$/iu;
/** An acronym right before a name is a school's ("CEIP Rosalía de Castro", "PS Frederick Douglass"). */
const acronymBefore = /(?<![\p{L}])\p{Lu}{2,}[ \t]+$/u;
/** Right after a name: it is a school, a place, an event or a work ("Lincoln Elementary", "Maple Street"). */
const notAChildAfter =
  /^(?:['’]s)?[ \t]+(?:Elementary|Middle|High|School|Academy|District|Museum|Park|Library|University|College|Center|Centre|County|Day|Week|Unit|Festival|Fair|Break|Holiday|Project|Colegio|Instituto|Escuela|Street|St\b|Avenue|Ave\b|Road|Rd\b|Lane|Ln\b|Drive|Dr\b|Boulevard|Blvd|Way|Court|Ct\b|Hall|Room|Building|Bridge|River|Lake|Mountains?|Island|Bay|Falls|Canyon|Valley|Award|Prize|Medal|Foundation|Institute|Company|Inc\b|Corp\b|Books|Press|Publishing|Calle|Avenida|Plaza|Parque|Río|Award)(?![\p{L}])/u;
/** A king's numeral, a model number, a particle before a surname: "Luis XVI", "Avery 5395", "Guido van Rossum". */
const notAChildAfterShape =
  /^[ \t]+(?:[IVXLC]{1,5}(?![\p{L}\p{N}])|\d{3,}|(?:van|von|de|da|di|du|del|der|le|la)[ \t]+\p{Lu})/u;
/** Inside quotes or emphasis a name is the title of a work ("*Charlotte's Web*", "“Poema de Chile”"). */
const insideTitle = /["“«*_][^"”»*_\n.!?]{0,60}$/u;
/** …and closes soon after it: a quoted letter ("Hi Tina, …") is no title. */
const titleCloses = /^[^"“”»*_\n.!?]{0,40}["”»*_]/u;

/** Words of a sentence about what the class reads. */
const literatureCue =
  /\b(?:chapters?|novel|novels|story|stories|characters?|plot|poem|poems|narrator|protagonist|villain|hero|heroine|capítulos?|novela|cuento|personajes?|poema|narrador|protagonista)\b/iu;

/**
 * Words of a sentence about history or art: a past a teacher's notes do not tell of a child ("Posada creó a La
 * Catrina", "painted", "was born in 1907", "in the 16th century"). Not "wrote" or "created": children do both.
 */
const historyCue =
  /\b(?:painted|sculpted|composed|invented|discovered|founded|conquered|explored|ruled|reigned|was born|were born|died|was assassinated|signed the|led the|pintó|esculpió|compuso|inventó|descubrió|fundó|conquistó|exploró|gobernó|reinó|nació|murió|creó a|century|siglo)\b|(?<![\d/.,])1[0-9]\d\d(?![\d/])/iu;

/** The sentence (or line) around [start, end) of `text`. */
export function sentenceAround(text: string, start: number, end: number): string {
  // Within the line: a search for ". " or "? " across a 50,000-word trace would cost more than the scan.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const at = start - lineStart;
  let from = 0;
  for (const p of ['. ', '! ', '? ']) {
    const i = line.lastIndexOf(p, at - 1);
    if (i !== -1) from = Math.max(from, i + 2);
  }
  const stops = ['. ', '! ', '? '].map((p) => line.indexOf(p, end - lineStart)).filter((i) => i !== -1);
  return line.slice(from, stops.length ? Math.min(...stops) + 1 : line.length);
}

/**
 * True when the name at [start, end) of `text` has the shape of a lesson's name around it: a title, an author's
 * "by", a saint, a namesake, a school or a street, a king's numeral; and, with `readSentence`, a book's sentence,
 * a heading, a word problem (a child already known keeps her surname there: "Jalen Okafor wrote a vivid poem").
 */
export function isLessonNameAt(text: string, start: number, end: number, readSentence = true): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEndAt === -1 ? text.length : lineEndAt);
  const before = text.slice(lineStart, start);
  if (
    notAChildBefore.test(before) ||
    acronymBefore.test(before) ||
    namesakeBefore.test(before) ||
    (insideTitle.test(before) && titleCloses.test(text.slice(end, end + 40)))
  )
    return true;
  // After any of its words: "Douglas Elementary", "Martin Street" (the name pattern reads them as a last name).
  for (let at = text.indexOf(' ', start); at !== -1 && at <= end; at = text.indexOf(' ', at + 1)) {
    const after = text.slice(at, end + 24);
    if (notAChildAfter.test(after) || notAChildAfterShape.test(after)) return true;
  }
  const after = text.slice(end, end + 24);
  if (notAChildAfter.test(after) || notAChildAfterShape.test(after)) return true;
  // A sentence about a book or a poem names its characters ("discuss Aslan and Edmund's betrayal in chapters
  // 6-9"); the caller also drops names in a sentence that names a well-known work or person.
  if (!readSentence) return false;
  const sentence = sentenceAround(text, start, end);
  if (literatureCue.test(sentence) || historyCue.test(sentence)) return true;
  // A heading is the lesson's ("# Lesson: Grace Hopper and the first bug"), and a word problem's people are
  // made up for the class to compute.
  return /^\s*#/.test(line) || (/\d/.test(line) && isWordProblem(line));
}

/**
 * A full name is how a lesson names a historical figure ("Gordon Parks photographed Harlem"); notes name a child
 * by a first name, or in full where the name is placed like a child's: at the start of a note or a message,
 * in a list ("missing: Rowan, Pippa Lund"), in parentheses after a nickname ("Fer (Fernanda Lugo)"), or with the
 * first name used alone elsewhere in the text.
 */
function placedLikeAChild(text: string, start: number, end: number, first: string): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, end + 6);
  // A note's or a message's start: after a list mark, a cell's bar or a time, or before a colon or a dash.
  if (/^[ \t]*(?:[>*+•|-]|\d{1,2}[.)]|\[[^\]\n]{1,24}\])[ \t]*(?:\*\*)?$/u.test(before)) return true;
  if (/^[ \t]*$/u.test(before) && /^(?:\*\*)?[ \t]*(?:[:—–(]|-[ \t])/u.test(after)) return true;
  if (/(?::|,|\(|\b(?:and|y|e|&|\+))[ \t]*$/u.test(before) || /^[ \t]*(?:,|;|\)|:|and\b|y\b|&|\+)/u.test(after))
    return true;
  // Nearby (a long trace is not searched whole for each name).
  const alone = new RegExp(String.raw`(?<![\p{L}\p{N}])${first}(?![\p{L}\p{N}]|[ \t]+\p{Lu})`, 'u');
  return alone.test(text.slice(Math.max(0, start - 4000), start)) || alone.test(text.slice(end, end + 4000));
}

/** Fields in which the scan found at least this many student details make the text one about students. */
export const detailsForStudentText = 2;

// Module-level regexes: esbuild (tsx: the bench, scripts) rewrites a `\p{…}` literal inside a function as
// `new RegExp` on every call (scan10).
const initialWord = /^\p{Lu}\.?$/u;

/**
 * Name-shaped spans in `text` whose first word compromise knows as a first name, with none of the shapes of a
 * lesson's names around them. The caller checks well-known names and the teacher, and calls this only on a
 * text already holding a child and other student details.
 */
export function findNamesInStudentText(text: string): Detection[] {
  const out: Detection[] = [];
  if (!hasCapitalThenSmall(text)) return out;
  // Code is left to the rules that read keys and arrays: a name in a string literal has no sentence around it.
  const fences = [...allMatches(/^[ \t]*(?:```|~~~)/gmu, text)].map((f) => f.index);
  const inCode = (at: number) => fences.filter((f) => f < at).length % 2 === 1;
  let from = 0;
  for (
    let m = nextMatchWhere(candidate, text, from, mayBeCapital);
    m !== null;
    m = nextMatchWhere(candidate, text, from, mayBeCapital)
  ) {
    const first = m[1] as string;
    // "Hi Tina", "Heads up: Rafi": the name may start at the next word of the capitalised run.
    from = m.index + first.length;
    if (!isKnownFirstName(first.split('-')[0]!) || notANameWord(first) || headerWords.has(first)) continue;
    // The words after the first name up to a word that never starts a name ("Cole Lesson" → "Cole").
    const restWords = (m[2] as string).split(/[ \t]/).filter(Boolean);
    const cut = restWords.findIndex((w) => notANameWord(w));
    const kept = cut === -1 ? restWords : restWords.slice(0, cut);
    const nameText = text.slice(m.index, m.index + first.length + kept.reduce((n, w) => n + 1 + w.length, 0));
    const start = m.index;
    const end = start + nameText.length;
    if (inCode(start)) continue;
    from = end;
    if (isLessonNameAt(text, start, end)) continue;
    if (kept.length > 0 && !initialWord.test(kept[0]!) && !placedLikeAChild(text, start, end, first)) continue;
    const parts = nameText.split(/[ \t]+/).filter((p) => p.replace(/[^\p{L}]/gu, '').length >= 3);
    out.push({
      kind: 'studentName',
      text: nameText,
      start,
      key: normaliseKey(nameText),
      reason: { code: 'aboutStudents', detail: '' },
      scope: 'global',
      parts: parts.length > 1 ? parts : undefined,
    });
  }
  return out;
}

/**
 * A nickname compromise's lexicon does not know, joined to a child already found: "split up Gio and Luca", "Cole
 * y el Chuy no se pueden sentar juntos", "BM + Kendrick" (fifth part, 1 Dec 2026). One capitalised word, not a
 * word of another kind in the lexicon, not a word that never starts a name, with no lesson's shape around it.
 * `known` holds the children's names as written.
 */
export function findNamesBesideKnown(text: string, known: Set<string>): Detection[] {
  const out: Detection[] = [];
  for (const m of allMatchesWhere(besidePair, text, mayBeCapital)) {
    const [left, right] = [m[1] as string, m[2] as string];
    const [name, start] =
      known.has(left) && !known.has(right)
        ? [right, m.index + m[0].lastIndexOf(right)]
        : known.has(right) && !known.has(left)
          ? [left, m.index]
          : [null, 0];
    if (name === null || notANameWord(name) || headerWords.has(name)) continue;
    const tag = lexiconTag(name);
    if (tag !== undefined && !isKnownFirstName(name)) continue;
    if (isLessonNameAt(text, start, start + name.length)) continue;
    out.push({
      kind: 'studentName',
      text: name,
      start,
      key: normaliseKey(name),
      reason: { code: 'nearStudent', detail: '' },
      scope: 'global',
    });
  }
  return out;
}

/** Two capitalised words joined as a pair: "Gio and Luca", "Ana y el Chuy", "BM + Kendrick". */
const besidePair = compiledEarly(
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{M}'’-]*)[ \t]+(?:and|y|e|&|\+)[ \t]+(?:(?:el|la)[ \t]+)?(\p{Lu}[\p{L}\p{M}'’-]*)(?![\p{L}\p{N}])/uy,
);
