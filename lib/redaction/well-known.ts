import { registerScanCache } from './scan-caches';
import data from './data/well-known.json';
import regional from './data/well-known-regional.json';
import americas from './data/well-known-americas.json';
import { isCommonSurname } from './common-surnames';
import { allMatchesWhere, mayBeCapital } from './all-matches';
import { compiledEarly } from './compiled-early';

/**
 * Names and titles lessons are about (lib/redaction/data/well-known.json: its source and licence are in the
 * file). Matched as written, and without accents, so "Cesar Chavez" is found like "César Chávez". A possessive
 * ("Lincoln's") or a hyphenated word beside it does not stop a match.
 */

export interface Span {
  start: number;
  end: number;
}

// The UK, Canada, Australia and New Zealand, US city founders and Latin America's countries: a list of its own;
// the Spanish-speaking countries' heroes and writers and US picture-book authors another (well-known-americas.json).
const allPeople = [...data.people, ...regional.people, ...Object.values(americas.peopleByClass).flat()];
const entries = [
  ...new Set([
    ...allPeople,
    ...data.characters,
    ...regional.characters,
    ...americas.characters,
    ...data.works,
    ...regional.works,
    ...americas.works,
    ...data.places,
    ...regional.places,
  ]),
];

function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/**
 * Entries by their first three characters, longest first: a lookup at each capitalised word or number instead of
 * one regular expression of ~1,000 alternatives (whose compilation and interpretation cost more than the scan
 * itself on the first export of a session). Three characters, not two: with ~1,500 entries and their unaccented
 * forms, a two-character key ("Ma", "Ca") left lists of dozens to try at every capitalised word.
 */
const keyLength = 3;
const byPrefix = new Map<string, string[]>();
for (const entry of [...new Set(entries.flatMap((e) => [e, stripMarks(e)]))].sort((a, b) => b.length - a.length)) {
  const key = entry.slice(0, keyLength);
  const list = byPrefix.get(key) ?? [];
  list.push(entry);
  byPrefix.set(key, list);
}
// Sticky, tried only where a capital or a digit may stand (all-matches.ts): lessons are mostly lower case.
const wordStart = compiledEarly(/(?<![\p{L}\p{N}])[\p{Lu}\p{N}]/uy);
const mayBeCapitalOrDigit = (code: number) => mayBeCapital(code) || (code >= 48 && code <= 57);
const middleInitial = compiledEarly(/^(\p{Lu}[\p{L}'’-]+)\s+\p{Lu}\.\s*(\p{Lu}[\p{L}'’-]+)(?![\p{L}\p{N}])/u);
const letterOrDigit = /[\p{L}\p{N}]/u;

/**
 * The entries of the texts read last, kept for one scan (scan-caches.ts): the names of well-known people in every
 * field are read for their surnames, then the same fields for their spans.
 */
const matchesCache = new Map<string, { index: number; text: string }[]>();
registerScanCache(() => matchesCache.clear());

/** Every well-known entry written in `text` (as written or without accents), leftmost-longest, not overlapping. */
function matches(text: string): { index: number; text: string }[] {
  let found = matchesCache.get(text);
  if (!found) {
    if (matchesCache.size >= 64) matchesCache.clear();
    matchesCache.set(text, (found = [...walkEntries(text)]));
  }
  return found;
}

function* walkEntries(text: string): Generator<{ index: number; text: string }> {
  let skipTo = 0;
  for (const m of allMatchesWhere(wordStart, text, mayBeCapitalOrDigit)) {
    if (m.index < skipTo) continue;
    const list = byPrefix.get(text.slice(m.index, m.index + keyLength));
    if (!list) continue;
    const hit = list.find((e) => text.startsWith(e, m.index) && !letterOrDigit.test(text.charAt(m.index + e.length)));
    if (!hit) {
      // "Cesar E. Chavez Elementary", "John F. Kennedy" written "John Kennedy" on the list: a person named with
      // a middle initial the list does not carry is the same person.
      const initialed = text.slice(m.index, m.index + 60).match(middleInitial);
      if (initialed && people.has(`${initialed[1]} ${initialed[2]}`)) {
        skipTo = m.index + initialed[0].length;
        yield { index: m.index, text: initialed[0] };
      }
      continue;
    }
    skipTo = m.index + hit.length;
    yield { index: m.index, text: hit };
  }
}

