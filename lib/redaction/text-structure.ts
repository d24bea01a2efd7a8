import { classifyFieldName } from './field-names';
import type { RedactionKind } from './kinds';

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

const fence = /^\s{0,3}(`{3,}|~{3,})\s*([\w+-]*)/;
const separatorRow = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** The cells of one row split on `separator`, each with its offset; Markdown emphasis and quotes trimmed off. */
function splitCells(line: Line, separator: string): { text: string; start: number }[] {
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
  for (const raw of body.split(separator)) {
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
  const hasStudentWord = headers.some((h) => /\b(?:student|alumn[oa]|estudiante|child|ni[ñn][oa])/i.test(h));
  const hasName = kinds.includes('studentName');
  const hasDetail = kinds.some((k) => k !== null && k !== 'studentName');
  return (hasName && hasDetail) || (hasStudentWord && hasDetail) || (hasStudentWord && hasName);
}

function tableRows(header: Line, rows: Line[], separator: string): TextBlock[] {
  const headers = splitCells(header, separator).map((c) => c.text);
  const kinds = headers.map((h) => classifyFieldName(h));
  const classTable = isClassTable(headers, kinds);
  const out: TextBlock[] = [{ type: 'prose', text: header.text, start: header.start }];
  for (const row of rows) {
    const cells = splitCells(row, separator).map((c, i) => ({
      ...c,
      header: headers[i] ?? '',
      kind: classTable ? (kinds[i] ?? null) : null,
    }));
    out.push({ type: 'row', text: row.text, start: row.start, cells, isClassTable: classTable });
  }
  return out;
}

/** The blocks of `text`, in order; every character of a row or line belongs to exactly one block. */
export function blocksOf(text: string): TextBlock[] {
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
      const rows: Line[] = [];
      let j = i + 1;
      while (j < lines.length && (lines[j] as Line).text.includes('\t')) rows.push(lines[j++] as Line);
      blocks.push(...tableRows(line, rows, '\t'));
      i = j - 1;
      continue;
    }
    blocks.push({ type: 'prose', text: line.text, start: line.start });
  }
  return blocks;
}

/** Code: CSV with a header line becomes rows; everything else stays lines of code. */
function codeBlocks(body: Line[], lang: string): TextBlock[] {
  const first = body[0];
  if (first && first.text.includes(',') && body.length > 1) {
    const headers = first.text.split(',').map((h) => h.trim().replace(/^["']|["']$/g, ''));
    if (headers.filter((h) => classifyFieldName(h) !== null).length >= 2) return tableRows(first, body.slice(1), ',');
  }
  return body.map((l) => ({ type: 'code' as const, text: l.text, start: l.start, lang }));
}
