import { normaliseKey, type Detection } from './detection';
import { allMatches } from './all-matches';
import { findSingaporeNrics } from './singapore-nric';

/**
 * National identity numbers of children in Spanish-speaking school systems, which schools use as the student's
 * ID (issue 9, item 2). Two by their shape alone, so distinctive that no lesson number has it: Mexico's CURP
 * (RENAPO: four letters, birth date, sex, state, consonants, check: "GOVE150312HDFNRM08") and Chile's RUT/RUN
 * with its dotted groups and check digit ("23.901.224-3"). The others after their label, because a dotted number
 * alone is also a population or a price ("1.500.000 habitantes"): Colombia's tarjeta de identidad and cédula
 * ("T.I. 1.021.556.783"), Spain's DNI/NIE/NIA, Argentina's DNI ("DNI 54.312.887"), Peru's and others' documento.
 * England's and Wales's Unique Pupil Number by its shape too (DfE: a check letter, never I, O or S, then eleven
 * digits and a digit or letter: "K820356114021"), pasted bare in a Teams thread or a markbook's first column.
 */
const upn = /(?<![\p{L}\p{N}])[A-HJ-NP-RT-Z]\d{11}[\dA-HJ-NP-RT-Z](?![\p{L}\p{N}])/gu;
const curp = /(?<![\p{L}\p{N}])[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z\d]\d(?![\p{L}\p{N}])/gu;
const rut = /(?<![\p{L}\p{N}.])\d{1,2}\.\d{3}\.\d{3}-[\dkK](?![\p{L}\p{N}])/gu;
const labelled =
  /(?<![\p{L}])(?:T\.\s?I\.?|TI|C\.\s?C\.?|C\.\s?I\.?|CI|carn[ée](?: de identidad)?|NUIP|RUN|RUT|CURP|DNI|NIE|NIA|tarjeta de identidad|c[ée]dula(?: de identidad)?|documento(?: de identidad)?|n[úu]mero de documento)\s*(?:n[º°o]\.?\s*)?[:#]?\s*((?:\d{1,3}(?:\.\d{3}){1,3}|\d{6,11})(?:-[\dkK])?|[XYZ]\d{7}[A-Z]|\d{8}-?[A-Z])(?![\p{L}\p{N}]|[.,]\d)/gu;

/**
 * The same labels written as a key of code an export or a form tool wrote, in small letters, with its value quoted:
 * `ci: "5.812.334"`, `"dni": "44.120.907"`, `nro_ci = '4.901.225-3'` (part 15, 1 Dec 2026: a Paraguayan nurse's
 * health records as YAML). The value must be shaped as such a number (dotted groups, or six to eleven digits with an
 * optional check), so a statistics lesson's `ci = (0.95, 1.20)` (a confidence interval) is no ID.
 */
const keyedLabel =
  /(?<![\p{L}\p{N}_])["']?(?:n(?:ro|um|umero)?_?)?(?:ci|dni|rut|curp|nie|nuip|cedula|c[ée]dula|documento|tarjeta_identidad)["']?\s*[:=]\s*(["']?)((?:\d{1,3}(?:\.\d{3}){1,3}|\d{6,11})(?:-\s?[\dkK])?)\1(?![\p{L}\p{N}]|[.,]\d)/giu;

/**
 * A school's student number with a hash beside a child's full name: "Gianni DeLuca (#6021158)", "student: Ada
 * Ruiz #7730251" in a referral (part 12, 1 Dec 2026). Six digits or more: an issue or a room number is shorter.
 */
const hashIdAfterName =
  /(?<![\p{L}])\p{Lu}[\p{Ll}'’-]+(?:\s+(?:de\s+|del\s+|van\s+)?\p{Lu}[\p{L}'’-]+){1,3}\s*\(?\s*(#\s?\d{6,9})(?![\p{N}])/gu;

export function findNationalIds(text: string): Detection[] {
  const found: Detection[] = [];
  const add = (value: string, start: number, detail: string, code: 'pattern' | 'label') =>
    found.push({
      kind: 'studentId',
      text: value,
      start,
      key: normaliseKey(value),
      reason: { code, detail },
      scope: 'global',
    });
  for (const m of allMatches(curp, text)) add(m[0], m.index, 'CURP', 'pattern');
  for (const m of allMatches(rut, text)) add(m[0], m.index, 'RUT', 'pattern');
  for (const m of allMatches(upn, text)) add(m[0], m.index, 'UPN', 'pattern');
  // Singapore's NRIC and FIN by shape and check letter, or after their label (singapore-nric.ts).
  found.push(...findSingaporeNrics(text));
  if (text.includes('#'))
    for (const m of allMatches(hashIdAfterName, text)) {
      const value = m[1] as string;
      add(value, m.index + m[0].lastIndexOf(value), 'after a name', 'pattern');
    }
  for (const m of allMatches(labelled, text)) {
    const value = m[1] as string;
    const start = m.index + m[0].lastIndexOf(value);
    if (!found.some((f) => f.start === start))
      add(value, start, m[0].slice(0, m[0].length - value.length).trim(), 'label');
  }
  if (/[:=]/.test(text))
    for (const m of allMatches(keyedLabel, text)) {
      const value = m[2] as string;
      const start = m.index + m[0].lastIndexOf(value);
      if (!found.some((f) => f.start === start)) add(value, start, m[0].slice(0, m[0].indexOf(value)).trim(), 'label');
    }
  return found;
}
