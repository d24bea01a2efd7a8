import { registerScanCache } from './scan-caches';
import { classifyFieldName, normaliseFieldName } from './field-names';
import type { RedactionKind } from './kinds';
import { countOutsideQuotes, splitOutsideQuotes } from './csv-cells';
import { recordRowKinds, recordValueCells } from './record-tables';
import { alignedTable, isScaleMarkColumn, pipeTableWithoutRule, splitCompoundCell } from './loose-tables';
import { fitsWithTrailingNotes, joinTrailingCells } from './trailing-notes';
import { unlabelledColumnKind } from './unlabelled-columns';
import { isSubjectHeader } from './subject-headers';
import { isFitnessHeader } from './fitness-measures';
import { latexTable, type LatexTable } from './latex-tables';
import { isGroupTitleRow } from './group-header-rows';
import { compiledEarly } from './compiled-early';
import { withOutOfMarkColumns } from './out-of-mark-headers';

/**
 * Splits a Markdown text (the Markdown of a turn, or any plain text) into what the detectors need to tell
 * apart: prose lines, rows of tables (GFM pipe tables, tab-separated lines, CSV inside code) with the header
 * of every cell, and lines of code. A header such as "Lunch #" marks its whole column, whatever the values
 * look like; inside code, a key or variable name marks its value.
 */

export interface TableCell {
  text: string;
  /** Offset of `text` in the whole string. */
  start: number;
  header: string;
  /** What the header says the cell holds; null for columns that are not student data ("Book", "Notes"). */
  kind: RedactionKind | null;
}

export type TextBlock =
  | { type: 'prose'; text: string; start: number }
  | { type: 'code'; text: string; start: number; lang: string }
  | { type: 'row'; text: string; start: number; cells: TableCell[]; isClassTable: boolean };

interface Line {
  text: string;
  start: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ text: part, start });
    start += part.length + 1;
  }
  return lines;
}

const fence = compiledEarly(/^\s{0,3}(`{3,}|~{3,})\s*([\w+-]*)/);
const separatorRow = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** The cells of one row split on `separator`, each with its offset; Markdown emphasis and quotes trimmed off. */
function splitCells(line: Line, separator: string, columns = 0): { text: string; start: number }[] {
  const cells: { text: string; start: number }[] = [];
  let body = line.text;
  let base = line.start;
  if (separator === '|') {
    const lead = body.match(/^\s*\|/);
    if (lead) {
      body = body.slice(lead[0].length);
      base += lead[0].length;
    }
    body = body.replace(/\|\s*$/, '');
  }
  let offset = 0;
  const pieces = splitOutsideQuotes(body, separator);
  // A CSV row's unquoted commas in its last, free-text column stay in that cell (trailing-notes.ts).
  for (const raw of separator === ',' || separator === ';' ? joinTrailingCells(pieces, columns, separator) : pieces) {
    const trimmed = raw.match(/^[\s*_"'`]*(.*?)[\s*_"'`]*$/s);
    const inner = trimmed?.[1] ?? '';
    const lead = raw.indexOf(inner);
    cells.push({ text: inner, start: base + offset + (inner ? lead : 0) });
    offset += raw.length + separator.length;
  }
  return cells;
}

/**
 * A table whose rows are children: one column names them (or the headers say "student") and another column
 * is student data. A reading list ("Title | Author") or a timeline ("Name | Known for") is not one.
 */
function isClassTable(headers: string[], kinds: (RedactionKind | null)[]): boolean {
  const hasStudentWord = headers.some((h) =>
    /\b(?:student|pupil|learner|alumn[oa]|estudiante|child|ni[ñn][oa])/i.test(h),
  );
  const hasName = kinds.includes('studentName');
  const hasDetail = kinds.some((k) => k !== null && k !== 'studentName');
  // "Name | Gr | Sport | Eng | Math | Sci | SS": a name column beside two subjects is a markbook's (an athletics
  // eligibility list, part 13), its subject cells each child's marks.
  const subjects = headers.filter(isSubjectHeader).length;
  return ((hasName || hasStudentWord) && (hasDetail || subjects >= 2)) || (hasStudentWord && hasName);
}

