import { isStaffName } from './staff-names';
import { lexiconTag, notANameWord } from './context-names';

/**
 * The staff a trace names with their role anywhere in it, read before the scan: "our ESL coordinator (Mr. Paul
 * Ferris, …)" in the teacher's notes makes "Dear Mr. Ferris," in the AI's draft the same colleague, though the
 * draft comes first in no order the scan could rely on (part 11, 1 Dec 2026, lost "Mr. Paul Ferris" as a parent;
 * part 12 "Coach Alvarez <jalvarez@…>" as a personal mailbox). Only windows around a role word are read, so a
 * lesson without one costs a single search.
 */
const roleWord =
  /coordina|counsel|consejer|orientador|principal|director|nurse|enfermer|teacher|maestr|profesor|parapro|aide|traduct|translat|interpret|rprete|SLP|patholog|fonoaudi|terapeut|therapist|psic[óo]log|psycholog|manager|social work|trabajador|secretar|librar|bibliotec|coach|entrenador|specialist|especialista|liaison|enlace|registrar|superintendent|interventionist|diagnostician|judge|\bAP\b/giu;
/** Capitalised words in a row: a name, perhaps after its honorific or its title ("Coach Jorge Alvarez"). */
const capitalisedRun = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}/gu;
const notNameWord =
  /^(?:mr|mrs|ms|mx|dr|sr|sra|srta|lic|licda|prof|profa|coach|nurse|principal|counselor|counsellor|dean|judge|profe|maestr[ao]|director[a]?|the|our|my|dear|hi|hola|estimad[ao])$/u;

/** An honorific or a staff title right before a name ("Mr. ", "Sra. ", "Coach "). */
const honorificBefore =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Sr|Sra|Srta|Lic|Licda|Prof|Profa|Coach|Nurse|Principal|Dean|Profe)\.?\s+$/u;

/** A word that may be part of a person's name: no everyday word of the lexicon ("School", "Log", "Gracias"). */
function mayBeName(word: string): boolean {
  const bare = word.replace(/[.'’]+$/u, '');
  if (
    notANameWord(bare) ||
    /^(?:school|high|middle|elementary|district|escuela|colegio|primaria|secundaria|liceo|gracias|saludos|kinder)$/iu.test(
      bare,
    )
  )
    return false;
  const tag = lexiconTag(bare);
  return tag === undefined || /Name|Person|Place/.test(tag);
}

function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Words (lower case, with and without accents) of every staff member named with a role in `texts`. */
export function staffWordsIn(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    roleWord.lastIndex = 0;
    let lastWindowEnd = -1;
    for (let m = roleWord.exec(text); m; m = roleWord.exec(text)) {
      const from = Math.max(0, m.index - 70, lastWindowEnd);
      const to = Math.min(text.length, m.index + m[0].length + 70);
      if (from >= to) continue;
      lastWindowEnd = to;
      const window = text.slice(from, to);
      for (const run of window.matchAll(capitalisedRun)) {
        // The run without a leading honorific or title, tried with the title too ("Coach Jorge Alvarez").
        const all = run[0].split(/\s+/);
        const lead = all.findIndex((w) => !notNameWord.test(plain(w).replace(/\.$/, '')));
        if (lead === -1) continue;
        const name = all.slice(lead);
        // A lone word is a colleague only after an honorific or a title ("Mr. Ferris"): "maestra, Thiago no va"
        // addresses the teacher about a child. Every word must be able to be a name ("Keppra (nurse gives…" is not).
        if (
          (name.length < 2 &&
            !honorificBefore.test(
              text.slice(Math.max(0, from + run.index - 8), from + run.index + run[0].indexOf(name[0]!)),
            )) ||
          !name.every(mayBeName)
        )
          continue;
        const start = from + run.index + run[0].indexOf(name[0]!, lead === 0 ? 0 : all.slice(0, lead).join(' ').length);
        const end = from + run.index + run[0].length;
        if (!isStaffName(text, start, end) && !isStaffName(text, from + run.index, end)) continue;
        for (const w of name) {
          const bare = w.replace(/[.'’]+$/u, '');
          if (bare.length >= 3 && !notNameWord.test(plain(bare))) {
            words.add(bare.toLowerCase());
            words.add(plain(bare));
          }
        }
      }
    }
  }
  return words;
}
