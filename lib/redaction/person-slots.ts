import { lexiconTag, notANameWord } from './context-names';
import { normaliseKey, type Detection } from './detection';
import { isNameOnlyWord } from './name-forms';
import { isLessonNameAt, sentenceAround } from './student-text-names';
import { allMatches, isAsciiLetter } from './all-matches';
import { compiledEarly } from './compiled-early';

/**
 * A word used as a person, in a text about the teacher's students: the subject of a verb of doing or being at the
 * start of a clause ("priya was out 2 wks", "Tobi has 25% extra time", "luka has an IEP, mila doesn't"), or the
 * owner of a family member or a school record ("Tobi's mum", "jax's parents", "Yaretzi's inhaler"). In staff
 * threads (part 9, 1 Dec 2026: Teams, Slack, WhatsApp) children are written in lower case and by names the
 * lexicon does not know, where the rules reading capitalised first names see nothing.
 *
 * The word counts when it can only be a name: capitalised and unknown to compromise's lexicon or known as a name,
 * or in lower case and known as a name only (not an everyday word such as "hunter" or "mark"); never a word that
 * never starts a name, a staff role or a school word (these texts are full of "senco has", "the TA was").
 * The caller runs this only on fields where the scan already found a child and another student detail, and
 * drops well-known people, characters and places, and names in a sentence about one of them.
 */

/** Staff, family and school words that stand where a child's name would ("nan is guardian", "senco wants"). */
const notAChild = new Set(
  (
    'senco sendco salt dsl dsp slt hod hoy hoh ta tas lsa lsas sen send pe ict pshe rse re nqt ect inset sub subs ' +
    'para paras admin office nurse counsellor counselor principal head deputy cover reception canteen catering ' +
    'mum mom dad nan nana gran granny grandma grandpa auntie aunty uncle carer carers kids kid class group set form ' +
    'tutor teacher teachers staff everyone everybody nobody someone somebody anyone he she they it we you i who ' +
    'gp dr doc doctor ot pt slp sped ell esl eal esol iep ehcp camhs fsm pp mfl dt ks1 ks2 ks3 ks4 ' +
    'mama mamá papa papá abuela abuelo tía tia tío tio maestra maestro profe directora director enfermera ' +
    'team dept department school district board trust council county state ofsted ' +
    // Exam boards, school information systems and classroom platforms staff name as the subject of a sentence
    // ("Edexcel has moved the paper", "Seesaw was down"): the tools of England's, Canada's, Australia's, New
    // Zealand's and US schools, from their public names.
    'aqa ocr edexcel wjec eduqas pearson cambridge sqa nzqa ncea naplan acara kamar sims arbor bromcom cpoms ' +
    'myconcern scholarpack satchel classcharts tapestry seesaw dojo classdojo canvas schoology kahoot quizlet ' +
    'nearpod flipgrid padlet blooket gimkit remind parentsquare bloomz powerschool skyward aeries synergy ' +
    'ixl lexia iready nwea renaissance sparx hegarty mathletics seneca tassomai bedrock epic prodigy zearn ' +
    'khan duolingo twinkl bitesize edmodo clever brightspace moodle teams slack zoom whatsapp telegram gmail outlook'
  ).split(' '),
);

const verbs =
  "has|had|hasn[’']t|hadn[’']t|is|was|isn[’']t|wasn[’']t|started|starts|needs|needed|got|gets|wants|wanted|keeps|kept|missed|misses|left|leaves|came|comes|went|goes|did|does|doesn[’']t|didn[’']t|can[’']t|cannot|won[’']t|will|should|scored|earned|finished|refused|forgot|lost|threw|hit|pushed|struggled|struggles|tried|loves|loved|hates|seems|seemed|sat|sits|said|says|told|asked|reads|joined|moved|arrived|returned|tiene|tuvo|está|estuvo|anda|faltó|llegó|sacó|necesita|se porta|se portó|no vino|no trajo";

const token = String.raw`(\p{L}[\p{Ll}\p{M}'’]*(?:-\p{L}[\p{Ll}\p{M}]+)?)`;
/*
 * Each slot is found from its fixed words and read backwards to the name: a pattern starting at the name would
 * be tried at every letter of a 50,000-word trace (~80 ms on the bench trace; this way a few ms).
 */
/** A verb of doing or being after a word: "priya was out", "mila doesn't", "Tobi has". */
// Sticky, tried only at spaces and tabs before a verb's first letters (verbsAfterWords).
const verbAfterWord = new RegExp(String.raw`[ \t](?:${verbs})(?![\p{L}])`, 'uy');
/**
 * The letters each verb starts with, up to its first character that is not a letter ("hasn" of "hasn't", "se" of
 * "se porta"): a verb can match after a space only where the word there is one of these. Most words of a lesson
 * are not, and are ruled out by a set lookup instead of the whole alternation (the bench trace tried it at
 * ~50,000 spaces a pass).
 */
const verbLeads = new Set(verbs.split('|').map((v) => /^\p{L}*/u.exec(v)![0]));

/**
 * Every match of verbAfterWord, the same as `allMatchesWhere` tried at every space or tab: at a space or
 * tab followed by ASCII letters that end at an ASCII character, the word must be a verb's lead; otherwise (a
 * letter outside ASCII in the word) the pattern itself decides.
 */
