import { normaliseKey, type Detection } from './detection';
import { allMatches } from './all-matches';

/**
 * Identity numbers and phone numbers in the national formats of Latin American school systems that
 * national-ids.ts and patterns.ts did not read (parts 11, 13 and 14, 1 Dec 2026: a Costa Rican cédula, a
 * Venezuelan cédula with its V- prefix, a Dominican cédula, Central American eight-digit phones). A table by
 * country, each format with its source; a number is a child's or a family's only after its label or cue,
 * except where the format itself is distinctive (the V-/E- prefix of Venezuela).
 */
interface NationalFormat {
  country: string;
  kind: 'studentId' | 'phone';
  /** The value's shape (no flags; the finder adds its own boundaries). */
  shape: string;
  /** True when the shape alone is distinctive enough to count without a label. */
  alone: boolean;
  source: string;
}

export const nationalFormats: readonly NationalFormat[] = [
  {
    country: 'CR',
    kind: 'studentId',
    // Cédula de identidad física: province digit, four and four ("1-2345-0678").
    shape: String.raw`[1-9]-\d{4}-\d{4}`,
    alone: false,
    source: 'Tribunal Supremo de Elecciones de Costa Rica, formato de la cédula de identidad (9 dígitos, P-TTTT-AAAA)',
  },
  {
    country: 'VE',
    kind: 'studentId',
    // Cédula de identidad: nationality letter, then the number with dotted thousands ("V-31.224.875").
    shape: String.raw`[VE]-?\d{1,2}\.\d{3}\.\d{3}`,
    alone: true,
    source: 'SAIME (Venezuela), cédula de identidad: V (venezolano) o E (extranjero) y el número',
  },
  {
    country: 'DO',
    kind: 'studentId',
    // Cédula de identidad y electoral: 3-7-1 digits ("402-1234567-8").
    shape: String.raw`\d{3}-\d{7}-\d`,
    alone: true,
    source: 'Junta Central Electoral (República Dominicana), cédula de identidad y electoral (11 dígitos, 3-7-1)',
  },
  {
    country: 'GT',
    kind: 'studentId',
    // Documento Personal de Identificación (CUI): 13 digits written 4-5-4 ("2514 36890 0101").
    shape: String.raw`\d{4}[ -]\d{5}[ -]\d{4}`,
    alone: false,
    source: 'RENAP (Guatemala), Código Único de Identificación del DPI (13 dígitos, 4-5-4)',
  },
  {
    country: 'BO',
    kind: 'studentId',
    // Registro Único de Estudiantes (RUDE): a long code of the school's SIE number and the child's entry
    // ("80730021200845"); after its label only, as every long number.
    shape: String.raw`\d{14,16}`,
    alone: false,
    source: 'Ministerio de Educación de Bolivia, Registro Único de Estudiantes (RUDE), código por estudiante',
  },
  {
    country: 'CR, GT, SV, HN, NI, PA',
    kind: 'phone',
    // Eight-digit national numbers written 4-4 ("8855-0173", "5512 3487"), with an optional country code.
    shape: String.raw`(?:\+?50[2-7][ -]?)?\d{4}[ -]\d{4}`,
    alone: false,
    source:
      'ITU-T E.164 national numbering plans: Costa Rica (SUTEL), Guatemala (SIT), El Salvador (SIGET), Honduras (CONATEL), Nicaragua (TELCOR), Panamá (ASEP): 8 digits',
  },
  {
    country: 'IN',
    kind: 'phone',
    // Ten-digit mobile numbers, opening with 6 to 9, written 5-5 ("98450 55321"), with an optional +91 (blind part
    // 23, 2 Dec 2026: a Bengaluru notebook's father "asked for a call on 98450 55321").
    shape: String.raw`(?:\+91[ -]?)?[6-9]\d{4}[ -]\d{5}`,
    alone: false,
    source: 'TRAI / DoT National Numbering Plan (India): ten-digit mobile numbers in the 6, 7, 8 and 9 series',
  },
];

/** Labels of an identity number: "céd.", "cédula", "C.I.", "DPI", "CUI", "código RUDE", "identificación". */
const idLabel = String.raw`(?:c[ée]d\.?|c[ée]dula(?: de identidad)?|C\.\s?I\.?|DPI|CUI|(?:c[óo]digo )?RUDE|identificaci[óo]n|documento)`;
/** Cues of a phone: "tel", "cel mamá", "WhatsApp al", "llamar al", "asked for a call on", "mob.". */
const phoneCue = String.raw`(?:tel[ée]fono|tel\.?|cel(?:ular)?\.?|m[óo]vil|whats(?:app)?|wsp|llamar(?:le)? al|ll[áa]menme al|(?:a |for (?:a )?)?call(?: on| at)?,?|mob(?:ile)?\.?(?: no\.?)?|ph\.?)(?:\s+(?:de\s+)?(?:la\s+|el\s+)?(?:mam[áa]|pap[áa]|madre|padre|abuel[oa]|t[íi][oa]|casa|encargad[oa]|acudiente))?(?:\s+al)?`;

const labelled = nationalFormats
  .filter((f) => !f.alone)
  .map((f) => ({
    format: f,
    re: new RegExp(
      String.raw`(?<![\p{L}])${f.kind === 'phone' ? phoneCue : idLabel}\s*(?:n[º°o]\.?\s*)?[:#]?\s*(${f.shape})(?![\p{N}]|-\d)`,
      'giu',
    ),
  }));
const alone = nationalFormats
  .filter((f) => f.alone)
  .map((f) => ({ format: f, re: new RegExp(String.raw`(?<![\p{L}\p{N}.-])(${f.shape})(?![\p{N}]|[.-]\d)`, 'gu') }));

/** Identity and phone numbers of the formats above in `text` (one line, row or code line). */
export function findNationalNumbers(text: string): Detection[] {
  const found: Detection[] = [];
  // Every format holds a dash or a space between digit groups of at least three, or is a long code (RUDE).
  if (!/\d{3}[ .-]\d|\d{14}/.test(text)) return found;
  for (const { format, re } of [...labelled, ...alone])
    for (const m of allMatches(re, text)) {
      const value = m[1] as string;
      const start = m.index + m[0].lastIndexOf(value);
      if (found.some((f) => f.start === start)) continue;
      found.push({
        kind: format.kind,
        text: value,
        start,
        key: normaliseKey(value),
        reason: {
          code: format.alone ? 'pattern' : 'label',
          detail: format.alone ? format.country : m[0].slice(0, m[0].length - value.length).trim(),
        },
        scope: 'global',
      });
    }
  return found;
}
