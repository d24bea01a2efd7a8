import type { RedactionKind } from './kinds';

/**
 * Column headers and code keys field-names.ts does not know, named after the system that issues the value:
 * - US states' student identifiers by their own names. A tutoring vendor's invoice or a records request heads the
 *   column "FLEID" (Florida Education Identifier), "GTID" (Georgia Testing ID), "OSIS" (New York City's Open
 *   Student Information System number), "NYSSIS" (New York State), "STN" (Indiana's Student Test Number), "WSN"
 *   (Wisconsin Student Number), "MARSS" (Minnesota), "UIC" (Michigan's Unique Identification Code),
 *   "PAsecureID" (Pennsylvania), not "Student ID" (blind part 21, 2 Dec 2026: five FLEIDs of an invoice kept).
 *   Names as the states' education departments publish them in their data dictionaries (facts, not copied text).
 * - Identifiers outside the US by the name of the register that issues them: Singapore's "NRIC" (National
 *   Registration Identity Card number, which a school's class app keeps per pupil), the Canary Islands' "CIAL"
 *   (Código de Identificación del Alumnado, the column of a speech therapist's session log) (blind part 23, 2 Dec
 *   2026: four NRICs as YAML keys and four CIALs in a log's column kept).
 * - A benchmark's or screener's name as the header of its scores ("Pre i-Ready", "MAP Growth", "DIBELS",
 *   "Acadience", "CTOPP-2"): a column of one child's results per row (part 21: five i-Ready scale scores).
 * Short acronyms that are everyday words in code (`stn` a station, `uic` a UI component) count only in a header
 * or a prose label, as field-names.ts's header-only words do.
 */
const stateIdWords =
  /\b(?:fleid|gtid|nysssis|nyssis|pa ?secure ?id|marss(?: number| no)?|edid|nric(?: no| number)?|cial)\b/;
const stateIdHeaderOnly = /\b(?:osis(?: number| no| id)?|stn|wsn|uic|cps id)\b/;
const assessmentWords =
  /\b(?:i ?ready|map growth|nwea|dibels|acadience|aimsweb|istation|mclass|fastbridge|easycbm|ctopp(?: 2)?|wiat|wisc|woodcock johnson|cogat|star (?:reading|math|early literacy))\b/;

/** The kind a normalised header or key (field-names.ts's normaliseFieldName) names by an issuing system, or null. */
export function classifySystemFieldName(words: string, where: 'header' | 'key'): RedactionKind | null {
  if (stateIdWords.test(words) || (where === 'header' && stateIdHeaderOnly.test(words))) return 'studentId';
  if (assessmentWords.test(words)) return 'grade';
  return null;
}
