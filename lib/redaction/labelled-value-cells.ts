/**
 * A pipe-separated line whose cells are labels with their values ("Student: Rosario Q. | Student Number: 100447829
 * | DOB: 01/16/2013 | Lunch ID: 58214") is one record written across a line, as an SIS page's banner is copied,
 * not the header of a table: its cells name student data, but the lines under it are another table's rows (a
 * PowerSchool log export, blind part 21, 2 Dec 2026: the log's dates were read as student numbers and its
 * authors as grades, under the banner's "Student Number" and "Grade 7"). A cell counts as a labelled value when
 * a short label ends in a colon with a value after it.
 */
const labelledValue = /^[ \t]*[\p{L}][\p{L}\p{N} #./()'’-]{0,30}:[ \t]*\S/u;

/** True when two or more of a header's cells are "label: value" pairs: a record line, not a header. */
export function isRecordLine(cells: readonly string[]): boolean {
  let labelled = 0;
  for (const cell of cells) if (labelledValue.test(cell) && ++labelled >= 2) return true;
  return false;
}
