import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';

/**
 * Staff a trace names as the writers of a staff document rather than as its subjects, read before the scan like the
 * staff of staff-directory.ts (part 22, 2 Dec 2026: a Slack thread of a SEND team, a class newsletter and an
 * orientation report in Docs suggestion mode, and an activity log's legend lost six staff names as children):
 * - the senders of a chat export copied from Slack or Teams, "Tom Whitlock  08:15  He's been brilliant…", when the
 *   teacher herself is one of them: a channel she writes in beside them is her colleagues'. A sender any of whose
 *   messages speaks as a family ("my son", "mi hija", "our child") is left to the family rules;
 * - the authors of comments and suggestions in a document copied with its markup: "[Comment — Ben Lockwood, DP:",
 *   "[Suggested insertion — Whaea Mere:", "[Sugerencia de Noa Piñeiro (orientadora):", "[Comentario de Noa Piñeiro:";
 * - a staff role with the person's name in parentheses after it: "MSANZ es la tutora (Marta Sanz)", "KB is our
 *   registrar (Kim Baptiste)", "el profesor de Matemáticas (Ignacio Roldán)".
 * Each name's words (three letters or more, with and without accents) are added to the scan's staff words.
 */

const person = String.raw`\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,3}`;
/** "Name Surname  08:15  message" (two spaces or a tab on each side of the time). */
const senderLine = compiledEarly(
  new RegExp(
    String.raw`^[ \t]*(${person})(?:[ \t]{2,}|\t)\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t]{2,}|\t)(.*)$`,
    'gmu',
  ),
);
const familyVoice =
  /\b(?:my|our) (?:son|daughter|child|kid|boy|girl)\b|\bm(?:i|is) hij[oa]s?\b|\bnuestr[oa]s? hij[oa]s?\b|\bas (?:his|her) (?:mum|mom|dad|parent)\b/iu;
/** "[Comment — Ben Lockwood, DP:", "[Sugerencia de Noa Piñeiro (orientadora):". */
const annotationAuthor = new RegExp(
  String.raw`\[[ \t]*(?:Comment|Suggested (?:insertion|deletion|edit)|Suggestion|Reply|Comentario|Sugerencia|Respuesta|Comentari|Suggeriment)(?:[ \t]*[—–-][ \t]*|[ \t]+(?:de|by|from|d['’])[ \t]+)(${person}|\p{Lu}[\p{L}'’-]+)(?=[ \t]*(?:,[^:\]\n]{1,30})?(?:\([^)\n]{1,30}\))?[ \t]*:)`,
  'gu',
);
const staffRole = String.raw`(?:tutor[a]?|profesor[a]?|maestr[ao]|orientador[a]?|jef[ae] de estudios|director[a]?|secretari[ao]|coordinador[a]?|enfermer[ao]|registrar|nurse|counsel+or|coordinator|teacher|principal|SENCo|secretary|psycholog(?:ist)?|psic[óo]log[ao])`;
/**
 * A name in parentheses, found from its "(" (a literal the engine skips ahead to), then the role read just before it:
 * a pattern opening with the roles would be tried at every position of a long trace.
 */
const nameInParentheses = compiledEarly(new RegExp(String.raw`\((${person})\)`, 'gu'));
const roleBefore = new RegExp(String.raw`(?<![\p{L}])${staffRole}(?:[ \t]+(?:de|of|for)[ \t]+\p{L}+)?[ \t]*$`, 'iu');

function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function addWords(words: Set<string>, name: string): void {
  for (const w of name.split(/[ \t]+/)) {
    if (w.length < 3) continue;
    words.add(w.toLowerCase());
    words.add(plain(w));
  }
}

/** Adds to `words` the words of every colleague named as a writer in `texts` (shapes above); returns `words`. */
export function addColleagueWriters(words: Set<string>, texts: readonly string[], teacherName: string): Set<string> {
  const teacher = plain(teacherName.trim());
  for (const text of texts) {
    if (text.includes(':')) {
      const senders = new Map<string, boolean>();
      for (const m of allMatches(senderLine, text)) {
        const name = m[1] as string;
        const family = familyVoice.test(m[2] as string);
        senders.set(name, (senders.get(name) ?? false) || family);
      }
      if (teacher !== '' && [...senders.keys()].some((n) => plain(n) === teacher))
        for (const [name, family] of senders) if (!family) addWords(words, name);
    }
    if (text.includes('[')) for (const m of allMatches(annotationAuthor, text)) addWords(words, m[1] as string);
    if (text.includes('('))
      for (const m of allMatches(nameInParentheses, text))
        if (roleBefore.test(text.slice(Math.max(0, m.index - 40), m.index))) addWords(words, m[1] as string);
  }
  return words;
}
