import { isKnownFirstName, lexiconTag, notANameWord } from './context-names';
import { normaliseKey, type Detection } from './detection';

/**
 * Children named by what introduces them, with no cue beside each name: "Make flashcards for these kids:" over
 * a numbered list, "kids who need the retake: maria lopez, ben ortiz and kayla wu", "Los alumnos de refuerzo
 * son Iria, Xabi y Noa", "Rewrite these comments:" over "Greta - never turns in homework"; and the rows of a
 * CSV pasted without its header ("Jonas Whitfield,8,reading below level"). Found by probing on 1 Dec 2026
 * (tests/redaction/probes-round-6.test.ts): each shape missed every name.
 *
 * A list counts only when its items are shaped like names, none is a word compromise's lexicon knows as
 * something else ("Scissors", "Glue", "Venus") or a lesson word, and enough of them are first names it knows:
 * one after a word for children ("kids", "alumnos"), half after a word for comments.
 */

const childWords = String.raw`kids|students|children|pupils|learners|alumn[oa]s|estudiantes|niñ[oa]s|chic[oa]s|peques`;
const commentWords = String.raw`comments|report card comments|feedback|comentarios|observaciones`;
/** What introduces a list: a word for children (or comments) and, within the clause, a colon or "are"/"son". */
const intro = new RegExp(
  String.raw`\b(?:(${childWords})\b[^:.!?\n]{0,60}?(?::|\s(?:are|were|son|eran)\s)|(?:${commentWords})\b[^:.!?\n]{0,60}?:)[ \t]*`,
  'giu',
);
const introWord = new RegExp(`${childWords}|${commentWords}`, 'iu');
const itemShape =
  /^(?:\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}|\p{Ll}[\p{Ll}\p{M}'’-]+(?:\s+\p{Ll}[\p{Ll}\p{M}'’-]+)?)$/u;
/** Where the key of a list line ends: "Greta - never…", "Omar: J", "Ava (IEP)". */
const keyEnd = /\s+[-–—]\s|[—–:,(\t]|\s{2,}/u;
const listMarker = /^[ \t]*(?:[-*+•]|\d{1,2}[.)])?[ \t]*(?:\*\*|__)?/u;

interface Item {
  text: string;
  start: number;
}

/**
 * An item shaped like a name, not a word compromise knows as something else. In lower case it must start with
 * a first name compromise knows ("maria lopez", not "red team"), unless `lowerUnknownOk` (a list after a word
 * for children, where "kenji" beside "Rosalind" is a child too): then a word it does not know at all will do.
 */
function isNameItem(item: Item, lowerUnknownOk = false): boolean {
  if (!itemShape.test(item.text)) return false;
  const first = item.text.split(/\s+/)[0]!;
  if (notANameWord(first)) return false;
  const tag = lexiconTag(first);
  if (tag !== undefined && !['FirstName', 'MaleName', 'FemaleName', 'Person', 'LastName'].includes(tag)) return false;
  if (first === first.toLowerCase() && !isKnownFirstName(first) && !(lowerUnknownOk && tag === undefined)) return false;
  return true;
}

function detection(item: Item, cue: string): Detection {
  const parts = item.text.split(/\s+/).filter((p) => p.replace(/[^\p{L}]/gu, '').length >= 3);
  return {
    kind: 'studentName',
    text: item.text,
    start: item.start,
    key: normaliseKey(item.text),
    reason: { code: 'studentCue', detail: cue },
    scope: 'global',
    parts: parts.length > 1 ? parts : undefined,
  };
}

/** Items of a list on the rest of the line: "maria lopez, ben ortiz and kayla wu". */
function itemsOnLine(text: string, from: number): Item[] {
  const rest = text.slice(from);
  const end = rest.search(/[.!?;](?:\s|$)|\n/);
  const clause = end === -1 ? rest : rest.slice(0, end);
  const items: Item[] = [];
  for (const m of clause.matchAll(/[^,&]+/gu)) {
    for (const piece of m[0].split(/\s+(?:and|y|e)\s+/u)) {
      const at = m.index + m[0].indexOf(piece);
      const trimmed = piece.trim();
      if (trimmed) items.push({ text: trimmed, start: from + at + piece.indexOf(trimmed) });
    }
  }
  return items;
}

