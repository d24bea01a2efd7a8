import data from './data/well-known-casts.json';
import { isKnownFirstName } from './context-names';

/**
 * The characters of a taught work called by their first name alone ("We'll compare George and Lennie's dream",
 * "Ponyboy and Johnny"): a one-word name of a cast (lib/redaction/data/well-known-casts.json, with its source and
 * licence) is a character in a line that also names the work or another member of the same cast whom no
 * lexicon knows as a first name ("Lennie", "Ponyboy", "Katniss"). Two common first names of one cast ("Max and
 * Kevin were absent") are children unless the work is named: parts 7, 10 and 12 (1 Dec 2026) lost George of
 * Of Mice and Men and Johnny of The Outsiders to the names around them.
 */

interface Cast {
  title: string;
  names: string[];
}

const casts: Cast[] = Object.entries(data.casts).map(([title, names]) => ({ title, names }));
/** Cast member (lower case) → the casts that hold it. */
const castsOf = new Map<string, Cast[]>();
for (const cast of casts)
  for (const name of cast.names) {
    const key = name.toLowerCase();
    castsOf.set(key, [...(castsOf.get(key) ?? []), cast]);
  }

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function namedIn(line: string, name: string): boolean {
  // A plain search first: most castmates are named nowhere in the text, and a whole field may be 300 KB.
  if (!line.includes(name)) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped(name)}(?![\\p{L}\\p{N}])`, 'u').test(line);
}

/** The line holding [start, end) of `text`, at most 300 characters either side. */
function lineAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 300);
  const next = text.indexOf('\n', end);
  return text.slice(from, Math.min(next === -1 ? text.length : next, end + 300));
}

/** The work is named, or a castmate no lexicon knows as a first name ("Lennie", "Ponyboy"), in `where`. */
function castNamedIn(where: string, cast: Cast, name: string, titles: 'any' | 'long'): boolean {
  // A one-word title ("Wonder", "Holes", "Night") is an everyday word: it names the work only near the name.
  if ((titles === 'any' || /\s/.test(cast.title)) && namedIn(where, cast.title)) return true;
  return cast.names.some((other) => other.toLowerCase() !== name && !isKnownFirstName(other) && namedIn(where, other));
}

/**
 * True when the name at [start, end) of `text` is a character: its line names the work or a castmate; or, with
 * `wholeText` (a name found by no label, roster or column), anywhere in the text does ("copied the Johnny letter
 * quote wrong" in a trace about The Outsiders).
 */
export function isCastMember(text: string, start: number, end: number, wholeText = false): boolean {
  const name = text
    .slice(start, end)
    .replace(/['’]s$/u, '')
    .toLowerCase();
  const candidates = castsOf.get(name);
  if (!candidates) return false;
  const line = lineAround(text, start, end);
  return candidates.some(
    (cast) => castNamedIn(line, cast, name, 'any') || (wholeText && castNamedIn(text, cast, name, 'long')),
  );
}
