import { isKnownFirstName, notANameWord } from './context-names';
import { normaliseKey, type Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';
import { isWellKnownName } from './well-known';

/**
 * A child written in capitals after the label of a student record, as Latin American information systems print
 * them, surnames first and with no comma: "ESTUDIANTE: CAICEDO QUIÑÓNEZ ESPERANZA MARÍA   C.I. 0951234876",
 * "Alumno: PÉREZ LARA JUAN CARLOS — 6.º B", "STUDENT NAME: OKAFOR GRACE" (part 16's Ecuadorian absence report,
 * 1 Dec 2026: two children named so were missed, as the register lines of surname-first-names.ts need a comma).
 * The name runs up to a wide gap, a tab, a dash, a bar, a comma, a parenthesis or the line's end, and one of its
 * words must be a given name compromise's lexicon knows ("ESTUDIANTE: SIN DATOS" names no one); a well-known
 * name turned round ("BOLÍVAR SIMÓN") stays. Its words are the child's wherever written, in capitals or not.
 */
const labelled = compiledEarly(
  /(?<![\p{L}])(?:ESTUDIANTE|ALUMN[OA]|NOMBRE(?:S)?(?: DEL? (?:ALUMN[OA]|ESTUDIANTE))?|APELLIDOS Y NOMBRES|STUDENT(?: NAME)?|[Ee]studiante|[Aa]lumn[oa]|[Nn]ombre(?: del? (?:alumn[oa]|estudiante))?|[Aa]pellidos y nombres|[Ss]tudent(?: [Nn]ame)?)[ \t]*[:：][ \t]*(\p{Lu}[\p{Lu}\p{M}'’-]+(?: \p{Lu}[\p{Lu}\p{M}'’-]+){1,6})(?=[ \t]{2,}|\t|[ \t]*(?:[—–|;,(]|[ \t]-[ \t]|$))/gmu,
);
const particles = new Set(['DE', 'DEL', 'LA', 'LAS', 'LOS', 'Y', 'DA', 'DOS', 'VAN', 'VON']);
const titleCase = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();

export function findLabelledCapitalNames(text: string): Detection[] {
  const out: Detection[] = [];
  if (!/[Ee][Ss][Tt][Uu][Dd]|[Aa][Ll][Uu][Mm][Nn]|[Nn][Oo][Mm][Bb][Rr][Ee]|[Ss][Tt][Uu][Dd][Ee][Nn][Tt]/u.test(text))
    return out;
  for (const m of allMatches(labelled, text)) {
    const name = m[1] as string;
    const words = name.split(' ').filter((w) => !particles.has(w));
    if (words.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 2).length < 2) continue;
    if (!words.some((w) => isKnownFirstName(w)) || words.some((w) => notANameWord(titleCase(w)))) continue;
    const titled = words.map(titleCase);
    if (isWellKnownName(titled.join(' '), new Set()) || isWellKnownName([...titled].reverse().join(' '), new Set()))
      continue;
    const start = m.index + m[0].length - name.length;
    const parts = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 3).flatMap((w) => [w, titleCase(w)]);
    out.push({
      kind: 'studentName',
      text: name,
      start,
      key: normaliseKey(name),
      // The label as written is the reason shown (a quoted detail is words of the trace: reason-texts.test.ts).
      reason: { code: 'studentCue', detail: m[0].slice(0, m[0].length - name.length).trim() },
      scope: 'global',
      parts: [...new Set(parts)],
    });
  }
  return out;
}
