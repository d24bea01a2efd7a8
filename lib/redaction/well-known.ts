import data from './data/well-known.json';

/**
 * Names and titles lessons are about (lib/redaction/data/well-known.json: its source and licence are in the
 * file). Matched as written, and without accents, so "Cesar Chavez" is found like "César Chávez". A possessive
 * ("Lincoln's") or a hyphenated word beside it does not stop a match.
 */

export interface Span {
  start: number;
  end: number;
}

const entries = [...new Set([...data.people, ...data.characters, ...data.works, ...data.places])];

function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const alternatives = [...new Set(entries.flatMap((e) => [e, stripMarks(e)]))].sort((a, b) => b.length - a.length);
const matcher = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternatives.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

const lowerEntries = new Set(entries.flatMap((e) => [e.toLowerCase(), stripMarks(e).toLowerCase()]));

const people = new Set(data.people.flatMap((p) => [p, stripMarks(p)]));

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
    for (const m of text.matchAll(matcher)) {
      if (!people.has(m[0])) continue;
      const last = surnameOf(m[0]);
      if (last.length >= 3 && last !== m[0]) found.add(last);
    }
  return found;
}

/** Where well-known names and titles sit in `text`. */
export function wellKnownSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(matcher)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** Whether `name` is a well-known person, character, work or place, or the last name of one named in the trace. */
export function isWellKnownName(name: string, namedSurnames: Set<string>): boolean {
  const clean = name.replace(/['’]s$/u, '').trim();
  return lowerEntries.has(clean.toLowerCase()) || namedSurnames.has(clean);
}

export function overlapsAny(start: number, end: number, spans: Span[]): boolean {
  return spans.some((s) => start < s.end && s.start < end);
}
