import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';
import { asGradeDetections } from './performance-marks';
import { addUnlessOverlapping, type FoundSpan } from './found-spans';

/**
 * How a child did, in phrases of teachers' and therapists' notes that no mark reader took (blind part 23, 2 Dec
 * 2026: a Peruvian WhatsApp group, a Uruguayan ClassDojo thread, an Argentine counsellor's note, a Texas comment
 * export, a Welsh case note and two speech therapists' logs lost them):
 * - a whole mark on a named assessment after a verb of getting: "sacó 11 en la práctica de matemática", "obtuvo 14
 *   en el escrito" (Peru's 0–20 and Uruguay's 1–12 scales have no decimals to give them away);
 * - a mark with its word of Uruguay's scale: "un 4 (regular)", "sacó 4, regular", "un 9 (muy bueno)";
 * - subjects failed, counted: "desaprobó 4 materias", "reprobó tres asignaturas", "failing 2 classes";
 * - missing work, counted: "3 missing assignments", "4 tareas sin entregar";
 * - a child's attendance rate: "Attendance 81%", "asistencia 0.81", "asistencia del 76 %";
 * - a speech therapist's counts: "acertó 5 de 12", "3 bloqueos/min", "6 blocks in 5 min sample", "she had 6 blocks", "SSI-4 score 24";
 * - a score out of ten or more after a possessive and before what it was on ("Her 18/80 in theory", "Ethan's 12/30 on
 *   CA1"), or after a dash closing a child's parenthesised number ("Diya R. (roll 24110832) — 31/100"): a recipe's
 *   "her 3/4 cup" has a denominator under ten;
 * - a decimal mark after a possessive and before its verb ("su 5.8 debe revisarse", "her 6.5 is the lowest"), or
 *   closing a sentence after a name ("Destacada: Andrea Puc Chan con 9.1.");
 * - weeks or days absent: "absent 3 wks", "absent for 4 days";
 * - a Chilean mark numbered by its assessment: "la N2 de 2,9" (Chile's 1,0–7,0 scale).
 * One pattern, one pass; redacted where they stand. The caller reads only traces about students, so a lesson's
 * "attendance 95% target" or "students who fail 2 classes" in a policy is read only where children are named.
 */
const count = String.raw`(?:\d{1,2}|two|three|four|five|six|dos|tres|cuatro|cinco|seis|siete|ocho)`;
const uruguayWord = String.raw`(?:regular|bueno|muy bueno|sobresaliente|deficiente|insuficiente|aceptable|excelente)`;
const phrases = compiledEarly(
  new RegExp(
    [
      String.raw`(?<![\p{L}])(?:sac[óo]|obtuvo|tuvo|saca|obtiene)[ \t]+(?:un[ \t]+)?(\d{1,2})(?=[ \t]+en[ \t]+(?:la|el)[ \t]+(?:pr[áa]ctica|escrito|prueba|examen|parcial|evaluaci[óo]n|control|test)(?![\p{L}]))`,
      String.raw`(?<![\p{L}])(?:un|una|sac[óo]|obtuvo|nota)[ \t]+(\d{1,2})(?=[ \t]*(?:\([ \t]*${uruguayWord}[ \t]*\)|,[ \t]*${uruguayWord}(?![\p{L}])))`,
      String.raw`(?<![\p{L}])((?:desaprob|reprob|suspendi|suspend)\p{L}*[ \t]+${count}[ \t]+(?:materias|asignaturas|[áa]reas|espacios curriculares))(?![\p{L}])`,
      String.raw`(?<![\p{L}])((?:fail(?:ed|ing|s)?)[ \t]+${count}[ \t]+(?:classes|subjects|courses))(?![\p{L}])`,
      String.raw`(?<![\p{L}\d])(${count}[ \t]+(?:missing[ \t]+(?:assignments|tasks|homeworks?)|(?:tareas|trabajos)[ \t]+(?:sin entregar|pendientes)))(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:[Aa]ttendance|[Aa]sistencia)(?:[ \t]+(?:rate|is|was|of|at|del|de|es))?[ \t]*:?[ \t]+(\d{1,3}(?:[.,]\d)?[ \t]?%|0[.,]\d{1,2})(?![\d%])`,
      String.raw`(?<![\p{L}])(?:[Aa]cert[óo]|[Ll]ogr[óo]|[Cc]onsigui[óo])[ \t]+(\d{1,2}[ \t]+de[ \t]+\d{1,2})(?![\d])`,
      String.raw`(?<![\p{L}\d])(\d{1,2}[ \t]+(?:bloqueos|blocks|disfluencias|disfluencies)(?:[ \t]*\/[ \t]*min|[ \t]+(?:per|por)[ \t]+min(?:ute|uto)?|[ \t]+in[ \t]+\d{1,2}[ \t]+min))(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:had|tuvo|present[óo])[ \t]+(\d{1,2}[ \t]+(?:bloqueos|blocks|disfluencias|disfluencies))(?=[ \t]*[;.,)]|[ \t]*$)`,
      String.raw`(?<![\p{L}])SSI-?4[ \t]+(?:score[ \t]+|total[ \t]+)?(\d{1,2})(?!\d)`,
      String.raw`(?:(?<![\p{L}])(?:his|her|their|su)|['’]s)[ \t]+(\d{1,3}[ \t]?\/[ \t]?[1-9]\d{1,2})(?=[ \t]+(?:in|on|en|for)[ \t])`,
      String.raw`\)[ \t]*[—–][ \t]*(\d{1,3}[ \t]?\/[ \t]?[1-9]\d{1,2})(?=[.,;]|[ \t]*$)`,
      String.raw`(?:(?<![\p{L}])(?:his|her|their|su)|['’]s)[ \t]+(\d{1,2}[.,]\d{1,2})(?=[ \t]+(?:debe|deber[íi]a|must|should|needs?|is|es|was|fue|in|en)(?![\p{L}]))`,
      String.raw`(?<=\p{Lu}[\p{Ll}'’-]+)[ \t]+con[ \t]+(\d{1,2}[.,]\d{1,2})(?=[ \t]*[.;)](?!\d)|[ \t]*$)`,
      String.raw`(?<![\p{L}])(absent[ \t]+(?:for[ \t]+)?\d{1,2}[ \t]+(?:wks?|weeks?|days?))(?![\p{L}])`,
      String.raw`(?<![\p{L}])N[1-9][ \t]+de[ \t]+([1-7],\d)(?!\d)`,
    ].join('|'),
    'giu',
  ),
);
/** A cheap look first: a word of one of the phrases. */
const mayHold =
  /sac|obtuv|tuvo|obtiene|un |nota|aprob|suspend|fail|missing|tareas|trabajos|ttendance|sistencia|cert|ogr|onsigui|bloqueos|blocks|disfluen|SSI|\d\/[1-9]\d|absent|N\d de|\d[.,]\d/iu;

/** The marks above in `text`. */
export function findAssessmentOutcomePhrases(text: string): FoundSpan[] {
  if (!mayHold.test(text)) return [];
  const found: FoundSpan[] = [];
  for (const m of allMatches(phrases, text)) {
    const value = m.slice(1).find((g) => g !== undefined) as string;
    addUnlessOverlapping(found, value, m.index + m[0].lastIndexOf(value));
  }
  return found;
}

/** The marks above as findings of the scan, redacted where they stand. */
export function findAssessmentOutcomePhraseDetections(text: string): Detection[] {
  return asGradeDetections(findAssessmentOutcomePhrases(text));
}
