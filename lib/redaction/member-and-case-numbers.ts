import { normaliseKey, type Detection } from './detection';
import { allMatches } from './all-matches';

/**
 * Numbers that identify one child or one parent in the papers around a school that national-ids.ts does not read
 * (part 19, 2 Dec 2026: a study trip's health sheet, AUH certificates, incident reports, probation reports):
 * - Argentina's CUIL/CUIT (ANSES/AFIP: a two-digit type 20, 23, 24, 27, 30, 33 or 34, the eight-digit DNI, a check
 *   digit, "27-36118402-5"), by its shape, which no page, price or date has; and after its label undashed.
 * - A health plan's member number after its label: "afiliado 61-244817-03", "N.º de afiliado: 20459027714/00",
 *   "Medicaid ID 112233445", "member # 99-118-2207". At least six digits, so "afiliado 3" (a count) is none.
 * - A regional student number after its label: Murcia's NRE (Número Regional de Estudiante, eleven digits),
 *   Canarias's CIAL (a letter, digits and a letter, then digits: "A35G0081644").
 * - A court case of a juvenile after "case", "docket" or "expediente": letters, a year and a sequence ("JV-26-00813"),
 *   the shape courts number petitions; a "case study 2" has no such code.
 * - A school's admission number after its abbreviation ("adm. 2019-0447", "Adm No: 40922", "admission number
 *   2020/118"), as South African and Indian schools list learners (blind part 23, 2 Dec 2026: a Cape Town permission
 *   tracker's three admission numbers kept); "adm." needs its dot or "no", and the value a run of four digits or
 *   a year and a sequence, so "admin 2" or "Adm. Building 3" name none.
 * - A referral's reference number after the service it went to ("Referred to CAMHS (ref 22-48817)", "MASH ref:
 *   MS/2211/07", "EWO referral no. 55102"): a child's mental-health, safeguarding or attendance case (part 23).
 */
const cuilShape = /(?<![\p{L}\p{N}-])(?:2[0347]|3[034])-\d{8}-\d(?![\p{L}\p{N}]|-\d)/gu;
const cuilLabelled = /(?<![\p{L}])(?:CUIL|CUIT)\s*(?:n[º°o]\.?\s*)?[:#]?\s*(\d{11})(?![\p{L}\p{N}])/gu;
const memberNumber =
  /(?<![\p{L}])(?:(?:n(?:[º°o]|ro|úm|um)?\.?\s*(?:de\s+)?)?afiliad[oa]|(?:member|subscriber|Medicaid|Medicare|CHIP|policy|insurance)\s*(?:ID|#|no\.?|number)|credencial)\s*(?:n[º°o]\.?\s*)?[:#]?\s*(\d[\d/.-]{4,18}\d)(?![\p{L}\p{N}])/giu;
const regionalStudentNumber =
  /(?<![\p{L}])(?:NRE|CIAL)\s*[:#]?\s*([A-Z]?\d{2}[A-Z]?\d{6,9}|\d{9,12})(?![\p{L}\p{N}])/gu;
const caseNumber =
  /(?<![\p{L}])(?:[Cc]ase|[Dd]ocket|[Pp]etition|[Ee]xpediente|[Cc]ausa)\s*(?:#|[Nn]o\.?|[Nn]umber|n[º°]\.?)?\s*[:#]?\s*([A-Z]{1,4}-\d{2,4}-\d{3,7})(?![\p{L}\p{N}])/gu;
const admissionNumber =
  /(?<![\p{L}])(?:[Aa]dm(?:\.|[ \t]+[Nn]o\.?|[ \t]*#)|[Aa]dmission[ \t]+(?:[Nn]o\.?|[Nn]umber|#))[ \t]*[:#]?[ \t]*((?:19|20)\d{2}[-/]\d{2,5}|\d{4,8})(?![\p{L}\p{N}]|[-/]\d)/gu;
const referralReference =
  /(?<![\p{L}])(?:CAMHS|MASH|EWO|EHA|CIN|[Rr]eferral)[ \t]*\(?[ \t]*(?:ref(?:erence)?\.?|no\.?|#)[ \t]*[:#]?[ \t]*([A-Z]{0,4}[\d/-]{4,14}\d)(?![\p{L}\p{N}])/gu;
/** A cheap look first: a digit after one of the labels' letters. */
const mayHold = /\d/;

function digitCount(value: string): number {
  let n = 0;
  for (const ch of value) if (ch >= '0' && ch <= '9') n++;
  return n;
}

export function findMemberAndCaseNumbers(text: string): Detection[] {
  if (!mayHold.test(text)) return [];
  const found: Detection[] = [];
  const add = (value: string, start: number, code: 'pattern' | 'label', detail: string) => {
    if (found.some((f) => f.start === start)) return;
    found.push({
      kind: 'studentId',
      text: value,
      start,
      key: normaliseKey(value),
      reason: { code, detail },
      scope: 'global',
    });
  };
  if (text.includes('-')) for (const m of allMatches(cuilShape, text)) add(m[0], m.index, 'pattern', 'CUIL');
  for (const [re, detail] of [
    [cuilLabelled, 'CUIL'],
    [memberNumber, 'member number'],
    [regionalStudentNumber, 'student number'],
    [caseNumber, 'case number'],
    [admissionNumber, 'admission number'],
    [referralReference, 'referral reference'],
  ] as const)
    for (const m of allMatches(re, text)) {
      const value = m[1] as string;
      if (re === memberNumber && digitCount(value) < 6) continue;
      add(value, m.index + m[0].lastIndexOf(value), 'label', detail);
    }
  return found;
}
