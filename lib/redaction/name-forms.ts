import { lexiconTag, isKnownFirstName, notANameWord } from './context-names';
import { allMatches } from './all-matches';

/**
 * The other ways staff write a child already found (part 9, 1 Dec 2026: Teams, Slack and WhatsApp threads
 * between teachers, typed in lower case, beside an AI answer that writes the same children in capitals):
 *
 * - in lower case: "Olly Pearson" found in the answer is "olly pearson" in the pasted thread, "Priya" is "priya";
 * - by a nickname written beside the full name: "DJ (darnell jackson jr)", "mac (mackenzie ruiz)", "TM (Tyler
 *   Mbeki)", "tane (TW)", 'Jaxon "Jax" Cole': the short form abbreviates the long one (its initials, or the
 *   start of the first name), which a lesson's parenthesis never does for a name ("UN (United Nations)" is made
 *   of dictionary words, and no child is found in it).
 */

/**
 * Given names that are also everyday words, in English and Spanish ("mark", "grace", "will", "luz", "paz"):
 * written in lower case they are the word, so a child called Mark is matched in lower case only by the cues that
 * read a person's place in a sentence, never by the form alone. A class of words, not of children: names that
 * name a thing, a quality, a month, a flower or a verb.
 */
const everydayWordNames = new Set(
  (
    'will mark grace pat jack sue rob bill frank hope joy may art faith rose ruby dawn summer amber ivy april june ' +
    'august hunter sky river rich guy bob don sandy penny holly iris lily daisy heather ray gene sterling chase drew ' +
    'wade lane mason carter cooper taylor baker miles max sunny star storm rocky dusty bunny honey candy ginger ' +
    'jade pearl crystal ash rain autumn winter harmony melody destiny trinity justice liberty patience charity ' +
    'prudence constance victor colt buck hank jay jean jewel kay kit lance lee lou nick norm page pete price reed ' +
    'rod roger rusty sage scout shelby sonny spike tab ted terry tucker van walker ward west young brook brooke ' +
    'cliff dale dean glen glenn grant gray grey hall heath king hill marsh moss rex rich ridge rowan skip stone ' +
    'tanner wolf xavier ' +
    'rosa luz paz sol mar cruz flor blanca dolores pilar rocío rocio consuelo victoria esperanza mercedes amparo ' +
    'angeles reyes salvador jesús jesus concepción concepcion soledad socorro gloria alegría alegria estrella ' +
    'perla cielo nieves rosario trinidad asunción asuncion milagros remedios luna marina celeste clara franco ' +
    'leal'
  ).split(' '),
);

/** Compromise's tags of words that are a person's name and nothing else. */
const personTags = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person', 'LastName']);

/**
 * Whether `word` written in lower case can only be a name: compromise knows it as a name or not at all, and it is
 * not an everyday word that is also a name, nor a word that never starts a name.
 */
export function isNameOnlyWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/u, '');
  if (lower.length < 2 || everydayWordNames.has(lower) || notANameWord(lower)) return false;
  const tag = lexiconTag(lower);
  return tag === undefined || personTags.has(tag);
}

// A module-level regex: esbuild (tsx: the bench, scripts) rewrites a `\p{…}` literal inside a function as
// `new RegExp` on every call (scan10).
const anyLetter = /\p{L}/u;
const capitalsNickname = /^\p{Lu}{2,3}$/u;

/**
 * The lower-case form of a child's name as written ("Olly Pearson" → "olly pearson"), when every word of it can
 * only be a name in lower case; and a short nickname in capitals ("TJ", "MJ") in lower case too.
 */
export function lowerCaseForms(variant: string): string[] {
  const lower = variant.toLowerCase();
  if (lower === variant || !anyLetter.test(variant)) return [];
  const words = lower.split(/[\s-]+/).filter(Boolean);
  if (capitalsNickname.test(variant)) return [lower];
  if (words.length === 1) return isNameOnlyWord(words[0]!) ? [lower] : [];
  // A full name in lower case is the person when most of its words can only be names ("rosa elena quintanilla").
  if (words.some((w) => notANameWord(w))) return [];
  return words.filter((w) => isNameOnlyWord(w)).length * 2 >= words.length ? [lower] : [];
}

/** A nickname and the full name beside it. */
export interface NamePair {
  short: string;
  full: string;
  /** Offset of the full name in the field. */
  start: number;
}

const word = String.raw`[\p{L}][\p{L}\p{M}'’]*(?:-[\p{L}][\p{L}\p{M}'’]*)?`;
const fullName = String.raw`${word}(?:[ \t]+${word}){1,3}`;
const shortName = String.raw`[\p{L}][\p{L}\p{M}'’]{1,11}`;
/*
 * Read around each "(" and each opening quote only (a scan of every word start for a full name before a
 * parenthesis cost ~12 ms on the 50,000-word bench trace): "DJ (darnell jackson jr)", "Maria Jose (MJ)
 * Villalobos", "tane (TW)", 'Jaxon "Jax" Cole'.
 */
