import { allMatches } from './all-matches';
import { compiledEarly } from './compiled-early';
import { normaliseFieldName } from './field-names';
import { lineAround } from './text-lines';
import { isWordProblem } from './word-problems';

/**
 * A child's fitness results are her marks in PE: FitnessGram's PACER laps and push-ups, a Cooper test's metres, a
 * mile time (part 15, 1 Dec 2026: a FitnessGram export read back as "41 laps, 14 push-ups", "ran 12 PACER laps"; a
 * Bolivian Cooper test listed as "Vargas, Nayeli (CI …) – 1480 m" and tabled under "Distancia"). No mark shape knew
 * them: a count of laps or a distance is no score, grade or percentage. Three places:
 * - a column of a class table whose header names a fitness test or measure ("PACER laps", "Push-ups", "Distancia",
 *   "Mile time"): its cells are the children's results, like a subject's marks (the caller's table rule);
 * - in a text already about students, a count with a fitness unit ("41 laps", "14 push-ups", "30 abdominales");
 * - a distance in metres closing a list item after a dash ("– 2150 m"), or after "ran", "corrió" or "recorrió".
 * Not a class's average, a test's zone or threshold, a level's lap or a track's length ("average of 31.5 laps",
 * "the zone starts at 23 laps", "level 2 at 8 laps", "a 20 m lap", "pista de 400 m", "2400 m o más = 100"), and not
 * in a word problem.
 */

/** Headers of a fitness test or measure, normalised (lower case, accents and separators off). */
const fitnessHeader =
  /\b(?:pacer|laps?|vueltas|push ?ups?|pushups|curl ?ups?|curlups|sit ?ups?|situps|pull ?ups?|pullups|flexiones|abdominales|mile(?: run| time)?|milla|distance|distancia|cooper|shuttle run|sit and reach|trunk lift|plank|salto(?: largo| alto)?|long jump|vertical jump|beep test|course navette)\b/;

/** Whether a class table's column `header` holds fitness results. */
export function isFitnessHeader(header: string): boolean {
  const words = normaliseFieldName(header);
  return words.length <= 40 && fitnessHeader.test(words);
}

/** A count with a fitness unit: "41 laps", "12 PACER laps", "14 push-ups", "30 abdominales". */
const countWithUnit =
  /(?<![\p{L}\d.,])(\d{1,3}(?:[.,]\d)?)\s+(?:PACER\s+)?(?:laps|vueltas|push-?ups|curl-?ups|sit-?ups|pull-?ups|flexiones|abdominales|burpees|reps|repeticiones)(?![\p{L}])/giu;
/** A distance in metres closing a list item after a dash, or after a verb of running. */
const runDistance =
  /(?:^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t].*?[ \t][–—-][ \t]*|\b(?:ran|run|corri[óo]|recorri[óo]|hizo)\s+)(\d{3,5})\s?(?:m|mts|metros|meters|metres)(?![\p{L}\d])/gimu;

/** Words shortly before a number (in its clause) that make it a class's figure, a zone, a goal or a level's step, not a child's result. */
const notOneChildsBefore =
  /(?:\b(?:average|avg|mean|promedio|media|class|curso|grupo|goal|meta|target|zone|zona|HFZ|starts?|empieza|at|al menos|least|minimum|m[íi]nimo|needs?|level|nivel|each|cada|every|per|por|up to|hasta)\b[^.\n;()]{0,14}|[≥≤<>=]\s*)$/iu;
/** Words after it that do the same ("23 laps or more", "400 m track", "2400 m o más = 100"). */
const notOneChildsAfter =
  /^[^\n\d]{0,12}?(?:\b(?:or more|or better|o m[áa]s|track|pista|lap\b|de altura|de altitud|to pass|para aprobar)|=)/iu;

export interface FitnessMeasure {
  text: string;
  start: number;
}

/** Fitness results in `text`, a field of a trace already about students. */
export function findFitnessMeasures(text: string): FitnessMeasure[] {
  const found: FitnessMeasure[] = [];
  // The cheap test: a unit word or a metre after digits. Most fields of a long lesson have neither.
  if (!/\d\s?(?:m\b|mts|metr|PACER|laps|vueltas|push|curl|sit|pull|flexion|abdominal|burpee|rep)/iu.test(text))
    return found;
  for (const re of [countWithUnit, runDistance])
    for (const m of allMatches(re, text)) {
      const value = m[1] as string;
      const start = m.index + m[0].lastIndexOf(value);
      if (notOneChildsBefore.test(text.slice(Math.max(0, start - 24), start))) continue;
      const unitEnd = m.index + m[0].length;
      if (notOneChildsAfter.test(text.slice(unitEnd, unitEnd + 24))) continue;
      if (isWordProblem(lineAround(text, start, start).line)) continue;
      found.push({ text: value, start });
    }
  return found;
}

// The rule regexes, compiled to optimised code while the module loads (why: compiled-early.ts).
for (const re of [countWithUnit, runDistance]) compiledEarly(re);
