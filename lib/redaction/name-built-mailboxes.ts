import { stripMarks } from './detection';
import type { FoundSpan } from './found-spans';

/**
 * A child's school account built from the child's own name: "rosa.quintero@k12.example.net", "j.van-dorn@…",
 * "rosa_quintero31@…", and the same login standing alone as a username ("rosa.quintero"). patterns.ts keeps a
 * name-built address at a school's domain, because that is how staff mailboxes look; but once the trace has named
 * a child, an address built from that child's names is hers. Part 18 (2 Dec 2026) lost three such addresses, and
 * their usernames, from a student-information system's JSON pasted into a prompt.
 *
 * The address's local part, digits dropped, is split at dots and underscores; each piece must be an initial or a
 * name of the children and family members already found (a surname of several words may be written run together:
 * "delacruz"), with at least two pieces, one of them a whole name of three letters or more. The caller passes only
 * the names of children and parents already found, never staff, so a teacher's "j.okafor@…" stays.
 */

/** A login's character, read leftwards from an "@". */
const loginChar = /[\p{L}\p{N}._%+-]/u;
/** The domain after an "@", read from just after it (sticky). */
const domainAfter = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;

/** Lower case, no accents, letters only: "Jefferson-Okoro" → "jeffersonokoro". */
const plain = (s: string) =>
  stripMarks(s)
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/**
 * The words of each person's names, and every run of a name's consecutive words written together ("De la Cruz" →
 * "delacruz"), mapped to the person; the first person found keeps a word they share.
 */
export function nameWordsOf<T>(people: readonly { owner: T; names: readonly string[] }[]): Map<string, T> {
  const words = new Map<string, T>();
  for (const { owner, names } of people)
    for (const name of names) {
      const parts = name.split(/\s+/).filter(Boolean);
      for (let i = 0; i < parts.length; i++)
        for (let j = i + 1; j <= parts.length; j++) {
          const w = plain(parts.slice(i, j).join(''));
          if (w.length >= 2 && !words.has(w)) words.set(w, owner);
        }
    }
  return words;
}

/**
 * The person `local` is built from, when every piece is an initial or a name word of the people and one is a whole
 * name of three letters or more (the first such piece says whose it is: "first.last" is the child's own login even
 * where the surname was first found as a parent's); otherwise undefined.
 */
export function personOfLogin<T>(local: string, words: Map<string, T>): T | undefined {
  const pieces = local.replace(/\d+/g, '').split(/[._]+/).map(plain).filter(Boolean);
  if (pieces.length < 2) return undefined;
  let first = '';
  for (const p of pieces) {
    if (p.length === 1) continue;
    if (!words.has(p)) return undefined;
    if (!first && p.length >= 3) first = p;
  }
  return first ? words.get(first) : undefined;
}

/** Addresses of `text` built from the people's names, each with its login and the person it names. */
export function findNameBuiltMailboxes<T>(
  text: string,
  words: Map<string, T>,
): { address: FoundSpan; login: string; person: T }[] {
  const found: { address: FoundSpan; login: string; person: T }[] = [];
  if (!text.includes('@')) return found;
  // From each "@" outwards: a regex opening with the login's class would be tried at every word of the text.
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && loginChar.test(text[start - 1] as string)) start--;
    domainAfter.lastIndex = at + 1;
    const domain = domainAfter.exec(text)?.[0];
    if (start === at || !domain) continue;
    const login = text.slice(start, at);
    const person = personOfLogin(login, words);
    if (person !== undefined)
      found.push({ address: { text: text.slice(start, at + 1 + domain.length), start }, login, person });
  }
  return found;
}
