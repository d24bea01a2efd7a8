import { isKnownFirstName, lexiconTag, notANameWord } from './context-names';
import { normaliseKey, type Detection } from './detection';
import { isNameOnlyWord } from './name-forms';
import { allMatches } from './all-matches';
import { mayHoldAnyWord } from './folded-text';
import { isLessonNameAt } from './student-text-names';

/**
 * The children a class newsletter or a staff bulletin names in its honours and notices: "Star student of the
 * week: Henry Osterberg!!", "Shout outs: lena k for reading 30 books, Marcus J for his volcano, and Aditi for…",
 * "Birthdays: Lena Kowalczyk (Dec 4) and Marcus Jefferson (Dec 11)", "Get well soon Isla M - she broke…",
 * "Cumpleaños: Valeria y Tomás". Each item of the list after such a heading starts with a person: a name the
 * lexicon knows or does not know as anything else, in either case, with an initial or a last name. Found in
 * part 9's newsletter (1 Dec 2026), where the single-name cue ("Student of the month:") read only the first,
 * capitalised name and missed the rest of the list.
 */
const honourHeading = new RegExp(
  String.raw`(?<=^|\n)[ \t>*#-]*(?:[^\p{L}\p{N}\s]{1,3}[ \t]*)?(?:\*\*|__)?(?:(?:[Ss]tar|[Ss]uper) ?[Ss]tudents?(?: of the (?:[Ww]eek|[Mm]onth|[Tt]erm|[Dd]ay))?|(?:[Ss]tudents?|[Rr]eaders?|[Ww]riters?|[Cc]itizens?|[Ss]cientists?|[Mm]athletes?|[Kk]ids?|[Ss]tars?|[Ll]earners?|[Aa]thletes?) of the (?:[Ww]eek|[Mm]onth|[Tt]erm|[Dd]ay)|[Ss]hout[- ]?[Oo]uts?(?: to)?|[Kk]udos(?: to)?|(?:[Hh]appy )?[Bb]irthdays?(?: to)?|[Gg]et [Ww]ell [Ss]oon(?: to)?|[Ww]elcome (?:to )?(?:our )?new (?:students?|friends?|classmates?)|[Cc]ongrat(?:ulation)?s(?: to)?|[Ww]ell done(?: to)?|[Cc]umplea[ñn]os|[Cc]umplea[ñn]er[oa]s|[Ff]elicidades(?: a)?|(?:[Aa]lumn[oa]s?|[Ee]studiantes?) del (?:mes|d[íi]a|trimestre)|[Bb]ienvenid[oa]s?(?: a)?|[Qq]ue se mejore(?:n)?(?: pronto)?)(?:\*\*|__)?[ \t]*(?:[:!—–-]+[ \t]*)?(?:\*\*|__)?`,
  'gu',
);

/** One item's leading name: a word, then an initial or up to two more words. */
const leadingName =
  /^(?:\*\*|__)?([\p{L}][\p{L}\p{M}'’]*(?:-[\p{L}][\p{L}\p{M}'’]*)?)((?:[ \t][\p{L}]\.?(?![\p{L}\p{N}])|(?:[ \t][\p{L}][\p{L}\p{M}'’]*(?:-[\p{L}][\p{L}\p{M}'’]*)?){1,2})?)/u;

/** Words an item may start with that are not a person ("and", "to all", "the whole class"). */
const notAPersonStart =
  /^(?:and|y|e|to|a|the|our|my|all|everyone|everybody|todos|todas|la|el|los|las|nuestr[oa]s?|mi|mis)$/iu;

/** A word that can start a child's name written in a list: a first name, or a word with no other sense. */
function canStartName(word: string): boolean {
  if (notAPersonStart.test(word) || notANameWord(word)) return false;
  if (/^\p{Lu}/u.test(word)) {
    const tag = lexiconTag(word);
    return tag === undefined || isKnownFirstName(word) || tag === 'LastName';
  }
  return isNameOnlyWord(word);
}

/** A word that continues a name: capitalised and no everyday word, or a lower-case name-only word. */
function continuesName(word: string): boolean {
  if (notANameWord(word) || notAPersonStart.test(word)) return false;
  if (/^\p{Lu}\p{Ll}/u.test(word)) {
    const tag = lexiconTag(word);
    return tag === undefined || isKnownFirstName(word) || tag === 'LastName' || tag === 'Person';
  }
  return /^\p{Ll}/u.test(word) && isNameOnlyWord(word) && lexiconTag(word) !== undefined;
}

/** A word of an honours list or a notice: no list without one. */
const honourWords = [
  'week',
  'month',
  'term',
  'shout',
  'kudos',
  'birthday',
  'well soon',
  'welcome',
  'congrat',
  'well done',
  'cumplea',
  'felicidades',
  'del mes',
  'bienvenid',
  'mejore',
];
const honourWord = new RegExp(honourWords.join('|'), 'iu');

/** Children named in the items of honours and notices lists in `text`. */
export function findHonourListNames(text: string): Detection[] {
  const out: Detection[] = [];
  // The keywords looked for in a lower-case copy first (folded-text.ts): most texts hold none of them.
  if (!mayHoldAnyWord(text, honourWords) || !honourWord.test(text)) return out;
  for (const m of allMatches(honourHeading, text)) {
    const from = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', from);
    const line = text.slice(from, lineEnd === -1 ? text.length : lineEnd);
    // Items: "lena k for reading 30 books, Marcus J for his volcano, and Aditi for…".
    const items = allMatches(
      /[^,;&]+/gu,
      line.replace(/\s(?:and|y|e)\s/gu, (s) => `,${s.slice(1, -1).replace(/./gu, ' ')} `),
    );
    for (const item of items) {
      const raw = item[0];
      const lead = raw.match(/^[ \t]*/u)![0].length;
      const body = raw.slice(lead).replace(/^(?:and|y|e)[ \t]+/u, (s) => ' '.repeat(s.length));
      const inner = body.match(/^[ \t]*/u)![0].length;
      const n = body.slice(inner).match(leadingName);
      if (!n) continue;
      const first = n[1]!;
      if (!canStartName(first)) continue;
      const rest = n[2]!.split(/[ \t]+/u).filter(Boolean);
      const kept: string[] = [];
      for (const w of rest) {
        if (/^[\p{L}]\.?$/u.test(w) && kept.length === 0) {
          kept.push(w);
          break;
        }
        if (!continuesName(w)) break;
        kept.push(w);
      }
      const nameText = [first, ...kept].join(' ');
      // One word in lower case must be a name only; a capitalised word alone must be a first name or unknown.
      if (kept.length === 0 && /^\p{Ll}/u.test(first) && lexiconTag(first) === undefined && first.length < 3) continue;
      const start = from + item.index + lead + inner + (n[0].length - n[0].replace(/^(?:\*\*|__)/u, '').length);
      // A school, a library or a street after it, a title before it: not a child ("Lakeside Library").
      if (isLessonNameAt(text, start, start + nameText.length, false)) continue;
      out.push({
        kind: 'studentName',
        text: nameText,
        start,
        key: normaliseKey(nameText),
        reason: { code: 'studentCue', detail: m[0].replace(/[*_:!—–\s-]+$/u, '').trim() },
        scope: 'global',
        parts:
          kept.length > 0 && !/^[\p{L}]\.?$/u.test(kept[0]!)
            ? [first, ...kept].filter((w) => w.length >= 3)
            : undefined,
      });
    }
  }
  return out;
}
