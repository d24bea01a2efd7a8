import nlp from 'compromise';

/**
 * Rules that find likely student personal data in free text. Each is tuned to flag rather than miss (the
 * teacher reviews every hit and can un-redact it), but not to fire on ordinary classroom numbers: years,
 * counts, fractions, page numbers and plain dates are left alone unless a keyword says "birth" or "ID".
 * No npm library does this well enough alone (../shared/TOOLCHAIN.md "PII detection"), hence rules + roster
 * + compromise's person names as a second detector.
 */

export type RedactionKind = 'email' | 'phone' | 'studentId' | 'address' | 'dateOfBirth' | 'rosterName' | 'personName';

export interface Detection {
  kind: RedactionKind;
  /** The exact text to replace. */
  text: string;
  start: number;
  /** Groups detections that are the same item (same child, same email). */
  key: string;
  /** Whether matching this item later ignores case (full roster names). */
  caseInsensitive?: boolean;
}

const email = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// (555) 123-4567, 555-123-4567, 555.123.4567, +1 555 123 4567, +44 20 7946 0958, 555-1234.
const phone =
  /(?<![\p{L}\p{N}+/.-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}(?![\p{L}\p{N}/]|[.-]\d)|(?<![\p{L}\p{N}/.-])\d{3}-\d{4}(?![\p{L}\p{N}/]|[.-]\d)/gu;
const idKeyword =
  /\b(?:student\s*(?:id|number|no\.?|#)|id\s*(?:#|no\.?|number)|sid|lunch\s*(?:number|code|pin)|n[úu]mero\s+de\s+(?:estudiante|alumno|matr[íi]cula)|matr[íi]cula|id\s+(?:de\s+)?(?:estudiante|alumno))\s*[:#]?\s*([A-Z]{0,3}\d[\dA-Z-]{3,14})\b/giu;
const idBare = /(?<![\p{L}\p{N}.,/-])(?:[A-Z]{1,3}\d{5,10}|\d{7,10}|\d{3}-\d{2}-\d{4})(?![\p{L}\p{N}]|[.,/-]\d)/gu;
const streetTypes =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl';
const addressEn = new RegExp(
  String.raw`\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[\p{Lu}\d][\p{L}\d'.-]*\s+){1,4}(?:${streetTypes})\b\.?(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*[\p{L}\d-]+)?`,
  'gu',
);
const addressEs =
  /(?<![\p{L}])(?:Calle|C\/|Avenida|Avda\.?|Av\.|Carrera|Paseo|Plaza|Camino|Carretera)\s+(?:[\p{Lu}\d][\p{L}\d'.-]*\s*){1,5},?\s*(?:n[º°o]\.?\s*)?\d{1,5}\b/gu;
const poBox = /\bP\.?\s?O\.?\s+Box\s+\d+\b/giu;
const months =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const date = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:${months})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:de\s+)?(?:${months})\.?,?\s+(?:de\s+)?\d{4})`;
const dateOfBirth = new RegExp(
  String.raw`\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth|birth\s*date|birthday|born(?:\s+on)?|fecha\s+de\s+nacimiento|naci[óo](?:\s+el)?|cumplea[ñn]os)[\s:,-]{0,4}(?:on\s+|el\s+)?(${date})`,
  'giu',
);

function normalizeKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function digitsKey(text: string): string {
  return text.replace(/\D/g, '');
}

/** Emails, phone numbers, student-ID-like numbers, street addresses and dates of birth in `text`. */
export function detectPatterns(text: string): Detection[] {
  const found: Detection[] = [];
  for (const m of text.matchAll(email))
    found.push({ kind: 'email', text: m[0], start: m.index, key: normalizeKey(m[0]) });
  for (const m of text.matchAll(phone))
    found.push({ kind: 'phone', text: m[0].trim(), start: m.index, key: digitsKey(m[0]) });
  for (const m of text.matchAll(idKeyword)) {
    const id = m[1] as string;
    found.push({ kind: 'studentId', text: id, start: m.index + m[0].lastIndexOf(id), key: normalizeKey(id) });
  }
  for (const m of text.matchAll(idBare))
    found.push({ kind: 'studentId', text: m[0], start: m.index, key: normalizeKey(m[0]) });
  for (const re of [addressEn, addressEs, poBox]) {
    for (const m of text.matchAll(re))
      found.push({ kind: 'address', text: m[0].trim(), start: m.index, key: normalizeKey(m[0]) });
  }
  for (const m of text.matchAll(dateOfBirth)) {
    const d = m[1] as string;
    found.push({ kind: 'dateOfBirth', text: d, start: m.index + m[0].lastIndexOf(d), key: normalizeKey(d) });
  }
  return dropOverlaps(found);
}

const kindPriority: Record<RedactionKind, number> = {
  email: 0,
  address: 1,
  dateOfBirth: 2,
  phone: 3,
  studentId: 4,
  rosterName: 5,
  personName: 6,
};

/** Where detections overlap, the longer one wins, then the more specific kind. */
export function dropOverlaps(found: Detection[]): Detection[] {
  const sorted = [...found].sort(
    (a, b) => b.text.length - a.text.length || kindPriority[a.kind] - kindPriority[b.kind] || a.start - b.start,
  );
  const kept: Detection[] = [];
  for (const d of sorted) {
    const end = d.start + d.text.length;
    if (kept.some((k) => d.start < k.start + k.text.length && k.start < end)) continue;
    kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** The strings that name one roster entry: the full name (any case), "Last, First", and each name part as written. */
export function rosterVariants(entry: string): { text: string; caseInsensitive: boolean }[] {
  const full = entry.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (full.length < 2) return [];
  const parts = full.split(' ').filter((p) => p.replace(/[^\p{L}]/gu, '').length >= 2);
  const variants: { text: string; caseInsensitive: boolean }[] = [{ text: full, caseInsensitive: true }];
  if (parts.length >= 2)
    variants.push({ text: `${parts[parts.length - 1]}, ${parts.slice(0, -1).join(' ')}`, caseInsensitive: true });
  // A lone first or last name only counts capitalised as in the roster: "Mark" the child, not "mark" the verb.
  for (const part of parts) variants.push({ text: part, caseInsensitive: false });
  for (const v of [...variants]) {
    const plain = stripMarks(v.text);
    if (plain !== v.text) variants.push({ text: plain, caseInsensitive: v.caseInsensitive });
  }
  const seen = new Set<string>();
  return variants.filter((v) => {
    const k = (v.caseInsensitive ? 'i:' : 's:') + (v.caseInsensitive ? v.text.toLowerCase() : v.text);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export interface RosterMatcher {
  find(text: string): Detection[];
}

/** Finds names from the teacher's roster; every variant of one entry shares the entry's key. */
export function makeRosterMatcher(roster: string[]): RosterMatcher {
  const byText = new Map<string, { key: string; caseInsensitive: boolean }>();
  const alternatives: string[] = [];
  roster.forEach((entry, index) => {
    for (const v of rosterVariants(entry)) {
      const lookup = v.caseInsensitive ? v.text.toLowerCase() : v.text;
      if (byText.has(lookup)) continue; // two children named Ana: the first entry keeps the bare first name
      byText.set(lookup, { key: `roster-${index}`, caseInsensitive: v.caseInsensitive });
      alternatives.push(v.text);
    }
  });
  if (alternatives.length === 0) return { find: () => [] };
  alternatives.sort((a, b) => b.length - a.length);
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${alternatives.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`,
    'giu',
  );
  return {
    find(text) {
      const out: Detection[] = [];
      for (const m of text.matchAll(re)) {
        const hit = byText.get(m[0]) ?? byText.get(m[0].toLowerCase());
        if (!hit || (!hit.caseInsensitive && !byText.has(m[0]))) continue;
        out.push({
          kind: 'rosterName',
          text: m[0],
          start: m.index,
          key: hit.key,
          caseInsensitive: hit.caseInsensitive,
        });
      }
      return out;
    },
  };
}

