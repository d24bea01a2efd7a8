import medicines from './data/medicines.json';
import type { CareTerm } from './care-terms';
import { compiledEarly } from './compiled-early';

// A module-level regex: esbuild (tsx: the bench, scripts) rewrites a `\p{…}` literal inside a function as
// `new RegExp` on every call (scan10).
const combiningMarks = compiledEarly(/\p{M}/gu);

/**
 * A medicine of the list (lib/redaction/data/medicines.json) typed with one letter wrong, missing, added or two
 * swapped — "amoxicilin", "ibuprofin", "cetirizene" — as a parent's form or a teacher's quick note spells it (part
 * 13's field-trip form, 1 Dec 2026). Only one-word names of eight letters or more, and only a word that shares
 * their first four letters: a short everyday word is never one edit away from one of them.
 */
const byPrefix = new Map<string, string[]>();
for (const written of medicines.names) {
  const name = plain(written);
  if (name.includes(' ') || name.length < 8) continue;
  const list = byPrefix.get(name.slice(0, 4)) ?? [];
  list.push(name);
  byPrefix.set(name.slice(0, 4), list);
}

function plain(text: string): string {
  return text.normalize('NFD').replace(combiningMarks, '').toLowerCase();
}

/** True when `a` becomes `b` by one substitution, insertion, deletion or swap of neighbours (and a !== b). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const word = compiledEarly(/\p{L}{7,}/gu);

/** Medicines of the list misspelt by one edit in `sentence` (a sentence about one child). */
export function findMisspeltMedicines(sentence: string): CareTerm[] {
  const out: CareTerm[] = [];
  word.lastIndex = 0;
  for (let m = word.exec(sentence); m !== null; m = word.exec(sentence)) {
    const names = byPrefix.get(plain(m[0].slice(0, 4)));
    if (!names) continue;
    const written = plain(m[0]);
    if (names.some((n) => oneEditApart(written, n))) out.push({ kind: 'health', text: m[0], index: m.index });
  }
  return out;
}