/** The first column of one child's report card: "Subject | Current grade | Comment", "Materia | Calificación". */
const subjectColumn = /^(?:subjects?|courses?|class(?:es)?|materias?|asignaturas?|areas?)$/;
/** One mark, not a range of a grading policy ("A | 90-100%"): "B- (81%)", "64%", "B+". */
const singleMark = /^(?:[A-F][+-]?\s*\(\s*\d{1,3}(?:[.,]\d)?\s?%\s*\)|\d{1,3}(?:[.,]\d)?\s?%|[A-F][+-]?)$/u;

/**
 * A table of subjects with a column of marks is one child's report card (a progress report pasted for
 * translation, part 9): its rows are about that child, like a class table's, so "Missing 4 assignments" in
 * its comment column is hers. Two single marks at least: a grading policy gives ranges, not marks.
 */
function isReportCard(headers: string[], kinds: (RedactionKind | null)[], columns: string[][]): boolean {
  if (!subjectColumn.test(normaliseFieldName(headers[0] ?? ''))) return false;
  return kinds.some((k, i) => k === 'grade' && (columns[i] ?? []).filter((c) => singleMark.test(c)).length >= 2);
}

/** A mark as a cell holds it: "9.5", "4,8", "88", "88%", "B+", "17/20". */
const markCell = /^(?:[A-F][+-]?|\d{1,3}(?:[.,]\d{1,2})?\s*%?|\d{1,3}(?:[.,]\d+)?\s*\/\s*\d{1,3})$/u;

/**
 * A column of a class table whose every cell is a score out of the same small number ("3/4", "2/4", "4/4"):
 * rubric marks, whatever its header says ("Hatchet essay"). Dates ("3/4", "3/11") do not share a denominator.
 */
function isRubricColumn(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  if (filled.length < 2) return false;
  const parts = filled.map((c) => c.match(/^(\d{1,2})\s*\/\s*(\d{1,2})$/u));
  if (parts.some((m) => !m || Number(m[1]) > Number(m[2]))) return false;
  return new Set(parts.map((m) => m?.[2])).size === 1;
}

function tableRows(header: Line, rows: Line[], separator: string): TextBlock[] {
  const headers = splitCells(header, separator).map((c) => c.text);
  return tableOfCells(
    header,
    headers,
    rows.map((row) => ({ line: row, cells: splitCells(row, separator, headers.length) })),
  );
}

/** The blocks of a table already split into cells: the header line as prose, then one row block per row. */
function tableOfCells(
  header: Line,
  headers: string[],
  rows: { line: Line; cells: { text: string; start: number }[] }[],
): TextBlock[] {
  const kinds = headers.map((h) => classifyFieldName(h));
  // Marks headed by what they are out of ("SBQ (/25)") beside a bare "Name" column (out-of-mark-headers.ts).
  withOutOfMarkColumns(headers, kinds);
  const split = rows.map((row) => row.cells);
  const columns = headers.map((_, i) => split.map((cells) => cells[i]?.text ?? ''));
  const classTable = isClassTable(headers, kinds) || isReportCard(headers, kinds, columns);
  const rubrics = columns.map((cells) => classTable && (isRubricColumn(cells) || isScaleMarkColumn(cells)));
  const subjects = headers.map((h) => classTable && isSubjectHeader(h));
  // A fitness test's column ("PACER laps", "Distancia") holds each child's results (lib/redaction/fitness-measures.ts).
  const fitness = headers.map((h, i) => classTable && kinds[i] === null && isFitnessHeader(h));
  // A column no header rule knows, read by its cells: marks or children's codes (lib/redaction/unlabelled-columns.ts).
  const unlabelled = headers.map((h, i) =>
    classTable && kinds[i] === null && !rubrics[i] && !subjects[i] && !fitness[i]
      ? unlabelledColumnKind(h, columns[i] ?? [])
      : null,
  );
  const out: TextBlock[] = [{ type: 'prose', text: header.text, start: header.start }];
  // One child's record as labels and values (lib/redaction/record-tables.ts): the label says what its row holds.
  const record = classTable ? undefined : recordRowKinds(headers, split);
  if (record) {
    rows.forEach((row, r) => {
      const kind = record[r] ?? null;
      const cells = (split[r] ?? []).flatMap((c, i) =>
        recordValueCells({ ...c, header: split[r]?.[0]?.text ?? '', kind: i === 0 ? null : kind }),
      );
      out.push({ type: 'row', text: row.line.text, start: row.line.start, cells, isClassTable: true });
    });
    return out;
  }
  rows.forEach((row, r) => {
    const cells = (split[r] ?? []).flatMap((c, i) => {
      const isMark =
        rubrics[i] === true ||
        (subjects[i] === true && markCell.test(c.text)) ||
        (fitness[i] === true && /\d/.test(c.text));
      const kind = classTable ? (kinds[i] ?? (isMark ? 'grade' : unlabelled[i]!)) : null;
      const cell: TableCell = { ...c, header: headers[i] ?? '', kind };
      return classTable ? splitCompoundCell(cell) : [cell];
    });
    out.push({ type: 'row', text: row.line.text, start: row.line.start, cells, isClassTable: classTable });
  });
  return out;
}

