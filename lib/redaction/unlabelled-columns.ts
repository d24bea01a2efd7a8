import type { RedactionKind } from './kinds';
import { normaliseFieldName } from './field-names';
import { scaleMarkWords } from './loose-tables';

/**
 * Columns of a class table (its rows are children: lib/redaction/text-structure.ts) whose header names nothing a
 * detector knows, read by what their cells hold. A SIS or a ministry's register names its columns its own way —
 * a competency ("C2 (lee)"), a term ("P1", "P2"), a weighting ("Zona (30)", "Total"), a database's short name
 * ("pct") — or a national code ("Código SIAGIE", "Código personal") — and every row of it is one child's
 * (part 13's misses, 1 Dec 2026: Peru, the Dominican Republic, Guatemala and a Skyward export lost every mark
 * and code). Two classes:
 * - marks: every filled cell is a mark (a letter grade, Peru's "AD", a number up to 100 with its decimals or
 *   "%", a level of a scale in words), and the column is not a count, a row number or a grade level;
 * - codes: every filled cell is a distinct code of five characters or more holding digits (a run of five, or
 *   letters and digits mixed), not a date: the children's IDs, whatever the register calls them.
 */

/** Headers of columns that hold small numbers or letters that are not marks: row numbers, grade levels, rooms, counts. */
const notMarksHeader =
  /^(?:hash|n|n o|no|nro|num|numero|nr|item|row|id|gr|grd|grade level|grado|curso|year|yr|ano|age|edad|sec|section|seccion|per|period|periodo|hr|homeroom|room|rm|aula|salon|bus|route|ruta|seat|asiento|group|grupo|team|equipo|house|locker|cr|credits?|creditos?|absences?|abs|tardies|tardy|faltas|ausencias|inasistencias|days?|dias|min|mins|minutes|minutos|hours?|horas|count|qty|cantidad|level|nivel|lexile|wpm|ppm|size|talla|jersey|camiseta)$/;

/** Headers of columns of codes that are not a child's: courses, rooms, books, standards. */
const notIdsHeader =
  /(?:course|curso|class|clase|section|seccion|room|aula|salon|period|bus|route|ruta|book|libro|isbn|title|titulo|standard|estandar|teacher|docente|profesor|maestr)/;

/** A level of a scale in words: the English scales of loose-tables.ts, and Spanish-language report cards. */
const scaleWordsEs =
  /^(?:logro destacado|logro esperado|logrado|en proceso|en inicio|inicio|destacado|satisfactorio|en desarrollo|competente|domina|sobresaliente|notable|bien|suficiente|insuficiente|aprobado|reprobado|excelente|muy bueno|bueno|regular|deficiente)(?:\s*\(\d\))?$/iu;

/** One mark as a cell holds it. */
function isMarkCell(cell: string): boolean {
  if (/^(?:AD|[A-F][+-]?)$/u.test(cell)) return true;
  const n = cell.match(/^(\d{1,3})(?:[.,]\d{1,2})?\s?%?$/u);
  if (n) return Number(n[1]) <= 100;
  return scaleMarkWords.test(cell) || scaleWordsEs.test(cell);
}

/** 1, 2, 3, …: a row number, whatever its header. */
function isRowNumbering(cells: string[]): boolean {
  return cells.every((c, i) => c === String(i + 1) || c === `${i + 1}.`);
}

const dateShape = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$/u;

/** A child's code: no spaces, five to twenty-four characters, a run of five digits or letters and digits mixed. */
export function isCodeShaped(cell: string): boolean {
  if (!/^[\p{L}\d][\p{L}\d.-]{3,22}[\p{L}\d]$/u.test(cell) || dateShape.test(cell)) return false;
  const digits = cell.replace(/\D/g, '').length;
  const letters = cell.replace(/[^\p{L}]/gu, '').length;
  return digits >= 5 || (digits >= 2 && letters >= 1 && cell.length >= 5 && /\d\p{L}|\p{L}\d/u.test(cell));
}

/**
 * What an unlabelled column of a class table holds, judged by all its cells (blank and dash cells skipped):
 * 'grade', 'studentId' or null. `header` is the column's header as written.
 */
export function unlabelledColumnKind(header: string, cells: readonly string[]): RedactionKind | null {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '' && !/^[-–—]$/u.test(c));
  if (filled.length < 2) return null;
  const name = normaliseFieldName(header);
  if (!notMarksHeader.test(name) && !isRowNumbering(filled) && filled.every(isMarkCell)) return 'grade';
  if (!notIdsHeader.test(name) && filled.every(isCodeShaped) && new Set(filled).size === filled.length)
    return 'studentId';
  return null;
}
