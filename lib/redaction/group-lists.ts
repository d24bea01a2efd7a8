import { isKnownFirstName, lexiconTag, notANameWord } from './context-names';
import { normaliseKey, type Detection } from './detection';
import { allMatches } from './all-matches';
import { mayHoldAnyWord } from './folded-text';

/**
 * The groups a teacher makes of her class, written as a label and a list of the children in it, in whatever
 * shape she types them: "Group A (level L): Owen Park, Ava Greenberg, Mateo Ibarra", "Table 3 – Carter B., TJ,
 * little Rowan", "Reading group (Bluebirds): Sam, Ivy and Noor", "Mesa 2 (refuerzo): Lucía, el Pipe y Vale".
 * The cue in context-names.ts reads only "Group A: Name, Name"; every new author of the corpus (parts 5, 9, 11,
 * 12 and 14, 1 Dec 2026) wrote the label with something more — a level, a colour, a time in parentheses — and
 * the children with a nickname, an initial, initials ("TJ") or an endearment ("little Rowan"). The class is the
 * shape, not the names: a grouping label, then a list whose items are all person-shaped.
 *
 * A list counts only when every item is shaped like a person's name, none is a word compromise's lexicon knows
 * as something else ("Mercury", "Venus", "Glue"), and at least half of them start with a first name it knows:
 * "Group 1: Mercury, Venus, Mars" and "Station 2: Frog and Toad, Elephant & Piggie" stay the lesson. Well-known
 * people, characters and staff are dropped by the caller (scan.ts, isKeptName), so "Group A: Lincoln, Douglass,
 * Tubman" stays too.
 */

/** A label for a group of children, with its letter, number or colour and an optional note in parentheses. */
const groupLabel =
  /^[ \t>*+•-]*(?:\*\*|__)?(?:(?:guided |small |reading |math |literacy |lit(?:erature)? |book |strategy )?(?:group|groups|table|team|pod|row|station|circle|cluster|pair|partners|club)|grupo|mesa|equipo|fila|estaci[óo]n|pareja|c[íi]rculo)(?:[ \t]+(?:[A-Z]|\d{1,2}|[\p{L}]+))?(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:\*\*|__)?[ \t]*[:—–][ \t]*(?:\*\*|__)?[ \t]*/gimu;

/** One child as written in a group list: an endearment, then a first name, a surname or an initial; or initials. */
const itemShape =
  /^(?:(?:little|big|lil|el|la|the)[ \t]+)?(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?(?:[ \t]+(?:\p{Lu}\.?|\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)){0,2}|\p{Lu}{2,3})$/u;

/** Where an endearment or article ends and the name begins. */
const leadingWord = /^(?:(?:little|big|lil|el|la|the)[ \t]+)/u;

const minItems = 2;

/** The label words, lower case, as one plain pattern: cheap over a lower-case copy of 50,000 words of lessons. */
const labelWord =
  /group|table|team|pod|row|station|circle|cluster|pair|partner|club|grupo|mesa|equipo|fila|estaci|pareja|rculo/g;

const labelWords = labelWord.source.split('|');

/** Group labels in `text`, the full pattern tried only on the lines holding a label word. */
function* groupLabelsIn(text: string): Generator<RegExpExecArray> {
  const lower = text.toLowerCase();
  // A lower-case copy of another length would shift offsets: the full pattern reads the whole text then.
  if (lower.length !== text.length) {
    yield* allMatches(groupLabel, text);
    return;
  }
  // A text none of whose lines holds a label word is ruled out from the lower-case copy and its table of runs
  // (folded-text.ts) before the pattern, compiled late and so unoptimised, reads its every position.
  if (!mayHoldAnyWord(text, labelWords)) return;
  labelWord.lastIndex = 0;
  for (let hit = labelWord.exec(lower); hit; hit = labelWord.exec(lower)) {
    const start = lower.lastIndexOf('\n', hit.index) + 1;
    const newline = lower.indexOf('\n', hit.index);
    const end = newline === -1 ? lower.length : newline;
    labelWord.lastIndex = end;
    for (const m of allMatches(groupLabel, text.slice(start, end))) {
      m.index += start;
      yield m;
    }
  }
}
/** Lexicon tags of people's names: a surname used as a first name ("Carter") is still a person. */
const personTags = new Set(['LastName', 'FirstName', 'MaleName', 'FemaleName', 'Person', 'ProperNoun']);