/** Keys of the lines right under the intro, up to a blank line. */
function itemsBelow(text: string, from: number): Item[] {
  const items: Item[] = [];
  let at = text.indexOf('\n', from);
  while (at !== -1 && at + 1 < text.length) {
    const lineStart = at + 1;
    const lineEnd = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') break;
    const marker = line.match(listMarker)?.[0].length ?? 0;
    const body = line.slice(marker);
    const cut = body.search(keyEnd);
    const key = (cut === -1 ? body : body.slice(0, cut)).replace(/(?:\*\*|__)$/u, '').trim();
    items.push({ text: key, start: lineStart + marker + body.indexOf(key) });
    at = lineEnd === text.length ? -1 : lineEnd;
  }
  return items;
}

/** Names in lists introduced as children (or as comments about them), with offsets in `text`. */
export function findIntroducedNames(text: string): Detection[] {
  // A plain-word test first: the full pattern costs more on a long lesson than this one-word search.
  if (!introWord.test(text)) return [];
  const out: Detection[] = [];
  for (const m of text.matchAll(intro)) {
    const end = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', end);
    const restOfLine = text.slice(end, lineEnd === -1 ? text.length : lineEnd).trim();
    const items = restOfLine === '' ? itemsBelow(text, end) : itemsOnLine(text, end);
    if (items.length < 2 || !items.every((i) => isNameItem(i, m[1] !== undefined))) continue;
    const known = items.filter((i) => isKnownFirstName(i.text.split(/\s+/)[0]!)).length;
    if (m[1] ? known < 1 : known * 2 < items.length) continue;
    const cue = m[0].trim();
    for (const item of items) out.push(detection(item, cue));
  }
  return out;
}

/** A line starting with a full name and a comma or tab: the only lines a headerless class list can hold. */
const csvLine = /^(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ ]\p{Lu}[\p{L}\p{M}'’-]+){1,2})[ ]*([,\t])[^\n]*$/gmu;
const fullName = /^\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2}$/u;

/**
 * The first cells of a CSV pasted without its header, when two or more consecutive rows start with a full name
 * whose first word compromise knows as a first name, and no cell is a year before 2000 (a lesson's table of
 * historical people: "Harriet Tubman,1822,Maryland").
 */
export function findHeaderlessCsvNames(text: string): Detection[] {
  if (!/[,\t]/.test(text)) return [];
  const out: Detection[] = [];
  let run: { item: Item; line: string; separators: number }[] = [];
  let lastEnd = -2;
  const flush = () => {
    const counts = new Set(run.map((r) => r.separators));
    if (
      run.length >= 2 &&
      counts.size === 1 &&
      run.every((r) => fullName.test(r.item.text) && isKnownFirstName(r.item.text.split(/\s+/)[0]!)) &&
      !run.some((r) => /(?:^|[,\t])\s*1\d{3}\s*(?:[,\t]|$)/u.test(r.line))
    )
      for (const r of run) out.push(detection(r.item, 'rows of a class list'));
    run = [];
  };
  for (const m of text.matchAll(csvLine)) {
    if (m.index !== lastEnd + 1) flush();
    const first = (m[1] as string).trim();
    const separators = m[0].split(m[2] as string).length - 1;
    run.push({ item: { text: first, start: m.index + m[0].indexOf(first) }, line: m[0], separators });
    lastEnd = m.index + m[0].length;
  }
  flush();
  return out;
}

/** An array of names in code, by its variable: `readingGroup = ["Amaya", "Bodhi"]`, `alumnos = ['Iria', 'Noa']`. */
const namedArray = /\b([A-Za-z_$][\w$]*)["']?\s*[:=]\s*\[((?:\s*(?:"[^"\n]{1,40}"|'[^'\n]{1,40}')\s*,?)+)\s*\]/gu;
const childVariable =
  /student|kid|child|pupil|learner|reader|roster|names|class|group|seat|absent|tardy|alumn|nombre|niñ|grupo/i;

/** Names in arrays whose variable names children; items as in a list after a word for children. */
export function findNamesInArrays(text: string): Detection[] {
  if (!text.includes('[')) return [];
  const out: Detection[] = [];
  for (const m of text.matchAll(namedArray)) {
    if (!childVariable.test(m[1] as string)) continue;
    const listStart = m.index + m[0].indexOf(m[2] as string);
    const items: Item[] = [];
    for (const q of (m[2] as string).matchAll(/["']([^"'\n]{1,40})["']/gu))
      items.push({ text: q[1] as string, start: listStart + q.index + 1 });
    if (items.length < 2 || !items.every((i) => isNameItem(i, true))) continue;
    if (!items.some((i) => isKnownFirstName(i.text.split(/\s+/)[0]!))) continue;
    for (const item of items) out.push(detection(item, `in the array ${m[1] as string}`));
  }
  return out;
}
