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
/**
 * Each phrase with the lower-case words one of which it holds: a pattern runs only on a text holding one (a lower-case
 * copy is searched once), and alone, so no alternation of all of them is tried at every position of a long lesson.
 */
const phrases: readonly (readonly [readonly string[], RegExp])[] = [
  [
    ['sac', 'obtuv', 'tuvo', 'obtiene'],
    String.raw`(?<![\p{L}])(?:[Ss]ac[óo]|[Oo]btuvo|[Tt]uvo|[Ss]aca|[Oo]btiene)[ \t]+(?:un[ \t]+)?(\d{1,2})(?=[ \t]+en[ \t]+(?:la|el)[ \t]+(?:pr[áa]ctica|escrito|prueba|examen|parcial|evaluaci[óo]n|control|test)(?![\p{L}]))`,
  ],
  [
    ['regular', 'bueno', 'sobresaliente', 'deficiente', 'aceptable', 'excelente'],
    String.raw`(?<![\p{L}])(?:[Uu]na?|[Ss]ac[óo]|[Oo]btuvo|[Nn]ota)[ \t]+(\d{1,2})(?=[ \t]*(?:\([ \t]*${uruguayWord}[ \t]*\)|,[ \t]*${uruguayWord}(?![\p{L}])))`,
  ],
  [
    ['aprob', 'suspend'],
    String.raw`(?<![\p{L}])((?:[Dd]esaprob|[Rr]eprob|[Ss]uspend)\p{L}*[ \t]+${count}[ \t]+(?:materias|asignaturas|[áa]reas|espacios curriculares))(?![\p{L}])`,
  ],
  [
    ['fail'],
    String.raw`(?<![\p{L}])((?:[Ff]ail(?:ed|ing|s)?)[ \t]+${count}[ \t]+(?:classes|subjects|courses))(?![\p{L}])`,
  ],
  [
    ['missing', 'sin entregar', 'pendientes'],
    String.raw`(?<![\p{L}\d])(${count}[ \t]+(?:missing[ \t]+(?:assignments|tasks|homeworks?)|(?:tareas|trabajos)[ \t]+(?:sin entregar|pendientes)))(?![\p{L}])`,
  ],
  [
    ['attendance', 'asistencia'],
    String.raw`(?<![\p{L}])(?:[Aa]ttendance|[Aa]sistencia)(?:[ \t]+(?:rate|is|was|of|at|del|de|es))?[ \t]*:?[ \t]+(\d{1,3}(?:[.,]\d)?[ \t]?%|0[.,]\d{1,2})(?![\d%])`,
  ],
  [
    ['acert', 'logr', 'consigui'],
    String.raw`(?<![\p{L}])(?:[Aa]cert[óo]|[Ll]ogr[óo]|[Cc]onsigui[óo])[ \t]+(\d{1,2}[ \t]+de[ \t]+\d{1,2})(?![\d])`,
  ],
  [
    ['bloqueos', 'blocks', 'disfluen'],
    String.raw`(?<![\p{L}\d])(\d{1,2}[ \t]+(?:bloqueos|blocks|disfluencias|disfluencies)(?:[ \t]*\/[ \t]*min|[ \t]+(?:per|por)[ \t]+min(?:ute|uto)?|[ \t]+in[ \t]+\d{1,2}[ \t]+min))(?![\p{L}])`,
  ],
  [
    ['bloqueos', 'blocks', 'disfluen'],
    String.raw`(?<![\p{L}])(?:had|tuvo|present[óo])[ \t]+(\d{1,2}[ \t]+(?:bloqueos|blocks|disfluencias|disfluencies))(?=[ \t]*[;.,)]|[ \t]*$)`,
  ],
  [['ssi'], String.raw`(?<![\p{L}])SSI-?4[ \t]+(?:score[ \t]+|total[ \t]+)?(\d{1,2})(?!\d)`],
  [['absent'], String.raw`(?<![\p{L}])([Aa]bsent[ \t]+(?:for[ \t]+)?\d{1,2}[ \t]+(?:wks?|weeks?|days?))(?![\p{L}])`],
  [[' de '], String.raw`(?<![\p{L}])N[1-9][ \t]+de[ \t]+([1-7],\d)(?!\d)`],
  // Digit-led: the word before the score is checked in code (possessiveOrName), not by a lookbehind at every position.
  [['/'], String.raw`(?<![\p{N}.,/])(\d{1,3}[ \t]?\/[ \t]?[1-9]\d{1,2})(?=[ \t]+(?:in|on|en|for)[ \t]|[.,;]|[ \t]*$)`],
  [
    ['.', ','],
    String.raw`(?<![\p{N}.,/])(\d{1,2}[.,]\d{1,2})(?=[ \t]+(?:debe|deber[íi]a|must|should|needs?|is|es|was|fue|in|en)(?![\p{L}])|[ \t]*[.;)](?!\d)|[ \t]*$)`,
  ],
].map(([words, source]) => [words as readonly string[], compiledEarly(new RegExp(source as string, 'gu'))] as const);
const digitLedFraction = phrases[phrases.length - 2]![1];
const digitLedDecimal = phrases[phrases.length - 1]![1];

/** What a digit-led score needs before it: a possessive, a dash after a parenthesis, or (a decimal) "Name con". */
function possessiveOrName(text: string, at: number, fraction: boolean, value: string, after: string): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const toWord = /^[ \t]+(?:in|on|en|for)[ \t]/u.test(after);
  const toVerb = /^[ \t]+(?:debe|deber[íi]a|must|should|needs?|is|es|was|fue|in|en)(?![\p{L}])/u.test(after);
  if (/(?:(?<![\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir|[Ss]u)|['’]s)[ \t]+$/u.test(before)) return fraction ? toWord : toVerb;
  if (fraction) return /\)[ \t]*[—–][ \t]*$/u.test(before) && !toWord;
  return !toVerb && /(?<![\p{L}])\p{Lu}[\p{Ll}'’-]+[ \t]+con[ \t]+$/u.test(before) && value.length > 0;
}

/** The marks above in `text`. */
export function findAssessmentOutcomePhrases(text: string): FoundSpan[] {
  const lower = text.toLowerCase();
  const found: FoundSpan[] = [];
  for (const [words, re] of phrases) {
    if (!words.some((w) => lower.includes(w))) continue;
    const digitLed = re === digitLedFraction || re === digitLedDecimal;
    for (const m of allMatches(re, text)) {
      const value = m.slice(1).find((g) => g !== undefined) as string;
      const at = m.index + m[0].lastIndexOf(value);
      if (
        digitLed &&
        !possessiveOrName(
          text,
          at,
          re === digitLedFraction,
          value,
          text.slice(at + value.length, at + value.length + 20),
        )
      )
        continue;
      addUnlessOverlapping(found, value, at);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The marks above as findings of the scan, redacted where they stand. */
export function findAssessmentOutcomePhraseDetections(text: string): Detection[] {
  return asGradeDetections(findAssessmentOutcomePhrases(text));
}