/** Names of the children listed after group labels in `text`. */
export function findGroupListNames(text: string): Detection[] {
  const out: Detection[] = [];
  // Cheap first test: most fields hold no group label at all.
  const lists: { label: string; names: { text: string; start: number }[]; known: number; things: number }[] = [];
  for (const m of groupLabelsIn(text)) {
    const listStart = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', listStart);
    const line = text
      .slice(listStart, lineEnd === -1 ? text.length : lineEnd)
      .replace(/[ \t]*(?:\*\*|__)?[ \t]*$/u, '')
      // A sentence's full stop, not an initial's ("Rory T.").
      .replace(/(?<=\p{Ll})\.$/u, '')
      // A note on a child in parentheses ("Saray González (adaptación curricular; lee con desfase) y Jonay"), blanked
      // to keep offsets, and a clause about the last child (", que viene de Venezuela…", ", who joined in May"):
      // the list is still of children (blind part 23, 2 Dec 2026: a Tenerife lesson's groups lost five children).
      .replace(/\([^()\n]*\)/gu, (note) => ' '.repeat(note.length))
      .replace(/,[ \t]*(?:que|quien|quienes|who|whose|which|cuy[oa]s?)[ \t].*$/u, '')
      .replace(/[ \t.]+$/u, '');
    const items = splitItems(line, listStart);
    // One child alone in a group counts only by her full name, and only beside sibling lists of children (below).
    if (items.length === 0 || (items.length < minItems && !/\S[ \t]+\p{Lu}/u.test(items[0]!.text))) continue;
    const names: { text: string; start: number }[] = [];
    let known = 0;
    let things = 0;
    for (const item of items) {
      if (!itemShape.test(item.text)) break;
      const lead = item.text.match(leadingWord)?.[0].length ?? 0;
      const nameText = item.text.slice(lead);
      const words = nameText.split(/[ \t]+/);
      const first = words[0]!;
      if (notANameWord(first)) break;
      const tag = lexiconTag(first);
      if (isKnownFirstName(first.split('-')[0]!)) known++;
      // A word the lexicon knows as something else ("Venus", "Leader", "Hazel") is a thing unless a surname or an
      // initial follows it; initials ("TJ") are no word.
      else if (tag !== undefined && !personTags.has(tag) && words.length === 1 && !/^\p{Lu}{2,3}$/u.test(first))
        things++;
      names.push({ text: nameText, start: item.start + lead });
    }
    if (names.length === items.length) lists.push({ label: m[0].replace(/[*_]/g, '').trim(), names, known, things });
  }
  // A list of children may hold a child whose name is also a word ("Hazel", "Ivy"), but not many of them.
  const ofChildren = (l: (typeof lists)[number]) =>
    l.names.length >= minItems && l.known * 2 >= l.names.length && l.things * 3 < l.names.length;
  // Groups come in sets ("Group A … Group B … Group C"): once one list of the text is mostly first names the
  // lexicon knows, its sibling lists are children too, though their names are ones it does not ("Sienna",
  // "Carter B.", "Izzy").
  if (!lists.some(ofChildren)) return out;
  for (const list of lists) {
    if (!ofChildren(list) && list.things > 0) continue;
    for (const n of list.names) {
      const parts = n.text.split(/[ \t]+/).filter((p) => p.replace(/[^\p{L}]/gu, '').length >= 3);
      out.push({
        kind: 'studentName',
        text: n.text,
        start: n.start,
        key: normaliseKey(n.text),
        reason: { code: 'studentCue', detail: list.label },
        scope: 'global',
        parts: parts.length > 1 ? parts : undefined,
      });
    }
  }
  return out;
}

/** The items of a list "A, B, C and D" (or with ";", "y", "&", "+"), each with its offset in the field. */
function splitItems(line: string, offset: number): { text: string; start: number }[] {
  const items: { text: string; start: number }[] = [];
  const separator = /[ \t]*(?:[,;][ \t]*(?:(?:and|y|e|&)[ \t]+)?|[ \t]+(?:and|y|e|&|\+)[ \t]+)/gu;
  let from = 0;
  const push = (end: number) => {
    const raw = line.slice(from, end);
    const text = raw.trim();
    if (text) items.push({ text, start: offset + from + raw.indexOf(text) });
  };
  for (const s of allMatches(separator, line)) {
    push(s.index);
    from = s.index + s[0].length;
  }
  push(line.length);
  return items;
}