const fullInside = new RegExp(String.raw`^(${fullName})\)`, 'u');
// A Spanish nickname is often quoted and written with its article: '"el Rafa" (Rafael Moreno)', '… ("el Rafa")'.
const shortInside = new RegExp(String.raw`^["“'‘]?(?:(?:el|la)[ \t]+)?(${shortName})["”'’]?\)`, 'u');
const shortBefore = new RegExp(String.raw`(?<![\p{L}\p{N}])(${shortName})["”'’]?[ \t]+$`, 'u');
const fullBefore = new RegExp(String.raw`(?<![\p{L}\p{N}])(${fullName})[ \t]+$`, 'u');
const quotedAt = new RegExp(String.raw`^(${shortName})["”'’][ \t]+(${word})(?![\p{L}\p{N}])`, 'u');
const wordBefore = new RegExp(String.raw`(?<![\p{L}\p{N}])(${word})[ \t]+$`, 'u');

const suffixes = /^(?:jr|sr|ii|iii|iv)\.?$/iu;

/** Whether `short` abbreviates `full`: its initials ("DJ", "TM"), or the start of its first name ("mac", "kian"). */
export function abbreviates(short: string, full: string): boolean {
  const s = short.toLowerCase().replace(/['’.]/g, '');
  const words = full
    .toLowerCase()
    .split(/[\s]+/)
    .filter((w) => w && !suffixes.test(w));
  if (words.length < 2 || s.length < 2) return false;
  const initials = words.map((w) => w.charAt(0)).join('');
  const firstLast = words[0]!.charAt(0) + words[words.length - 1]!.charAt(0);
  if (s === initials || s === firstLast) return true;
  // The first name or its start ("mac" for Mackenzie, "kian" for Kian).
  const first = words[0]!.split('-')[0]!;
  return first.length >= s.length && first.startsWith(s);
}

/** Every word of a full name can be a name: known as one, or unknown to the lexicon, and no everyday word. */
function looksLikeFullName(full: string): boolean {
  const words = full.split(/[\s]+/).filter((w) => !suffixes.test(w));
  if (words.length < 2) return false;
  if (!isKnownFirstName(words[0]!.split('-')[0]!) && !isNameOnlyWord(words[0]!)) return false;
  return words.every((w) => isNameOnlyWord(w.split('-')[0]!));
}

/**
 * Nicknames written beside a full name that they abbreviate, in one field. `isChild` says whether a string is
 * already known as a child's name (in any case); a pair counts when one side is, or when the full name is made
 * of words that can only be names.
 */
export function findNicknamePairs(
  text: string,
  isChild: (name: string) => boolean,
  knownFullNames?: (first: string) => string[],
): NamePair[] {
  const out: NamePair[] = [];
  const accept = (short: string, full: string, start: number) => {
    if (!abbreviates(short, full)) return;
    if (notANameWord(short) || notANameWord(full.split(/\s+/)[0]!)) return;
    if (isChild(full) || isChild(short) || looksLikeFullName(full)) out.push({ short, full, start });
  };
  for (let at = text.indexOf('('); at !== -1; at = text.indexOf('(', at + 1)) {
    const inside = text.slice(at + 1, at + 64);
    const before = text.slice(Math.max(0, at - 64), at);
    const full = inside.match(fullInside)?.[1];
    const short = full ? undefined : inside.match(shortInside)?.[1];
    if (full) {
      const s = before.match(shortBefore)?.[1];
      if (s) accept(s, full, at + 1);
    } else if (short) {
      // "kian o'donnell (KO)" and "Maria Jose (MJ)": the full name may start after a word that is not one.
      // "tane (TW)": the initials of a known child's full name, after her first name.
      const single = before.match(shortBefore)?.[1];
      for (const f of single && knownFullNames ? knownFullNames(single) : [])
        if (abbreviates(short, f))
          out.push({ short, full: f, start: at - before.length + before.lastIndexOf(single!) });
      const words = before.match(fullBefore)?.[1]?.split(/[ \t]+/) ?? [];
      for (let i = 0; i + 1 < words.length; i++) {
        const f = words.slice(i).join(' ');
        if (!abbreviates(short, f)) continue;
        accept(short, f, at - before.length + before.lastIndexOf(f));
        break;
      }
    }
  }
  for (const q of allMatches(/[ \t]["“'‘](?=[\p{L}])/gu, text)) {
    const after = text.slice(q.index + 2, q.index + 48).match(quotedAt);
    if (!after) continue;
    const firstWord = text.slice(Math.max(0, q.index - 40), q.index + 1).match(wordBefore)?.[1];
    if (!firstWord) continue;
    const full = `${firstWord} ${after[2]!}`;
    if (isChild(full) || isChild(firstWord) || looksLikeFullName(full))
      out.push({ short: after[1]!, full, start: q.index + 1 - firstWord.length - 1 });
  }
  return out;
}

/** "mackenzie ruiz" → "Mackenzie Ruiz", "mac" → "Mac", "tj" → "TJ": how the same name is written with capitals. */
export function titleCaseForms(name: string): string[] {
  if (/^\p{Ll}{2}$/u.test(name)) return [name.toUpperCase()];
  const title = name.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
  return title === name ? [] : [title];
}