function verbsAfterWords(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 9) continue;
    let end = at + 1;
    while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
    if ((end === text.length || text.charCodeAt(end) < 128) && !verbLeads.has(text.slice(at + 1, end))) continue;
    verbAfterWord.lastIndex = at;
    const m = verbAfterWord.exec(text);
    if (m === null) continue;
    found.push(m);
    at += m[0].length - 1;
  }
  return found;
}
/** What comes before a clause's first word: a line start, ". ", ", ", "; ", "and", "also". */
const clauseStartBefore =
  /(?:^|\n[ \t>*•-]*|[.!?][ \t]+|[;:][ \t]*|,[ \t]+|(?<![\p{L}])(?:and|but|so|also|btw|fyi|ok|then|plus|pero|y|también|tambien)[ \t]+)$/u;
const wordChar = /[\p{L}\p{M}'’-]/u;

/** The word ending at `end` of `text` (letters, marks, apostrophes, hyphens), read backwards by hand. */
function wordEndingAt(text: string, end: number): { word: string; start: number } | null {
  let start = end;
  while (start > 0 && end - start < 30 && wordChar.test(text.charAt(start - 1))) start--;
  const word = text.slice(start, end).replace(/^['’-]+/u, '');
  return word ? { word, start: end - word.length } : null;
}

/** A family member or a school record after a possessive: "Tobi's mum", "jax's parents", "luka's lunch number". */
const ownedAfter = compiledEarly(
  new RegExp(
    String.raw`['’]s[ \t]+(?:mum|mom|dad|mother|father|parents?|nan|gran|grandma|grandpa|guardian|carer|family|sister|brother|lunch|meds|medication|inhaler|IEP|504|EHCP|plan|reading|grades?|scores?|marks?|results?|behaviou?r|attendance|DOB|birthday|candidate|review|file|report|appointment|appt|seat|copy|work|essay|homework|mocks?|exams?|target|predicted|access arrangements|accommodations?)(?![\p{L}])`,
    'gu',
  ),
);

/** A student's sibling is a child too: "his sister Yaretzi (kindergarten)", "su hermanita yaretzi". */
const siblingSlot = compiledEarly(
  new RegExp(
    String.raw`\b(?:his|her|their|my|your|su|sus)[ \t]+(?:(?:little|big|older|younger|twin|baby|kid)[ \t]+)?(?:sister|brother|sibling|twin|cousin|hermanit[oa]|herman[oa]|prim[oa]|primit[oa])[ \t]+(?:(?:is|named|called|llamad[oa])[ \t]+)?${token}`,
    'gud',
  ),
);

// Module-level regexes: esbuild (tsx: the bench, scripts) rewrites a `\p{…}` literal inside a function as
// `new RegExp` on every call (scan10).
const capitalThenSmallAtStart = /^\p{Lu}\p{Ll}/u;
const allSmall = /^\p{Ll}+$/u;

function isChildWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 3 || notAChild.has(lower) || notANameWord(word)) return false;
  if (capitalThenSmallAtStart.test(word)) {
    const tag = lexiconTag(word);
    return tag === undefined || tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName';
  }
  if (allSmall.test(word.replace(/['’-]/gu, ''))) return isNameOnlyWord(word) && lexiconTag(word) !== undefined;
  return false;
}

/** A worked example or an exercise names made-up people ("Worked example: Ming got 18 out of 24… what percent?"). */
function inExample(text: string, at: number): boolean {
  const sentence = sentenceAround(text, at, at + 1);
  return (
    /\b(?:example|problem|exercise|warm-up|ejemplo|problema|ejercicio)s?\b/iu.test(sentence) ||
    /\d\s*\/\s*\d+\s*=/u.test(sentence)
  );
}

/** Children named by their place in a clause, in a text already about students. */
export function findNamesInPersonSlots(text: string): Detection[] {
  const out: Detection[] = [];
  const seen = new Set<number>();
  const consider = (word: string, start: number) => {
    if (seen.has(start) || !isChildWord(word)) return;
    if (isLessonNameAt(text, start, start + word.length) || inExample(text, start)) return;
    seen.add(start);
    out.push({
      kind: 'studentName',
      text: word,
      start,
      key: normaliseKey(word),
      reason: { code: 'aboutStudents', detail: '' },
      scope: 'global',
    });
  };
  for (const m of verbsAfterWords(text)) {
    const w = wordEndingAt(text, m.index);
    // The word first (a set and a lexicon lookup), the clause's start only for the few that may be names.
    if (!w || seen.has(w.start) || !isChildWord(w.word)) continue;
    if (clauseStartBefore.test(text.slice(Math.max(0, w.start - 12), w.start))) consider(w.word, w.start);
  }
  for (const m of allMatches(ownedAfter, text)) {
    const w = wordEndingAt(text, m.index);
    if (w && !/[\p{N}@.#/_]/u.test(text.charAt(w.start - 1))) consider(w.word, w.start);
  }
  for (const m of allMatches(siblingSlot, text)) consider(m[1]!, m.indices![1]![0]);
  return out;
}
