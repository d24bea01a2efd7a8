import type { Detection } from './detection';
import { normaliseKey } from './detection';
import { classifyFieldName } from './field-names';
import type { RedactionKind } from './kinds';
import { compiledEarly } from './compiled-early';

/**
 * The old and new values of a student record's change log: an SIS audit trail ("Date/Time  User  Table.Field  Old
 * Value  New Value"), an Educamos or PowerSchool activity log pasted as a pipe table ("Campo | Valor anterior | Valor
 * nuevo"). Each row says in its field cell what both values are (STUDENT.ADDRESS, GUARDIAN.NAME, FOOD_SERVICE.PIN,
 * "Comedor | N.º de usuario"), but the values sit under "Old Value" and "New Value", headers that name no kind, so
 * the column rules read nothing there (part 22, 2 Dec 2026: an Arizona audit trail lost both addresses, both guardian
 * names, both birth dates, both cafeteria PINs and a grade change; a Salamanca log both canteen numbers and the
 * record's number). The field cell is classified as a header is (field-names.ts), trying the cell nearest the values
 * first and then the cell before it with it ("Comedor" + "N.º de usuario"); a grade book field ("GRADEBOOK.Q1_MATH",
 * "Nota", "Calificación") gives a mark. A cell naming the record ("Alumno 4471-2019", "Student #88120") gives the
 * child's number. Blank values ("(blank)", "—", "null") are skipped.
 *
 * Names, addresses, dates, numbers and contacts are replaced wherever the trace repeats them (the AI's summary
 * writes "from Renata Gutierrez to Curtis Hale", "mail to 3340 N Swan Rd"); a mark, a condition or a service is
 * replaced where it stands. Only a log with both an old and a new value column is read: a lone "Value" column is a
 * settings dump, not a record's history.
 */

/** Header cells of the two value columns, English and Spanish. */
const oldHeader =
  /^(?:old|previous|prior|former|before)(?:[ _]value)?$|^valor[ _](?:anterior|antiguo|previo)$|^(?:anterior|antes)$/i;
const newHeader = /^new(?:[ _]value)?$|^after$|^valor[ _]nuevo$|^(?:nuevo|despu[ée]s)$/i;
/** A cheap look first: a header of that kind somewhere. */
const mayHold = compiledEarly(/(?:old|previous|prior|former)[ _]value|valor[ _](?:anterior|antiguo|previo)/i);
const blank = /^(?:\(?blank\)?|\(?empty\)?|\(?vac[íi]o\)?|null|none|n\/a|[-—–]+|)$/i;
/** A grade book field: its values are marks. */
const gradeField = /grade|mark|nota|calificaci[óo]n|evaluaci[óo]n/i;
/** A record cell: "Alumno 4471-2019", "Student #88120". */
const recordCell =
  /^(?:alumn[oa]|student|pupil|estudiante|learner)[ \t]*(?:#|n\.?º)?[ \t]*([A-Z]{0,3}[-\d]*\d[-\d]*)$/i;
/** The mark at the start of a grade cell ("B- (grade change request #8812)" → "B-"). */
const leadingMark = /^(?:[A-F][+\-−]?|\d{1,3}(?:[.,]\d{1,2})?%?)(?![\p{L}\p{N}])/u;
/** The street of an address before its unit, town or postcode ("3340 N Swan Rd Apt 17, Tucson AZ" → "3340 N Swan Rd"). */
const streetPart = /^\d{1,6}[ \t]+[^,\n]*?(?=[ \t]+(?:Apt|Apartment|Unit|Suite|Ste|#)\b|,|$)/i;

/** Kinds whose value names one item wherever the trace writes it. */
const globalKinds = new Set<RedactionKind>([
  'studentName',
  'parentName',
  'studentId',
  'dateOfBirth',
  'address',
  'phone',
  'email',
  'lunchNumber',
]);

interface Row {
  cells: { text: string; start: number }[];
}

/** The cells of a line: split at pipes when it has them, else at runs of two spaces or a tab. */
function cellsOf(line: string, from: number, piped: boolean): Row['cells'] {
  const out: Row['cells'] = [];
  const splitter = piped ? /\|/g : /\t|[ ]{2,}/g;
  let at = 0;
  const push = (end: number) => {
    const raw = line.slice(at, end);
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), start: from + at + lead });
  };
  for (const m of line.matchAll(splitter)) {
    push(m.index);
    at = m.index + m[0].length;
  }
  push(line.length);
  if (piped) {
    // A pipe table's outer pipes leave empty first and last cells.
    if (out[0]?.text === '') out.shift();
    if (out.at(-1)?.text === '') out.pop();
  }
  return out;
}

