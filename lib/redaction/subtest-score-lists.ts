import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { asGradeDetections } from './performance-marks';
import { addUnlessOverlapping, type FoundSpan } from './found-spans';
import { mayHoldAnyWord } from './folded-text';

/**
 * A child's subtest scores as a psychologist's or a reading specialist's summary lists them: the subtest's name,
 * then its scaled score (mean 10, SD 3, so 1–20), one after another in a list or in parentheses: "- Elision 6,
 * Blending Words 7, Phoneme Isolation 6", "sound blending was hard (Blending Words 7)", "(Rapid Digit 5, Rapid
 * Letter 5)". Blind part 21 (2 Dec 2026) kept six such scores of a CTOPP-2 screener whose composites were found;
 * WISC, WIAT, KTEA and Woodcock-Johnson reports list theirs the same way.
 * Read only in a text that speaks of subtests or scaled scores (the cheap gate), and only where the name stands
 * at the start of a list item, after "(", ",", ";" or ":" and the score ends it (")", ",", ";", "." or the line's
 * end). The name is one to three capitalised words, none a word of a document's structure ("Step 2", "Chapter
 * 6", "Grade 4", "Unit 3"): those number a thing, they score nobody. The caller reads only traces about students.
 */
const gateWords = ['subtest', 'scaled score', 'sub-test', 'subprueba', 'puntuación escalar', 'puntuacion escalar'];
const listedScore =
  /(?:^|[(,;:]|^[ \t]*[-*•][ \t])[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,2})[ \t]+(1?\d|20)(?=[ \t]*(?:[),;]|\.(?!\d)|$))/gmu;
/** Words that number a part of something ("Step 2", "Chapter 6"), never a subtest. */
const structureWords =
  /^(?:Step|Steps|Chapter|Unit|Lesson|Grade|Page|Part|Level|Period|Room|Week|Day|Year|Module|Section|Table|Figure|Tier|Book|Volume|Act|Scene|Question|Item|Group|Station|Round|Stage|Phase|Class|Block|Bus|Quiz|Form|Set|Box|Apt|Suite|Number|Age|Session|Trial|Paso|Unidad|Lección|Leccion|Capítulo|Capitulo|Grado|Página|Pagina|Nivel|Semana|Día|Dia|Año|Sesión|Sesion)$/u;

/** The subtest scores above in `text`. */
export function findSubtestScores(text: string): FoundSpan[] {
  if (!mayHoldAnyWord(text, gateWords)) return [];
  const out: FoundSpan[] = [];
  for (const m of allMatches(listedScore, text)) {
    const name = m[1] as string;
    if (structureWords.test(name.split(/[ \t]/u)[0] as string)) continue;
    const score = m[2] as string;
    addUnlessOverlapping(out, score, m.index + m[0].length - score.length);
  }
  return out;
}

/** The scores above as findings of the scan, redacted where they stand. */
export function findSubtestScoreDetections(text: string): Detection[] {
  return asGradeDetections(findSubtestScores(text));
}
