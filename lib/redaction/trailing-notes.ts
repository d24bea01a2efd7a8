/**
 * A spreadsheet exported by hand or typed as CSV often leaves its last, free-text column unquoted: "Maddie
 * B,215,990L,Wonder,260,loved Auggie's chapters, hated Julian's" has one separator more than its header, and a
 * table that asks every row for the header's count of separators stopped at the first such row — every score
 * of the rows below it was read as prose (part 12, 1 Dec 2026: a reading log's MAP and Lexile columns).
 * When the header's last column is free text (no student-data kind, or a notes/comments column), the extra
 * separators of a row belong to that last cell, as a reader of the sheet sees it.
 */

/** Notes columns by their header: the cell is free text whatever its commas. */
const notesHeader =
  /^(?:notes?|comments?|remarks?|observations?|observaciones?|comentarios?|notas del docente|anecdotal(?: notes?)?|why|reason|details?|teacher notes?|obs)$/iu;

/**
 * Whether a row with `rowSeparators` separators belongs to a table whose header has `headerSeparators`, given
 * the header's last cell and the text the extra separators split (the row's tail from its last column on).
 */
export function fitsWithTrailingNotes(
  headerSeparators: number,
  rowSeparators: number,
  lastHeader: string,
  lastHeaderKind: unknown,
  tail: string,
): boolean {
  if (rowSeparators === headerSeparators) return true;
  if (rowSeparators < headerSeparators || headerSeparators < 2) return false;
  if (lastHeaderKind !== null && !notesHeader.test(lastHeader.trim())) return false;
  // Free text: words with spaces between them, not another run of values ("12,14,15").
  return /\p{L}{2,}[^,;]*\s+\p{L}/u.test(tail);
}

/** The pieces of a row split on its separators with everything past the header's last column joined back into one. */
export function joinTrailingCells(pieces: string[], columns: number, separator: string): string[] {
  if (pieces.length <= columns || columns < 2) return pieces;
  return [...pieces.slice(0, columns - 1), pieces.slice(columns - 1).join(separator)];
}