function kindOfField(cells: Row['cells'], before: number): RedactionKind | 'grade' | null {
  for (let i = before - 1; i >= 0 && i >= before - 2; i--) {
    const cell = cells[i]!.text;
    const alone = classifyFieldName(cell);
    if (alone) return alone;
    if (i > 0) {
      const joined = classifyFieldName(`${cells[i - 1]!.text} ${cell}`);
      if (joined) return joined;
    }
    if (gradeField.test(cell)) return 'grade';
  }
  return null;
}

function valueDetection(kind: RedactionKind, text: string, start: number, field: string): Detection[] {
  const reason = { code: 'column' as const, detail: field };
  if (kind === 'grade') {
    const mark = leadingMark.exec(text);
    if (!mark) return [];
    return [{ kind, text: mark[0], start, key: mark[0].toLowerCase(), reason, scope: 'local' }];
  }
  const scope = globalKinds.has(kind) ? ('global' as const) : ('local' as const);
  const d: Detection = { kind, text, start, key: normaliseKey(text), reason, scope };
  if (kind === 'parentName' || kind === 'studentName') {
    const words = text.split(/[ \t]+/).filter((w) => /^\p{Lu}[\p{L}'’-]{2,}$/u.test(w));
    if (words.length >= 2) d.parts = [words[0]!, words.at(-1)!];
  }
  const out = [d];
  if (kind === 'address') {
    const street = streetPart.exec(text)?.[0].trim();
    if (street && street !== text && /\s\S+\s/.test(street)) out.push({ ...d, text: street, key: normaliseKey(text) });
  }
  return out;
}

/** The values of every change-log row in `text`, with the field their row names. */
export function findChangeLogValues(text: string): Detection[] {
  if (!mayHold.test(text)) return [];
  const out: Detection[] = [];
  let header: { old: number; new: number; piped: boolean } | null = null;
  let from = 0;
  for (const line of text.split('\n')) {
    const lineStart = from;
    from += line.length + 1;
    if (line.trim() === '') {
      header = null;
      continue;
    }
    const piped = line.includes('|');
    const cells = cellsOf(line, lineStart, piped);
    const oldAt = cells.findIndex((c) => oldHeader.test(c.text));
    const newAt = cells.findIndex((c) => newHeader.test(c.text));
    if (oldAt > 0 && newAt === oldAt + 1) {
      header = { old: oldAt, new: newAt, piped };
      continue;
    }
    if (!header || piped !== header.piped || /^[\s|:-]+$/.test(line)) continue;
    // A row has the header's cells; a value with two spaces inside it would shift the rest, so a row of another
    // length is read from its end: the last two cells are the old and the new value.
    const oldAtRow = cells.length === header.new + 1 ? header.old : cells.length - 2;
    if (oldAtRow < 1) continue;
    for (let i = 0; i < oldAtRow; i++) {
      const record = recordCell.exec(cells[i]!.text);
      if (record) {
        const id = record[1] as string;
        const start = cells[i]!.start + cells[i]!.text.lastIndexOf(id);
        out.push({
          kind: 'studentId',
          text: id,
          start,
          key: id.toLowerCase(),
          reason: { code: 'column', detail: cells[i]!.text.slice(0, cells[i]!.text.length - id.length).trim() },
          scope: 'global',
        });
      }
    }
    const kind = kindOfField(cells, oldAtRow);
    if (!kind) continue;
    const field = cells[oldAtRow - 1]!.text;
    for (const cell of [cells[oldAtRow], cells[oldAtRow + 1]]) {
      if (!cell || blank.test(cell.text)) continue;
      out.push(...valueDetection(kind, cell.text, cell.start, field));
    }
  }
  return out;
}