/**
 * Blocks of the texts split last: one scan splits each field in its first pass and again in its second look at
 * sentences naming a child (~10 ms for a 50,000-word trace); kept for one scan (scan-caches.ts). Callers only
 * read them.
 */
const blocksCache = new Map<string, readonly TextBlock[]>();
registerScanCache(() => blocksCache.clear());

/** The blocks of `text`, in order; every character of a row or line belongs to exactly one block. */
export function blocksOf(text: string): readonly TextBlock[] {
  const cached = blocksCache.get(text);
  if (cached) return cached;
  const blocks = splitBlocks(text);
  if (blocksCache.size >= 64) blocksCache.clear();
  blocksCache.set(text, blocks);
  return blocks;
}

function splitBlocks(text: string): TextBlock[] {
  const lines = linesOf(text);
  const blocks: TextBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const open = line.text.match(fence);
    if (open) {
      const marker = open[1] as string;
      const lang = open[2] ?? '';
      const body: Line[] = [];
      let j = i + 1;
      while (j < lines.length && !(lines[j] as Line).text.trimStart().startsWith(marker)) body.push(lines[j++] as Line);
      blocks.push(...codeBlocks(body, lang));
      i = j;
      continue;
    }
    // A LaTeX tabular (lib/redaction/latex-tables.ts): its `&` rows are a table's rows.
    const latex = line.text.includes('\\begin{') ? latexTable(lines, i) : null;
    if (latex) {
      blocks.push(...latexBlocks(latex, (l) => ({ type: 'prose', text: l.text, start: l.start })));
      i = latex.last;
      continue;
    }
    const next = lines[i + 1];
    if (line.text.includes('|') && next && separatorRow.test(next.text) && next.text.includes('-')) {
      const rows: Line[] = [];
      let j = i + 2;
      while (j < lines.length && (lines[j] as Line).text.includes('|')) rows.push(lines[j++] as Line);
      blocks.push(...tableRows(line, rows, '|'));
      i = j - 1;
      continue;
    }
    // Tab-separated rows (a spreadsheet pasted as plain text): a header line and at least one row alike.
    if (line.text.includes('\t') && next?.text.includes('\t')) {
      // Merged group titles over the real headers (group-header-rows.ts): the titles are prose, the next row heads.
      const titled = lines[i + 2]?.text.includes('\t') === true && isGroupTitleRow(line.text, next.text);
      if (titled) blocks.push({ type: 'prose', text: line.text, start: line.start });
      const header = titled ? next : line;
      const rows: Line[] = [];
      let j = titled ? i + 2 : i + 1;
      while (j < lines.length && (lines[j] as Line).text.includes('\t')) rows.push(lines[j++] as Line);
      blocks.push(...tableRows(header, rows, '\t'));
      i = j - 1;
      continue;
    }
    // A pipe table pasted without its rule line, or columns aligned with spaces (SIS and markbook exports).
    const pipes = next ? pipeTableWithoutRule(lines, i) : null;
    if (pipes) {
      blocks.push(...tableRows(line, pipes.rows, '|'));
      i += pipes.rows.length;
      continue;
    }
    const aligned = next ? alignedTable(lines, i) : null;
    if (aligned) {
      blocks.push(...tableOfCells(line, aligned.headers, aligned.rows));
      i += aligned.rows.length;
      continue;
    }
    // A CSV export pasted as plain text (commas or semicolons: "student_id,last,first,…",
    // "matrícula;nombre;promedio"): a header naming student data and rows with as many separators.
    // Rows whose header the line before names in passing ("con esta lista (matrícula;nombre;promedio;nota):").
    const named = next ? namedColumns(lines, i) : null;
    if (named) {
      blocks.push({ type: 'prose', text: line.text, start: line.start });
      blocks.push(...tableRows(named.header, named.rows, named.separator).slice(1));
      i += named.skipped + named.rows.length;
      continue;
    }
    const delimited = next ? delimitedTable(lines, i) : null;
    if (delimited) {
      blocks.push(...tableRows(line, delimited.rows, delimited.separator));
      i += delimited.rows.length;
      continue;
    }
    blocks.push({ type: 'prose', text: line.text, start: line.start });
  }
  return blocks;
}

