import { classifyFieldName } from './field-names';
import type { RedactionKind } from './kinds';
import { isSubjectHeader } from './subject-headers';
import { isRecordLine } from './labelled-value-cells';

/**
 * Tables as teachers paste them out of a SIS, a markbook or a registration form, beyond GFM tables, tabs and
 * CSV (lib/redaction/text-structure.ts):
 * - pipe rows with no `|---|` rule under the header ("# | Student | Gr | Student # / lunch PIN | DOB | …"),
 *   seen in club rosters and UK mock-results lists (part 9, 1 Dec 2026);
 * - columns aligned with runs of spaces (KAMAR, ClassDojo and other "copy the report" exports): the header's
 *   words start each column and a row's values start under them.
 * Both need a header naming at least two kinds of student data, as the CSV rule does, so a timetable or a
 * reading list written with pipes stays prose. Also: a header naming two things in one column
 * ("Student # / lunch PIN", "Pupil (UPN)") gives each part of its cells its own kind.
 */

interface Line {
  text: string;
  start: number;
}

interface Cell {
  text: string;
  start: number;
}

/** A header cell that names student data, short enough to be a header. */
function namesStudentData(cell: string): boolean {
  const text = cell.trim();
  return text.length > 0 && text.length <= 48 && classifyFieldName(text) !== null;
}

/**
 * The rows under a pipe header with no rule line: two or more pipes, two header cells naming student data,
 * and the lines after it with as many pipes.
 */
export function pipeTableWithoutRule(lines: Line[], i: number): { rows: Line[] } | null {
  const header = (lines[i] as Line).text;
  const pipes = header.split('|').length - 1;
  if (pipes < 2) return null;
  const cells = header
    .replace(/^\s*\|/, '')
    .replace(/\|\s*$/, '')
    .split('|');
  if (cells.some((c) => c.trim().length > 48)) return null;
  if (isRecordLine(cells)) return null;
  // Or one naming student data beside two subjects ("Name | Gr | Sport | Eng | Math | Sci"): a markbook's columns.
  const naming = cells.filter(namesStudentData).length;
  if (naming < 2 && !(naming === 1 && cells.filter(isSubjectHeader).length >= 2)) return null;
  const rows: Line[] = [];
  for (let j = i + 1; j < lines.length; j++) {
    const text = (lines[j] as Line).text;
    if (text.split('|').length - 1 !== pipes) break;
    rows.push(lines[j] as Line);
  }
  return rows.length > 0 ? { rows } : null;
}

/** Runs of two or more spaces between words: the gaps of a space-aligned export. */
const gap = /\S(?:\S| (?! ))*/gu;

function tokensOf(line: Line): Cell[] {
  return [...line.text.matchAll(gap)].map((m) => ({ text: m[0], start: line.start + (m.index ?? 0) }));
}

/**
 * A header of three or more words or phrases separated by runs of spaces, two of them naming student data,
 * and the non-blank lines after it with at least two such gaps: each token of a row is the cell of the last
 * column starting at or before it (a blank cell leaves its column empty).
 */
export function alignedTable(
  lines: Line[],
  i: number,
): { headers: string[]; rows: { line: Line; cells: Cell[] }[] } | null {
  const header = lines[i] as Line;
  // Three columns need two gaps: most prose lines (one space between words) leave here, at the plain search for
  // two spaces that every gap holds.
  if (
    !header.text.includes('  ') ||
    !/\S {2,}\S.*\S {2,}\S/.test(header.text) ||
    header.text.includes('|') ||
    header.text.includes('\t')
  )
    return null;
  const heads = tokensOf(header);
  if (heads.length < 3 || heads.some((h) => h.text.length > 48)) return null;
  if (heads.filter((h) => namesStudentData(h.text)).length < 2) return null;
  const rows: { line: Line; cells: Cell[] }[] = [];
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j] as Line;
    const tokens = tokensOf(line);
    if (tokens.length < 2 || !/\S {2,}\S/.test(line.text)) break;
    const cells: Cell[] = heads.map(() => ({ text: '', start: line.start }));
    for (const t of tokens) {
      let column = 0;
      for (let k = 0; k < heads.length; k++) if (heads[k]!.start - header.start <= t.start - line.start + 1) column = k;
      const cell = cells[column]!;
      if (cell.text === '') cells[column] = { text: t.text, start: t.start };
      else cell.text = line.text.slice(cell.start - line.start, t.start - line.start + t.text.length);
    }
    rows.push({ line, cells });
  }
  return rows.length > 0 ? { headers: heads.map((h) => h.text), rows } : null;
}

/**
 * Results on a scale of words, as the UK (KS2 teacher assessment), New Zealand (NCEA), Australia (NAPLAN) and
 * British Columbia (proficiency scale) report them. A column of a class table holding only these is marks,
 * whatever its header ("1.1 Treaty inquiry (4cr)").
 */
export const scaleMarkWords =
  /^(?:not achieved|achieved|merit|excellence|exceeding|strong|developing|needs additional support|emerging|proficient|extending|WTS|EXS|GDS|HNM|PKS|working towards|working at the expected standard|greater depth|expected|distinction|pass|fail|beginning|approaching|meeting|exceeds|meets)$/iu;

export function isScaleMarkColumn(cells: string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '' && !/^[-–—]$/.test(c));
  return filled.length >= 2 && filled.every((c) => scaleMarkWords.test(c));
}

interface TableCell extends Cell {
  header: string;
  kind: RedactionKind | null;
}

/**
 * "Student # / lunch PIN" over "20391 / 7740", "Pupil (UPN)" over "Alfie Dunmore (A831200456102)": a header
 * naming two kinds of student data splits its cells the same way, so the ID is an ID and the PIN a lunch number.
 */
export function splitCompoundCell(cell: TableCell): TableCell[] {
  const slash = cell.header.match(/^(.+?)\s+\/\s+(.+)$/u);
  const paren = cell.header.match(/^(.+?)\s*\(([^()]+)\)\s*$/u);
  const parts = slash ?? paren;
  if (!parts) return [cell];
  const first = classifyFieldName(parts[1] as string);
  const second = classifyFieldName(parts[2] as string);
  if (!first || !second || first === second) return [cell];
  const value = slash ? cell.text.match(/^(.+?)\s+\/\s+(.+)$/u) : cell.text.match(/^(.+?)\s*\(([^()]+)\)\s*$/u);
  if (!value) return [cell];
  const a = value[1] as string;
  const b = value[2] as string;
  return [
    { text: a, start: cell.start, header: parts[1] as string, kind: first },
    { text: b, start: cell.start + cell.text.lastIndexOf(b), header: parts[2] as string, kind: second },
  ];
}
