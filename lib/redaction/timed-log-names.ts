import { lexiconTag, notANameWord } from './context-names';
import { normaliseKey, type Detection } from './detection';
import { allMatches } from './all-matches';

/**
 * A log kept by the clock, one child a line: a nurse's log ("09:40 Cooper Lindqvist gr6 — hit head on locker
 * door…"), a bus or front-office log, a counsellor's drop-ins. log-entries.ts reads entries that start with a
 * date; these start with a time alone, and the child's name comes right after it, often with the grade ("gr6",
 * "(7)"). Part 12 (1 Dec 2026) missed two children of such a log. A schedule has the same shape ("09:40 Math
 * block — fractions", "1:30 Science Lab — …"), so the words must be able to be a name (no lexicon word) and the
 * entry must say something about a child: a complaint, a treatment, a call home.
 */
const timedEntry =
  /^[ \t]*(?:[-*•][ \t]+)?\d{1,2}:\d{2}(?:[ \t]?[ap]\.?m\.?)?[ \t]+(?:[-–—|][ \t]+)?(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2})(?=[ \t]*(?:,|:|[-–—]|\(|gr\.?[ \t]?\d|grade[ \t]\d))([^\n]*)/gmu;

/** What a log says of a child: a complaint, a treatment or a check, a call or a note home, a return to class. */
const aboutChild =
  /\b(?:hurt|hit|bump(?:ed)?|fell|cut|scrape|bleed\w*|nosebleed|headache|stomach\w*|nause\w*|vomit\w*|threw up|fever|temp|cramps|rash|hives|itch\w*|cough\w*|dizzy|tired|asthma|inhaler|puffs|insulin|BG|glucose|allerg\w*|EpiPen|Benadryl|ice|ice pack|band-?aid|bandage|rested|lay down|nap|sent home|picked up|went home|back to class|returned to class|called|notified|texted|emailed|mom|dad|parent|guardian|grandma|abuela|mamá|papá|meds|medication|dose|mg|tylenol|ibuprofen|referral|office|fight|upset|crying|anxious|panic)\b/iu;

function mayBeName(word: string): boolean {
  const bare = word.replace(/[.'’]+$/u, '');
  if (bare.length < 2 || notANameWord(bare)) return false;
  const tag = lexiconTag(bare);
  // "Washington", "Austin": a place that is also a surname or a first name.
  return tag === undefined || /Name|Person|Place|City|Region|ProperNoun/.test(String(tag));
}

export function findTimedLogNames(text: string): Detection[] {
  // Cheap look first: a line starting with a time.
  if (!/^[ \t]*(?:[-*•][ \t]+)?\d{1,2}:\d{2}/mu.test(text)) return [];
  const out: Detection[] = [];
  for (const m of allMatches(timedEntry, text)) {
    const name = m[1] as string;
    const words = name.split(/[ \t]+/);
    if (!words.every(mayBeName) || !aboutChild.test(m[2] as string)) continue;
    const parts = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 3);
    out.push({
      kind: 'studentName',
      text: name,
      start: m.index + m[0].indexOf(name, m[0].search(/\d{1,2}:\d{2}/u) + 4),
      key: normaliseKey(name),
      reason: { code: 'logEntry', detail: '' },
      scope: 'global',
      parts: parts.length > 1 ? parts : undefined,
    });
  }
  return out;
}