/**
 * A line naming columns in passing — "(matrícula;nombre;promedio;nota)", "columns: id, name, avg" — followed (after
 * blank lines) by rows with as many separators: the columns are those rows' header.
 */
function namedColumns(
  lines: Line[],
  i: number,
): { header: Line; rows: Line[]; separator: string; skipped: number } | null {
  const line = lines[i] as Line;
  // The columns follow a "(" or a ":": a line with neither names none.
  if (!line.text.includes('(') && !line.text.includes(':')) return null;
  for (const separator of [';', ',', '\t']) {
    if (!line.text.includes(separator)) continue;
    const m = line.text.match(namedColumnsPattern(separator));
    if (!m) continue;
    const cells = (m[1] as string).split(separator).map((c) => c.trim());
    if (cells.filter((c) => classifyFieldName(c) !== null).length < 2) continue;
    const n = cells.length - 1;
    let j = i + 1;
    while (j < lines.length && (lines[j] as Line).text.trim() === '') j++;
    const rows: Line[] = [];
    for (; j < lines.length && count((lines[j] as Line).text, separator) === n; j++) rows.push(lines[j] as Line);
    if (rows.length < 2) continue;
    const headerStart = line.start + (m.index ?? 0) + m[0].indexOf(m[1] as string);
    return {
      header: { text: m[1] as string, start: headerStart },
      rows,
      separator,
      skipped: j - i - 1 - rows.length,
    };
  }
  return null;
}

/** One pattern per separator, built once: a new one per line was compiled again at every line holding a comma. */
const namedColumnsPatterns = new Map<string, RegExp>();
function namedColumnsPattern(separator: string): RegExp {
  let re = namedColumnsPatterns.get(separator);
  if (!re) {
    re = new RegExp(
      `[(:]\\s*([^()${separator}\\n]{1,30}(?:${separator}[^()${separator}\\n]{1,30}){2,})\\s*\\)?\\s*:?\\s*$`,
      'u',
    );
    namedColumnsPatterns.set(separator, re);
  }
  return re;
}

function count(text: string, separator: string): number {
  return countOutsideQuotes(text, separator);
}

/**
 * The rows of a comma- or semicolon-separated table whose header is `lines[i]`: at least three short header
 * cells, two of them naming student data, and the lines after it with the same number of separators.
 */
