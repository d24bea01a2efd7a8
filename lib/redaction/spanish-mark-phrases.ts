import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';
import { asGradeDetections } from './performance-marks';
import { addUnlessOverlapping, type FoundSpan } from './found-spans';
import { isWordProblem } from './word-problems';
import { lineAround } from './text-lines';

/**
 * A child's marks as Spanish and Catalan teachers write them in chats, notes and exported sheets, in the shapes
 * assessment-marks.ts did not read (part 17, 2 Dec 2026: a Guatemalan "cuadro", a Bolivian voice note, a Basque
 * Teams chat and a Catalan esfer@ export lost 30 such marks):
 * - a mark out of its scale: "38 sobre 100", "7,5 sobre 10";
 * - a final mark after a name or a dash: "— final 58", "nota final: 61";
 * - a decimal-comma mark beside its subject or after a verb of having one: "Matemáticas I: 3,5", "Física: 4,2",
 *   "tiene 4,2 conmigo", "lleva un 3,5", "sacó un 6,8" (a decimal comma with no unit is a mark in these systems);
 * - Catalonia's competency levels (Ordre ENS/108/2018 and Decret 175/2022 for ESO: NA no assoliment, AS
 *   satisfactori, AN notable, AE excel·lent) three or more in a row of a table ("AN | AS | NA | AS"), and counted
 *   ("3 NA (Català, Castellà, Anglès)", "tiene 1 NA", "té 2 NA").
 * Redacted where they stand; the caller reads only a trace already about students (the gate of
 * performance-marks.ts). A pass mark is no child's mark: "nota mínima para aprobar: 60" and a scale's legend
 * ("NA = no assoliment") stay.
 */

const spanishSubject = String.raw`(?:Matem[áa]tiques|Matem[áa]ticas|Mates|Lengua(?: Castellana| Española)?|Llengua(?: Catalana)?|Castell[àa]|Catal[àa]|Angl[èe]s|Ingl[ée]s|Franc[ée]s|F[íi]sica(?: y Qu[íi]mica)?|Qu[íi]mica|Biolog[íi]a|Geograf[íi]a|Historia|Hist[òo]ria|Filosof[íi]a|Tecnolog[íi]a|Econom[íi]a|Ciencias(?: Naturales| Sociales)?|Ci[èe]ncies|Educaci[óo]n F[íi]sica|M[úu]sica|Dibujo|Lat[íi]n|Griego|Euskera|Valenci[àa])(?:[ \t]+(?:I{1,3}|\d))?`;
const decimalMark = String.raw`\d{1,2},\d{1,2}`;
/** "38 sobre 100", "7,5 sobre 10". */
const outOf = compiledEarly(
  new RegExp(String.raw`(?<![\d.,])\d{1,3}(?:[.,]\d{1,2})?[ \t]+sobre[ \t]+(?:100|20|10)(?!\d|[.,]\d)`, 'gu'),
);
/** "— final 58", "nota final: 61". */
const finalMark = compiledEarly(
  new RegExp(
    String.raw`(?<![\p{L}])(?:nota[ \t]+)?final[ \t]*:?[ \t]*(\d{1,3}(?:[.,]\d{1,2})?)(?![\d/%:]|[.,]\d|[ \t]*(?:de|del|of|weeks?|days?|minutes?|chapters?|pages?|questions?|problems?|units?|lessons?|rounds?|years?|months?|semanas?|d[íi]as|minutos|cap[íi]tulos|p[áa]ginas|preguntas)(?![\p{L}]))`,
    'giu',
  ),
);
/** "Matemáticas I: 3,5", "Física 4,2". */
const subjectMark = compiledEarly(
  new RegExp(String.raw`(?<![\p{L}])${spanishSubject}[ \t]*:?[ \t]*(${decimalMark})(?![\d%])`, 'gu'),
);
/** "tiene 4,2 conmigo", "lleva un 3,5", "sacó un 6,8". */
const verbMark = compiledEarly(
  new RegExp(
    String.raw`(?<![\p{L}])(?:tiene|ten[íi]a|lleva|llevaba|saca|sac[óo]|obtuvo|obtiene|t[ée]|treu|va treure)[ \t]+(?:un[ \t]+|una[ \t]+|el[ \t]+|la[ \t]+)?(${decimalMark})(?![\d%]|[ \t]*(?:kg|km|cm|m|l|€|\$|metros|litros|kilos|horas|años|veces)\b)`,
    'giu',
  ),
);
const level = String.raw`(?:NA|AS|AN|AE)`;
/** A row of three or more competency levels: "AN | AS | NA | AS", also tab- or semicolon-separated. */
const levelRow = compiledEarly(
  new RegExp(String.raw`(?<![\p{L}])${level}(?:[ \t]*[|;\t][ \t]*${level}){2,}(?![\p{L}])`, 'gu'),
);
/** "3 NA (Català, Castellà, Anglès)", "tiene 1 NA", "té 2 NA". */
const countedLevels = compiledEarly(
  new RegExp(
    String.raw`(?<![\p{L}\d])(?:(?:tiene|té|tenía|con|amb)[ \t]+\d{1,2}[ \t]+${level}(?![\p{L}])|\d{1,2}[ \t]+${level}[ \t]*\([^)\n]{2,80}\))`,
    'gu',
  ),
);
/** Words before a mark that make it a rule (a pass mark, a legend), not a child's. */
const ruleBefore =
  /\b(?:m[íi]nim[ao]|para aprobar|aprobar con|m[àa]xim[ao]|escala|llegenda|leyenda|si|if)\b[^.\n;]{0,30}$/iu;

/** A cheap look before the regexes. */
const mayHoldMark = compiledEarly(/sobre|final|\d,\d|\b(?:NA|AS|AN|AE)\b/u);

/** Marks of a child in Spanish and Catalan shapes in `text` (the caller's gate: a trace about students). */
export function findSpanishMarkPhrases(text: string): FoundSpan[] {
  if (!mayHoldMark.test(text)) return [];
  const found: FoundSpan[] = [];
  const add = (t: string, start: number) => {
    const { line, from } = lineAround(text, start, start + t.length);
    if (isWordProblem(line) || ruleBefore.test(line.slice(0, start - from))) return;
    addUnlessOverlapping(found, t, start);
  };
  for (const m of allMatches(outOf, text)) add(m[0], m.index);
  for (const re of [finalMark, subjectMark, verbMark])
    for (const m of allMatches(re, text)) add(m[1] as string, m.index + m[0].lastIndexOf(m[1] as string));
  for (const m of allMatches(levelRow, text)) add(m[0], m.index);
  for (const m of allMatches(countedLevels, text)) add(m[0], m.index);
  return found;
}

/** The marks above as findings of the scan, redacted where they stand. */
export function findSpanishMarkPhraseDetections(text: string): Detection[] {
  return asGradeDetections(findSpanishMarkPhrases(text));
}
