import { normaliseKey, type Detection } from './detection';
import { normaliseFieldName } from './field-names';
import type { RedactionKind } from './kinds';
import { compiledEarly } from './compiled-early';

/**
 * Columns of a class table whose headers the header words of field-names.ts do not read, found only in a table that
 * also has a column of people (Student, Name, Alumno, Jugador, Player): Uruguay's and Argentina's "Nac." for the
 * birth date, Peru's "Código del estudiante (SIAGIE)" and "Cód. alumno" for the student code, a "Midterm" or
 * "Parcial" mark, and the "Accuracy" / "Precisión" and "Points" / "Puntos" of a quiz game's report (Quizizz, Blooket,
 * Kahoot). Part 20 (2 Dec 2026) lost four birth dates, three SIAGIE codes, four midterm marks and a Quizizz report's
 * scores this way. Each cell must also have its kind's shape — a date with a pupil's year (1995 on), a code of six to
 * sixteen digits, a number or percentage opening the cell — so a "Nac." column of nationalities or a "Points" column
 * of a rubric's criteria names nothing. Rows are pipe-, tab- or comma-separated lines under the header, up to the first
 * blank line; a Markdown rule row is skipped. Dates and codes are the child's wherever they appear; marks are redacted
 * where they stand.
 */

const personHeader =
  /^(?:student|students|student name|name|full name|player|players|learner|pupil|alumno|alumna|alumno a|alumnos|estudiante|estudiantes|nombre|nombres|apellidos y nombres|nombres y apellidos|jugador|jugadores|participante)$/u;
const extraHeaders: [RedactionKind, RegExp][] = [
  ['dateOfBirth', /^(?:nac|nacim|f nac|fec nac)$/u],
  [
    'studentId',
    /^(?:cod(?:igo)? (?:del?|de la) (?:estudiante|alumno|alumna)(?: siagie)?|cod (?:estudiante|alumno)|codigo siagie)$/u,
  ],
  [
    'grade',
    /^(?:midterm|midterm grade|mid term|parcial|examen parcial|accuracy|precision|points|puntos|puntaje total)$/u,
  ],
];

const pupilDate = /^\d{1,2}[/.-]\d{1,2}[/.-](\d{4})$/u;
const code = /^\d{6,16}[A-Z]?$/u;
const leadingMark = /^(?:100|\d{1,2})(?:[.,]\d{1,2})?[ \t]?%?(?=$|[ \t]*[—–-])|^\d{1,3}(?:,\d{3})+$|^\d{1,5}$/u;
const ruleRow = /^[ \t|:-]+$/u;
const headerCue = compiledEarly(/nac|c[óo]d|midterm|mid term|parcial|accuracy|precisi[óo]n|points|puntos|puntaje/iu);

interface Cell {
  text: string;
  start: number;
}

/** The cells of a row at `offset`, split by pipes, tabs or (when neither is there) commas. */
function cellsOf(line: string, offset: number): Cell[] {
  const sep = line.includes('|') ? '|' : line.includes('\t') ? '\t' : ',';
  const cells: Cell[] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && line[i] !== sep) continue;
    const raw = line.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), start: offset + from + lead });
    from = i + 1;
  }
  // A pipe table's outer pipes leave empty first and last cells.
  if (sep === '|') {
    if (cells[0]?.text === '') cells.shift();
    if (cells.at(-1)?.text === '') cells.pop();
  }
  return cells;
}

function shaped(kind: RedactionKind, value: string): string | null {
  if (kind === 'dateOfBirth') {
    const m = value.match(pupilDate);
    return m && Number(m[1]) >= 1995 && Number(m[1]) <= new Date().getFullYear() ? value : null;
  }
  if (kind === 'studentId') return code.test(value) ? value : null;
  const m = value.match(leadingMark);
  return m ? m[0].trim() : null;
}

/** The cells above in `text`. */
export function findPersonTableColumns(text: string): Detection[] {
  if (!headerCue.test(text)) return [];
  const found: Detection[] = [];
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < lines.length; offset += (lines[i] as string).length + 1, i++) {
    const line = lines[i] as string;
    if (!headerCue.test(line) || !/[|\t,]/u.test(line)) continue;
    const headerCells = cellsOf(line, offset);
    const header = headerCells.map((c) => normaliseFieldName(c.text));
    if (header.length < 3 || !header.some((h) => personHeader.test(h))) continue;
    const columns = header.flatMap((h, at) => {
      const kind = extraHeaders.find(([, re]) => re.test(h))?.[0];
      return kind ? [{ at, kind }] : [];
    });
    if (columns.length === 0) continue;
    let rowStart = offset + line.length + 1;
    for (let j = i + 1; j < lines.length; rowStart += (lines[j] as string).length + 1, j++) {
      const row = lines[j] as string;
      if (row.trim() === '') break;
      if (ruleRow.test(row)) continue;
      const cells = cellsOf(row, rowStart);
      if (Math.abs(cells.length - header.length) > 1) break;
      for (const { at, kind } of columns) {
        const cell = cells[at];
        const value = cell ? shaped(kind, cell.text) : null;
        if (!cell || !value) continue;
        found.push({
          kind,
          text: value,
          start: cell.start,
          key: normaliseKey(value),
          reason: {
            code: 'column',
            detail: headerCells[at]?.text ?? '',
          },
          scope: kind === 'grade' ? 'local' : 'global',
        });
      }
    }
  }
  return found;
}
