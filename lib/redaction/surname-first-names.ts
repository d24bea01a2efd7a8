import { isKnownFirstName, lexiconTag, notANameWord } from './context-names';
import { normaliseKey, type Detection } from './detection';
import { allMatches } from './all-matches';
import { isWellKnownName } from './well-known';
import { compiledEarly } from './compiled-early';

/**
 * A child written as a school register writes her, surname first, often in capitals, with a nickname in quotes:
 * "GOMEZ, Thiago Nahuel — DNI …", "3. PAREDES LUNA, Ximena — 5.º B", "Benítez Cardozo, Milagros "Mili" — …"
 * (Argentine, Peruvian, Venezuelan and US SIS rosters of parts 11, 13 and 14, 1 Dec 2026). One per line, at its
 * start (after a list mark or a number), followed by a separator and the rest of the record, with a given name
 * compromise's lexicon knows: "LINCOLN, Abraham" is dropped by the caller as a well-known name, and "USA, Texas"
 * or "NOTE, Monday" have no known given name. The nickname is a name of the same child.
 */
const registerLine =
  /^[ \t]*(?:[-*+•]|\d{1,3}[.)])?[ \t]*(\p{Lu}[\p{Lu}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'’-]+)?|\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)?),[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})(?:[ \t]+["“]([\p{L}'’-]{2,20})["”])?(?=[ \t]*(?:[—–|;,\t]|[ \t]-[ \t]|$))/gmu;

/** Lexicon tags a surname may have: none, or a person's name of any kind. */
const surnameTags = new Set([undefined, 'LastName', 'FirstName', 'MaleName', 'FemaleName', 'Person', 'ProperNoun']);

// A module-level regex: esbuild (tsx: the bench, scripts) rewrites a `\p{…}` literal inside a function as
// `new RegExp` on every call (scan10).
const wordThenCommaAtLineStart = compiledEarly(
  /^[ \t]*(?:[-*+•]|\d{1,3}[.)])?[ \t]*\p{Lu}[\p{L}\p{M} '’-]{1,40},[ \t]/mu,
);

export function findSurnameFirstNames(text: string): Detection[] {
  const out: Detection[] = [];
  // A comma after a word at a line's start is the cheap test: most lines hold none.
  if (!wordThenCommaAtLineStart.test(text)) return out;
  for (const m of allMatches(registerLine, text)) {
    const surname = m[1] as string;
    const given = m[2] as string;
    const nickname = m[3];
    const first = given.split(/[ \t]+/)[0]!;
    if (!isKnownFirstName(first) || notANameWord(first) || surname.split(/[ \t]+/).some((w) => notANameWord(w)))
      continue;
    // A closing or a word of another kind before the comma ("Sincerely, Karen Lindgren", "Today, Maria…").
    if (surname.split(/[ \t]+/).some((w) => !surnameTags.has(lexiconTag(w)))) continue;
    // Written in small letters, the surname needs the rest of a record after the name, not a line's end.
    const capitals = surname === surname.toUpperCase();
    const after = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', after);
    if (!capitals && text.slice(after, lineEnd === -1 ? text.length : lineEnd).trim() === '') continue;
    // An acronym of two letters ("EE. UU.", "NY") is a place or an office, not a family name.
    if (surname.replace(/[^\p{L}]/gu, '').length < 3) continue;
    // A source list's "Lincoln, Abraham" is the well-known name turned round: the caller's test reads it in order.
    const titled = surname.replace(/\p{Lu}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());
    if (isWellKnownName(`${given} ${titled}`, new Set()) || isWellKnownName(`${first} ${titled}`, new Set())) continue;
    const start = m.index + m[0].indexOf(surname);
    const end = m.index + m[0].length;
    const written = text.slice(start, end);
    const parts = [
      surname,
      ...surname.split(/[ \t]+/),
      given,
      ...given.split(/[ \t]+/),
      ...(nickname ? [nickname] : []),
    ]
      .filter((p) => p.replace(/[^\p{L}]/gu, '').length >= 3)
      // A surname in capitals is written with a capital and small letters elsewhere ("GOMEZ" → "Gomez").
      .flatMap((p) => (p === p.toUpperCase() ? [p, p.charAt(0) + p.slice(1).toLowerCase()] : [p]));
    out.push({
      kind: 'studentName',
      text: written,
      start,
      key: normaliseKey(`${given} ${surname}`),
      reason: { code: 'studentCue', detail: 'a register line' },
      scope: 'global',
      parts: [...new Set(parts)],
    });
  }
  return out;
}
