import { isStaffName } from './staff-names';
import { lexiconTag, notANameWord } from './context-names';

/**
 * The staff a trace names with their role anywhere in it, read before the scan: "our ESL coordinator (Mr. Paul
 * Ferris, …)" in the teacher's notes makes "Dear Mr. Ferris," in the AI's draft the same colleague, though the
 * draft comes first in no order the scan could rely on (part 11, 1 Dec 2026, lost "Mr. Paul Ferris" as a parent;
 * part 12 "Coach Alvarez <jalvarez@…>" as a personal mailbox; part 10 "Firma: Miguel Angel Torres, Coordinador
 * 504"). Two shapes are looked for, each starting at a cheap literal so a 50,000-word lesson costs two quick
 * searches: a name after an honorific or a staff title ("Mr. Paul Ferris", "Coach Jorge Alvarez", "Sra. Dulce
 * Polanco"), and a name of two words or more before ", Role" (a signature). staff-names.ts then decides, as it
 * does for every name the scan finds, whether the role touches the name.
 */
const afterHonorific =
  /(?:Mr|Mrs|Ms|Mx|Dr|Sr|Sra|Srta|Lic|Licda|Prof|Profa|Coach|Nurse|Principal|Dean|Profe)\.?[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})/gu;
const roleAfterComma =
  /,[ \t]*(?:(?:ESL|ELL|EL|ESOL|504|IEP|SPED|School|District|Campus|Reading|Math|Literacy|Instructional|Athletic|Assistant|Head|Special Education|Bilingual)[ \t]+)?(?:Coordinator|Coordinador|Coordinadora|Counselor|Counsellor|Consejer[ao]|Orientador[a]?|Principal|Vice[- ]Principal|Director[a]?|Nurse|Enfermer[ao]|Teacher|Maestr[ao]|Profesor[a]?|Psychologist|Psic[óo]log[ao]|Therapist|Terapeuta|SLP|Case Manager|Social Worker|Trabajador[a] Social|Secretary|Secretari[ao]|Librarian|Bibliotecari[ao]|Coach|Entrenador[a]?|Specialist|Especialista|Liaison|Interventionist|Diagnostician|Superintendent|Registrar)(?![\p{L}])/gu;
/** The capitalised words (two to four) that end right where a signature's comma starts. */
const nameBeforeComma = /(?<![\p{L}])\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,3}$/u;

/** A word that may be part of a person's name: no everyday word of the lexicon ("School", "Log", "Gracias"). */
function mayBeName(word: string): boolean {
  const bare = word.replace(/[.'’]+$/u, '');
  if (
    bare.length < 2 ||
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

function addName(words: Set<string>, name: string): void {
  for (const w of name.split(/[ \t]+/)) {
    const bare = w.replace(/[.'’]+$/u, '');
    if (bare.length < 3) continue;
    words.add(bare.toLowerCase());
    words.add(plain(bare));
  }
}

/** Words (lower case, with and without accents) of every staff member named with a role in `texts`. */
export function staffWordsIn(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(afterHonorific)) {
      // A letter before the honorific makes it part of a word ("HDr."): checked here, not by a look-behind the
      // engine would try at every character.
      if (m.index && /\p{L}/u.test(text.charAt(m.index - 1))) continue;
      const name = m[1] as string;
      const start = (m.index ?? 0) + m[0].length - name.length;
      if (!name.split(/[ \t]+/).every(mayBeName)) continue;
      // The title as part of the name ("Coach Jorge Alvarez") or the honorific before it ("Mr. Paul Ferris").
      if (isStaffName(text, m.index ?? 0, start + name.length) || isStaffName(text, start, start + name.length))
        addName(words, name);
    }
    for (const m of text.matchAll(roleAfterComma)) {
      const at = m.index ?? 0;
      const before = text.slice(Math.max(0, at - 60), at).match(nameBeforeComma);
      if (!before || !before[0].split(/[ \t]+/).every(mayBeName)) continue;
      if (isStaffName(text, at - before[0].length, at)) addName(words, before[0]);
    }
  }
  return words;
}