const lowerEntries = new Set(entries.flatMap((e) => [e.toLowerCase(), stripMarks(e).toLowerCase()]));

const people = new Set(allPeople.flatMap((p) => [p, stripMarks(p)]));

/** "Abraham Lincoln" → "Lincoln": the word a lesson uses for the person once it has named them in full. */
function surnameOf(person: string): string {
  return (
    person
      .replace(/\s+(?:Jr\.|Sr\.|I{1,3}|IV|VIII?)$/, '')
      .split(/\s+/)
      .pop() ?? ''
  );
}

/**
 * Last names of the well-known people named in full in `texts` ("Lincoln" once "Abraham Lincoln" appears):
 * kept when they stand alone. Only those named: "Mrs. Johnson" stays a parent in a lesson not about Katherine Johnson.
 */
export function surnamesNamedIn(texts: string[]): Set<string> {
  const found = new Set<string>();
  for (const text of texts)
    for (const m of matches(text)) {
      if (!people.has(m.text)) continue;
      const last = surnameOf(m.text);
      // "Francisco del Rosario Sánchez" keeps "Duarte"-like surnames only: a surname most families share
      // ("Sánchez", "Johnson") still names the child "Ximena Sánchez" in the same trace.
      if (last.length >= 3 && last !== m.text && !isCommonSurname(last)) found.add(last);
    }
  return found;
}

/**
 * Spans of the texts read last: one scan asks for a field's spans in several passes (lines, lists, introduced
 * names, names and terms of a text about students), and each walk over a long field costs milliseconds.
 */
const spansCache = new Map<string, Span[]>();
registerScanCache(() => spansCache.clear());

/** Where well-known names and titles sit in `text`. */
export function wellKnownSpans(text: string): Span[] {
  const cached = spansCache.get(text);
  if (cached) return cached;
  const spans: Span[] = [];
  for (const m of matches(text)) spans.push({ start: m.index, end: m.index + m.text.length });
  if (spansCache.size >= 64) spansCache.clear();
  spansCache.set(text, spans);
  return spans;
}

/** Whether `name` is a well-known person, character, work or place, or the last name of one named in the trace. */
export function isWellKnownName(name: string, namedSurnames: Set<string>): boolean {
  const clean = name.replace(/['’]s$/u, '').trim();
  return lowerEntries.has(clean.toLowerCase()) || namedSurnames.has(clean);
}

/**
 * Whether a name at [start, end) of `text` is (part of) a well-known name: inside one, or made of one plus
 * titles ("President Abraham Lincoln"). "Harper Lee Johnson" holds "Harper Lee" but is someone else.
 */
export function isWithinWellKnown(text: string, start: number, end: number, spans: Span[]): boolean {
  for (const s of spans) {
    if (s.end <= start || end <= s.start) continue;
    if (s.start <= start && end <= s.end) return true;
    const rest = text.slice(start, Math.max(start, s.start)) + ' ' + text.slice(Math.min(end, s.end), end);
    if (
      !/\p{Lu}/u.test(
        rest.replace(
          /\b(?:President|King|Queen|Saint|St|Sir|Dame|General|Gen|Dr|Mr|Mrs|Ms|Captain|Chief|Judge|Justice|Senator|Reverend|Rev|Pope|Emperor|Empress|Prince|Princess|Lord|Lady|Don|Doña|Presidente|Rey|Reina|San|Santa)\b\.?/gu,
          '',
        ),
      )
    )
      return true;
  }
  return false;
}

export function overlapsAny(start: number, end: number, spans: Span[]): boolean {
  return spans.some((s) => start < s.end && s.start < end);
}