function delimitedTable(lines: Line[], i: number): { rows: Line[]; separator: string } | null {
  const header = (lines[i] as Line).text;
  for (const separator of [',', ';']) {
    const n = count(header, separator);
    if (n < 2) continue;
    const cells = splitOutsideQuotes(header, separator).map((h) => h.trim().replace(/^["']|["']$/g, ''));
    // Up to 48 characters: an LMS names an assignment column in full ("Unit 4 Test: Photosynthesis (88240)").
    if (cells.some((c) => c === '' || c.length > 48)) continue;
    if (cells.filter((h) => classifyFieldName(h) !== null).length < 2) continue;
    const last = cells[n] as string;
    const lastKind = classifyFieldName(last);
    const fits = (row: string) => {
      const c = count(row, separator);
      if (c === n) return true;
      return (
        c > n &&
        fitsWithTrailingNotes(n, c, last, lastKind, splitOutsideQuotes(row, separator).slice(n).join(separator))
      );
    };
    const rows: Line[] = [];
    for (let j = i + 1; j < lines.length && fits((lines[j] as Line).text); j++) rows.push(lines[j] as Line);
    if (rows.length > 0) return { rows, separator };
  }
  return null;
}

/** Code: CSV with a header line becomes rows; everything else stays lines of code. */
function codeBlocks(body: Line[], lang: string): TextBlock[] {
  const first = body[0];
  // A LaTeX tabular in a fence: its rows are a table's, the rest of the fence stays code.
  const latexAt = body.findIndex((l) => l.text.includes('\\begin{'));
  const latex = latexAt === -1 ? null : latexTable(body, latexAt);
  if (latex)
    return [
      ...codeLines(body.slice(0, latexAt), lang),
      ...latexBlocks(latex, (l) => ({ type: 'code', text: l.text, start: l.start, lang })),
      ...codeBlocks(body.slice(latex.last + 1), lang),
    ];
  // A SQL statement lists its columns with commas too ("SELECT s.student_number, s.first_name, …"): not a CSV.
  const isSql = /^\s*(?:SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|FROM|WHERE)\b/i.test(first?.text ?? '');
  if (first && !isSql && first.text.includes(',') && body.length > 1) {
    const headers = splitOutsideQuotes(first.text, ',').map((h) => h.trim().replace(/^["']|["']$/g, ''));
    if (headers.filter((h) => classifyFieldName(h) !== null).length >= 2) return tableRows(first, body.slice(1), ',');
  }
  // A query's result printed by psql or a SQL client inside a code block: "col | col", a rule of "-" and "+"
  // (or "|"), then rows (part 10, 1 Dec 2026: a truancy query's student numbers).
  const rule = body[1];
  if (first && rule && first.text.includes('|') && /^[\s|+:-]+$/.test(rule.text) && /-{2,}/.test(rule.text)) {
    const rows: Line[] = [];
    for (let j = 2; j < body.length && (body[j] as Line).text.includes('|'); j++) rows.push(body[j] as Line);
    const header = first.text.split('|').map((h) => h.trim());
    if (rows.length > 0 && header.filter((h) => classifyFieldName(h) !== null).length >= 2) {
      // In the order of the text: the header, the rule, the rows, then whatever follows ("(2 rows)").
      const [head, ...rowBlocks] = tableRows(first, rows, '|');
      return [head!, ...codeLines([rule], lang), ...rowBlocks, ...codeLines(body.slice(2 + rows.length), lang)];
    }
  }
  if (first && first.text.includes(';') && body.length > 1) {
    const table = delimitedTable(body, 0);
    if (table) return [...tableRows(first, table.rows, ';'), ...codeLines(body.slice(1 + table.rows.length), lang)];
  }
  return codeLines(body, lang);
}

function codeLines(body: Line[], lang: string): TextBlock[] {
  return body.map((l) => ({ type: 'code' as const, text: l.text, start: l.start, lang }));
}

/** A LaTeX table's blocks: its header and rows as any table's, its other lines (`\\begin`, rules, `\\end`) as `other`. */
function latexBlocks(table: LatexTable, other: (line: Line) => TextBlock): TextBlock[] {
  const [begin, ...rest] = table.others;
  return [
    ...(begin ? [other(begin)] : []),
    ...tableOfCells(table.header, table.headers, table.rows),
    ...rest.map(other),
  ];
}
