import { isKnownFirstName, notANameWord } from './context-names';
import { normaliseKey, type Detection } from './detection';
import type { TextBlock } from './text-structure';
import { allMatches, nextMatchWhere } from './all-matches';

/**
 * Children named by the shape of what a teacher pastes rather than by a cue beside each name:
 * - a list whose items are keyed by children ("- Priya Raman — 78/100 …", "2) Grayson Pike — born …"): once two
 *   keys of one list are known to be students, the other name-shaped keys of that list are students too, also
 *   when written in lower case ("- wren hollis — quiet, but …");
 * - a grid of names with no student column (a seating chart, a group chart): when most of its cells are
 *   names, and several are first names compromise's lexicon knows, every name-shaped cell is a child
 *   ("Jun-ho", "Sofia G.", "bella r.").
 */

const listItemKey =
  /^[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]+(?:\*\*|__)?([^\n—–:*_]{2,40}?)(?:\*\*|__)?[ \t]*(?:[—–:]|[ \t]-[ \t])/gmu;
/**
 * Report-card notes typed without list marks, one child a line before a spaced dash ("lexi - reading way up",
 * "big mike (michael ashford) - math strong"): a colon is left out, as "Materials: …" lines are labels.
 */
const unmarkedItemKey = /^[ \t]*([^\n—–:*_-]{2,40}?)[ \t]+[-—–][ \t]/gmu;
/** "big mike (michael ashford)": a nickname before the child's name in parentheses. */
const nicknameOfName = /^(.+?)\s*\(([^()]+)\)$/u;
/** One to three words: capitalised, or all lower case; an initial ("Sofia G.") or a quoted nickname allowed. */
const keyShape =
  /^(?:\p{Lu}[\p{L}'’-]+|\p{Ll}[\p{Ll}'’-]+)(?:\s+(?:["“(][\p{L}'’-]+["”)]|\p{L}[\p{L}'’.-]*|de|del|la|van|der|von|da))?(?:\s+\p{L}[\p{L}'’.-]*){0,2}$/u;
const notNameKey =
  /\d|\b(?:and|the|for|with|of|to|in|on|at|by|or|y|el|los|las|con|para|por|en)\b|^(?:note|goal|step|warm|exit|materials|objective|homework|tarea|nota|objetivo)/iu;

interface Key {
  text: string;
  start: number;
  /** The rest of the key's line: what the list says about it. */
  note?: string;
}

function titleCase(text: string): string {
  return text.replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function studentDetection(key: Key, cue: string): Detection {
  const parts = key.text
    .split(/\s+/)
    .map((p) => p.replace(/^["“(]|["”)]$/gu, ''))
    .filter((p) => p.replace(/[^\p{L}]/gu, '').length >= 3 && !/^(?:de|del|la|van|der|von|da)$/i.test(p));
  // A name written in lower case is found again capitalised ("wren hollis" in the notes, "Wren" in the answer).
  const written = key.text === key.text.toLowerCase() ? [titleCase(key.text), ...parts.map(titleCase)] : [];
  // Initials as a name ("jj") are written in capitals elsewhere ("JJ").
  if (/^\p{Ll}{2,3}$/u.test(key.text)) written.push(key.text.toUpperCase());
  const all = [...new Set([...(parts.length > 1 ? parts : []), ...written])];
  return {
    kind: 'studentName',
    text: key.text,
    start: key.start,
    key: normaliseKey(key.text),
    reason: { code: 'studentCue', detail: cue },
    scope: 'global',
    parts: all.length ? all : undefined,
  };
}

/** Students among the keys of lists in `text`, given the student names already found (`known`, lower case). */
/** A dash between words ("Greta - never…"); sticky, tried only at the three dashes. */
const dashAfterWords = /(?<=\S[ \t]+)[-—–][ \t]/uy;
const isDash = (code: number) => code === 0x2d || code === 0x2014 || code === 0x2013;

export function findListedStudents(text: string, known: Set<string>): Detection[] {
  if (known.size === 0) return [];
  const marked = /^[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]/mu.test(text);
  const out = marked ? listedIn(text, known, listItemKey, false) : [];
  // The dash first, the words before it looked behind: the same test, tried only at a dash (all-matches.ts)
  // instead of at every character of a long lesson (the look-behind still ran at each one).
  if (nextMatchWhere(dashAfterWords, text, 0, isDash) !== null) {
    const seen = new Set(out.map((d) => d.start));
    for (const d of listedIn(text, known, unmarkedItemKey, true)) if (!seen.has(d.start)) out.push(d);
  }
  return out;
}

