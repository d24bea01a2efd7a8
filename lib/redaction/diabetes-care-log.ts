import type { Detection } from './detection';
import { allMatches } from './all-matches';
import { asGradeDetections } from './performance-marks';
import { addUnlessOverlapping, type FoundSpan } from './found-spans';

/**
 * A diabetic child's care log as a school nurse keeps and pastes it: glucose readings ("BG 212 pre-lunch",
 * "low 62 at 2:10 PM", "recheck 104", "glucemia 180"), insulin doses ("bolus 5.3u + corr 1.2u", "5.9 u") and the
 * devices the child wears ("Dexcom G7", "Omnipod 5", "FreeStyle Libre 3", "t:slim X2"). Part 20 (2 Dec 2026) lost
 * five such log entries and the devices named again in the AI's table; the diagnosis itself ("Type 1 diabetes") is
 * read by the health terms. Each is a health detail of one child, read only in a text that speaks of diabetes care
 * (insulin, bolus, glucose, BG, CGM, a pump or sensor named), so "a low of 62°F" or "high 85" in a weather lesson
 * stays. A published target or range ("BG 70–180", "glucose 80 to 130") is no child's reading, and a lesson on
 * diabetes that names no reading loses nothing. Each reading, dose and device is redacted where it stands.
 */

const cue = /insulin|bolus|diabet|glucos|glucem|\bBG\b|\bCGM\b|Dexcom|Omnipod|Libre|t:slim|MiniMed/iu;
const notARange = String.raw`(?![\p{N}]|[ \t]*(?:[–—-]|to|a|al|hasta)[ \t]*\d|[ \t]*(?:°|ºF|°F|ºC|°C|degrees))`;
/** "BG 212", "blood sugar 96", "glucemia: 180", "CGM read 250". */
const reading = new RegExp(
  String.raw`(?<![\p{L}])(?:BG|BGL|[Bb]lood (?:glucose|sugar)|[Gg]lucose|[Gg]lucosa|[Gg]lucemia|CGM)(?:[ \t]+(?:of|was|read|reading|de|fue))?[ \t]*:?[ \t]*\d{2,3}${notARange}`,
  'gu',
);
/** "low 62", "Low of 54", "recheck 104", "rechecked at 98", "high 310". */
const event = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ll]ow|LOW|[Hh]igh|HIGH|[Rr]e-?check(?:ed)?|[Hh]ipoglucemia|[Hh]iperglucemia)(?:[ \t]+(?:of|was|at|de))?[ \t]*:?[ \t]*\d{2,3}${notARange}`,
  'gu',
);
/** "bolus 5.3u", "corr 1.2u", "correction 2 units", and a bare decimal dose "5.9u", "4.8 u". */
const dose = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:[Bb]olus|[Cc]orr(?:ection)?|[Bb]asal|[Cc]orrecci[óo]n)[ \t]*:?[ \t]*\d{1,2}(?:\.\d{1,2})?[ \t]?(?:u|U|units?|unidades)|(?<![\p{N}.,])\d{1,2}\.\d{1,2}[ \t]?(?:u|U))(?![\p{L}\p{N}])`,
  'gu',
);
/** Sensors and pumps a child wears. */
const device =
  /(?<![\p{L}])(?:Dexcom(?:[ \t]+(?:G\d|ONE\+?|Stelo))?|Omnipod(?:[ \t]+(?:\d|DASH))?|(?:FreeStyle[ \t]+)?Libre(?:[ \t]+\d)|t:slim(?:[ \t]+X2)?|(?:Medtronic[ \t]+)?MiniMed(?:[ \t]+\d{3}G)?|Medtronic[ \t]+\d{3}G)(?![\p{L}\p{N}])/gu;

/** Plain substrings one of which any text with a cue holds: looked for before the cue's case-free regex. */
const cueParts = [
  'nsulin',
  'NSULIN',
  'olus',
  'iabet',
  'IABET',
  'lucos',
  'lucem',
  'BG',
  'CGM',
  'Dexcom',
  'Omnipod',
  'Libre',
  't:slim',
  'MiniMed',
];

/** The readings, doses and devices above in `text`. */
export function findDiabetesCareLog(text: string): FoundSpan[] {
  if (!cueParts.some((p) => text.includes(p)) || !cue.test(text)) return [];
  const out: FoundSpan[] = [];
  for (const re of [device, reading, event, dose])
    for (const m of allMatches(re, text)) addUnlessOverlapping(out, m[0], m.index);
  return out;
}

/** The log above as health findings of the scan, redacted where they stand. */
export function findDiabetesCareLogDetections(text: string): Detection[] {
  return asGradeDetections(findDiabetesCareLog(text)).map((d) => ({ ...d, kind: 'health' as const }));
}
