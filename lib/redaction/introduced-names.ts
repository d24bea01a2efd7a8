import { isKnownFirstName, lexiconTag, notANameWord } from './context-names';
import { normaliseKey, type Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';

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
const intro = compiledEarly(
  new RegExp(
    String.raw`\b(?:(${childWords})\b[^:.!?\n]{0,60}?(?::|\s(?:are|were|son|eran)\s)|(?:${commentWords})\b[^:.!?\n]{0,60}?:)[ \t]*`,
    'iuy',
  ),
);
const introWord = compiledEarly(new RegExp(`${childWords}|${commentWords}`, 'iu'));
/** Every word for children or comments: the intro is tried (sticky) only where one stands. */
const introWords = compiledEarly(new RegExp(String.raw`\b(?:${childWords}|${commentWords})\b`, 'giu'));

/** Intros in `text`: the full pattern run only at each word for children or comments. */
function* introsIn(text: string): Generator<RegExpExecArray> {
  let skipTo = 0;
  for (const w of allMatches(introWords, text)) {
    if (w.index < skipTo) continue;
    intro.lastIndex = w.index;
    const m = intro.exec(text);
    if (m) {
      skipTo = m.index + m[0].length;
      yield m;
    }
  }
}
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

/** "Priya N." → "Priya"; "marisol" → "Marisol": the words that name the same child alone or capitalised. */
function detection(item: Item, cue: string): Detection {
  const words = item.text.split(/\s+/);
  const long = words.filter((p) => p.replace(/[^\p{L}]/gu, '').length >= 3);
  const capitalised = item.text === item.text.toLowerCase() ? [titleCase(item.text), ...long.map(titleCase)] : [];
  const parts = [...new Set([...(words.length > 1 ? long : []), ...capitalised])];
  return {
    kind: 'studentName',
    text: item.text,
    start: item.start,
    key: normaliseKey(item.text),
    reason: { code: 'studentCue', detail: cue },
    scope: 'global',
    parts: parts.length > 0 ? parts : undefined,
  };
}

function titleCase(text: string): string {
  return text.replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Items of a list on the rest of the line: "maria lopez, ben ortiz and kayla wu". */
function itemsOnLine(text: string, from: number): Item[] {
  const rest = text.slice(from);
  const end = rest.search(/[.!?;](?:\s|$)|\n/);
  const clause = end === -1 ? rest : rest.slice(0, end);
  const items: Item[] = [];
  for (const m of allMatches(/[^,&]+/gu, clause)) {
    for (const piece of m[0].split(/\s+(?:and|y|e)\s+/u)) {
      const at = m.index + m[0].indexOf(piece);
      const trimmed = piece.trim();
      if (trimmed) items.push({ text: trimmed, start: from + at + piece.indexOf(trimmed) });
    }
  }
  return items;
}

// Module-level regexes: esbuild (tsx: the bench, scripts) rewrites a `\p{…}` literal inside a function as
// `new RegExp` on every call (scan10).
const articleBeforeName = /^(?:el|la|the|lil)\s+(?=\p{Lu})/u;

/**
 * Keys of the list lines right under the intro, up to a blank line or a line that is no list item: the text
 * before a separator ("Jaxon Whitfield: math 64%", "Priya N. - 97%"), a leading article dropped ("el Nacho");
 * with no separator, the leading name before a lower-case word ("Emmy Tran leaves at 11", "nolan gets his…");
 * and a full name in parentheses after the key ("Dev (Devansh Kapoor)"). `lines` holds the number of lines read.
 */
function itemsBelow(text: string, from: number): { items: Item[]; lines: number; withDetails: number } {
  const items: Item[] = [];
  let lines = 0;
  let withDetails = 0;
  let firstMarked = false;
  let at = text.indexOf('\n', from);
  while (at !== -1 && at + 1 < text.length) {
    const lineStart = at + 1;
    const next = text.indexOf('\n', lineStart);
    const lineEnd = next === -1 ? text.length : next;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') break;
    // A list of marked items ends at the first line without a marker ("we just finished…" after "- Dev …").
    const marked = markedItem.test(line);
    if (lines === 0) firstMarked = marked;
    else if (firstMarked && !marked) break;
    lines++;
    if (detailSignal.test(line)) withDetails++;
    const listMark = line.match(listMarker)?.[0].length ?? 0;
    const marker = listMark + (line.slice(listMark).match(articleBeforeName)?.[0].length ?? 0);
    const body = line.slice(marker);
    const cut = body.search(keyEnd);
    let key = (cut === -1 ? body : body.slice(0, cut)).replace(/(?:\*\*|__)$/u, '').trim();
    if (!itemShape.test(key)) key = body.trimStart().match(leadingName)?.[0] ?? key;
    items.push({ text: key, start: lineStart + marker + body.indexOf(key) });
    const inParens = cut === -1 ? null : body.slice(cut).match(/^\s*\(([^()]{3,40})\)/u);
    if (inParens && fullName.test(inParens[1] as string))
      items.push({
        text: inParens[1] as string,
        start: lineStart + marker + cut + (inParens[0] as string).indexOf('(') + 1,
      });
    at = next;
  }
  return { items, lines, withDetails };
}

/** A list line that holds a mark, a number or a plan or health word: a note about a child, not a lesson step. */
const detailSignal =
  /\d\s*%|\d\/\d|\b(?:[A-F][+-]|IEP|504|ADHD|TDAH|asthma|asma|allerg\w*|alerg\w*|absent|missed|falt\w*|behaviou?r|conducta|newcomer|reads?|lee|struggles|le cuesta|repite)\b|\b\d{1,2}(?:[.,]\d)?\s+(?:en|in|de)\s/u;

const markedItem = /^[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]/u;

/** A name leading a line before a lower-case word: "Emmy Tran leaves…", "nolan gets…". */
const leadingName =
  /^(?:\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’.-]*)?|\p{Ll}[\p{Ll}\p{M}'’-]+)(?=\s+\p{Ll})/u;

/** The start of a marked list item. */
const listStartLine = compiledEarly(/^[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]/gmu);

/**
 * Lines with a word for children or comments whose next line starts a marked list ("comments for these kids,
 * keep them positive" over "- Jaxon …"): found from the list's first line, which is rarer than the words.
 */
function childLinesThenList(text: string): { line: string; end: number }[] {
  const out: { line: string; end: number }[] = [];
  for (const m of allMatches(listStartLine, text)) {
    if (m.index === 0) continue;
    const previousStart = text.lastIndexOf('\n', m.index - 2) + 1;
    const line = text.slice(previousStart, m.index - 1);
    if (markedItem.test(line) || !introWord.test(line)) continue;
    out.push({ line, end: m.index - 1 });
  }
  return out;
}

/**
 * The items of one introduced list that are children: those shaped like names (half the list at least),
 * with at least one first name compromise knows (half of them after a word for comments, unless every key
 * was cut at a separator).
 */
function childrenOf(list: { items: Item[]; lines: number; withDetails: number }, afterChildWord: boolean): Item[] {
  const items = list.items;
  const named = items.filter((i) => isNameItem(i, afterChildWord));
  if (named.length < 2 || named.length * 2 < items.length) return [];
  const known = named.filter((i) => isKnownFirstName(i.text.split(/\s+/)[0]!)).length;
  // Names compromise does not know ("Jaxon", "Priya", "Mauri") count when most lines hold a child's details.
  if (known < 1 && list.withDetails * 2 < list.lines) return [];
  if (!afterChildWord && known * 2 < named.length && named.length < items.length) return [];
  return named;
}

/** Names in lists introduced as children (or as comments about them), with offsets in `text`. */
export function findIntroducedNames(text: string): Detection[] {
  // A plain-word test first: the full pattern costs more on a long lesson than this one-word search.
  if (!introWord.test(text)) return [];
  const out: Detection[] = [];
  const seen = new Set<number>();
  const push = (items: Item[], cue: string) => {
    for (const item of items)
      if (!seen.has(item.start)) {
        seen.add(item.start);
        out.push(detection(item, cue));
      }
  };
  for (const m of introsIn(text)) {
    const end = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', end);
    const restOfLine = text.slice(end, lineEnd === -1 ? text.length : lineEnd).trim();
    if (restOfLine === '') push(childrenOf(itemsBelow(text, end), m[1] !== undefined), m[0].trim());
    else {
      const items = itemsOnLine(text, end);
      if (items.length < 2 || !items.every((i) => isNameItem(i, m[1] !== undefined))) continue;
      const known = items.filter((i) => isKnownFirstName(i.text.split(/\s+/)[0]!)).length;
      if (m[1] ? known < 1 : known * 2 < items.length) continue;
      push(items, m[0].trim());
    }
  }
  for (const m of childLinesThenList(text)) {
    const list = itemsBelow(text, m.end);
    push(
      childrenOf(list, /\b(?:kids|students|children|pupils|learners|alumn|estudiantes|niñ|chic|peques)/iu.test(m.line)),
      // The preview quotes the cue from the text itself (its reasons are text, not English phrases).
      m.line.trim().slice(0, 60),
    );
  }
  return out;
}

const csvLine = compiledEarly(/^(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ ]\p{Lu}[\p{L}\p{M}'’-]+){1,2})[ ]*([,\t])[^\n]*$/gmu);
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
      for (const r of run) out.push(detection(r.item, r.line.slice(0, 40)));
    run = [];
  };
  for (const m of allMatches(csvLine, text)) {
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
  for (const m of allMatches(namedArray, text)) {
    if (!childVariable.test(m[1] as string)) continue;
    const listStart = m.index + m[0].indexOf(m[2] as string);
    const items: Item[] = [];
    for (const q of allMatches(/["']([^"'\n]{1,40})["']/gu, m[2] as string))
      items.push({ text: q[1] as string, start: listStart + q.index + 1 });
    if (items.length < 2 || !items.every((i) => isNameItem(i, true))) continue;
    if (!items.some((i) => isKnownFirstName(i.text.split(/\s+/)[0]!))) continue;
    for (const item of items) out.push(detection(item, m[1] as string));
  }
  return out;
}