/**
 * What a teacher's note says of a child ("reading way up", "shy but improving", "new this month", "asks great
 * questions"); a line of a schedule or a reminder ("picture day friday") says none of it.
 */
const noteAboutChild =
  /\b(?:he|she|his|her|him|they|new|loves?|likes?|needs?|gets?|got|reads?|reading|math|writing|spelling|shy|kind|sweet|quiet|talks?|works?|working|struggl\w*|improv\w*|progress\w*|behind|ahead|absent|missed|asks?|participat\w*|focus\w*|strong|helpful|tries|trying|behaviou?r|friends?)\b/iu;

function listedIn(text: string, known: Set<string>, itemKey: RegExp, unmarked: boolean): Detection[] {
  const out: Detection[] = [];
  let group: Key[] = [];
  let lastLineEnd = -2;
  const flush = () => {
    // "big mike (michael ashford)": the child's name in parentheses makes the words before it her nickname.
    group = group.map((k) => {
      const m = k.text.match(nicknameOfName);
      return m && known.has((m[2] as string).toLowerCase()) ? { ...k, text: m[1] as string } : k;
    });
    const isKnown = (k: Key) => known.has(k.text.toLowerCase()) || known.has(k.text.split(/\s+/)[0]!.toLowerCase());
    const nameLike = (k: Key) =>
      keyShape.test(k.text) && !notNameKey.test(k.text) && !notANameWord(k.text.split(/\s+/)[0]!);
    const knownCount = group.filter(isKnown).length;
    // Two known children make it a list of children; one does when every key of the list is shaped like a name.
    if (group.length >= 3 && (knownCount >= 2 || (knownCount === 1 && group.every(nameLike))))
      for (const k of group)
        // A known child written in lower case ("priya - sweet") is found as written too.
        if (
          (!isKnown(k) || k.text === k.text.toLowerCase()) &&
          nameLike(k) &&
          // Without list marks, a key is a child only where its note is about one.
          (!unmarked || isKnown(k) || noteAboutChild.test(k.note ?? ''))
        )
          out.push(studentDetection(k, 'in a list of students'));
    group = [];
  };
  for (const m of allMatches(itemKey, text)) {
    const lineStart = m.index;
    // Items of one list sit on consecutive lines.
    if (text.lastIndexOf('\n', lineStart - 1) !== lastLineEnd) flush();
    const key = (m[1] as string).trim();
    const end = text.indexOf('\n', lineStart);
    lastLineEnd = end === -1 ? text.length : end;
    group.push({ text: key, start: m.index + m[0].indexOf(key), note: text.slice(m.index + m[0].length, lastLineEnd) });
  }
  flush();
  return out;
}

const cellName =
  /^(?:\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{L}[\p{Ll}'’]*)?(?:\s+\p{Lu}\.?|\s+\p{Lu}\p{Ll}[\p{Ll}'’-]*)?|\p{Ll}{2,}\s+\p{Ll}\.)$/u;

/** Every name-shaped cell of a grid of names (rows of one table that is not a class table). */
export function findGridNames(rows: Extract<TextBlock, { type: 'row' }>[]): Detection[] {
  const cells = rows.flatMap((r) => r.cells.slice(1)).filter((c) => c.text.trim() !== '');
  if (cells.length < 4) return [];
  const named = cells.filter((c) => cellName.test(c.text) && !notANameWord(c.text.split(/\s+/)[0]!));
  const known = named.filter((c) => isKnownFirstName(c.text.split(/\s+/)[0]!));
  // Teachers write a chart with first names ("Keisha", "Sofia G."); a table of people named in full is more
  // likely a lesson's (abolitionists, inventors), so full names alone don't make a chart.
  const short = named.filter((c) => !/\s\p{Lu}\p{Ll}/u.test(c.text));
  if (named.length < cells.length * 0.75 || known.length < 3 || short.length < named.length / 2) return [];
  return named.map((c) => ({
    ...studentDetection({ text: c.text, start: c.start }, 'a chart of names'),
    parts: undefined,
  }));
}