const honorific = /^(?:mr|mrs|ms|mx|dr|prof|miss|sr|sra|srta|don|doña)\.?$/i;
/** compromise's English model on more than this many words costs seconds on two cores; rules still cover the rest. */
export const personNameWordBudget = 6_000;

/** Person names compromise finds (English), as capitalised word sequences without honorifics. */
export function detectPersonNames(text: string, exclude: Set<string>): Detection[] {
  const words = text.split(/\s+/);
  const sample = words.length > personNameWordBudget ? words.slice(0, personNameWordBudget).join(' ') : text;
  const names = new Set<string>();
  for (const raw of nlp(sample).people().out('array') as string[]) {
    const tokens = raw
      .replace(/[^\p{L}\p{M}'’\s.-]/gu, ' ')
      .split(/\s+/)
      .filter(Boolean);
    while (tokens.length && (honorific.test(tokens[0] as string) || !/^\p{Lu}/u.test(tokens[0] as string)))
      tokens.shift();
    while (tokens.length && !/^\p{Lu}/u.test(tokens[tokens.length - 1] as string)) tokens.pop();
    const name = tokens
      .join(' ')
      .replace(/['’]s$/u, '')
      .replace(/[.-]+$/, '');
    if (name.replace(/[^\p{L}]/gu, '').length < 3) continue;
    if (exclude.has(name.toLowerCase())) continue;
    names.add(name);
  }
  const found: Detection[] = [];
  for (const name of names) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(name)}(?![\\p{L}\\p{N}_])`, 'gu');
    for (const m of text.matchAll(re))
      found.push({ kind: 'personName', text: m[0], start: m.index, key: normalizeKey(name) });
  }
  return found;
}
