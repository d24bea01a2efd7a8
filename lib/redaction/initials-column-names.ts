import { normaliseKey, type Detection } from './detection';
import { allMatches } from './all-matches';

/**
 * Children named by their initials in a table column headed so: an IEP goal bank, a data sheet or a referral log a
 * teacher keeps "initials only" ("Initials | Student ID | Area" above "J.R.M. | 3014552 | Reading fluency"; Spanish
 * "Iniciales"). Part 20 (2 Dec 2026) lost four such children, and with them every sentence of the AI's rewrite that
 * named them by the same initials ("K.T. will write 5 related sentences"). initials-names.ts reads initials opening a
 * list item; this reads the cell under the header, in pipe- or tab-separated rows, up to the first blank line. A cell
 * counts when it is dotted initials alone (two or three letters, a hyphenated surname's "A.B.-O." too); the header
 * says they are people, so abbreviations in that column are not expected. Each is a child's name wherever it
 * appears.
 */

const headerLine = /^[^\n]*\b(?:[Ii]nitials|INITIALS|[Ii]niciales|INICIALES)\b[^\n]*$/gmu;
const initials = /^(?:\p{Lu}\.){1,3}(?:-\p{Lu}\.)?$/u;
const cellSplit = /[ \t]*(?:\||\t)[ \t]*/u;
/** Markdown's rule under a header row: "|---|---|". */
const ruleRow = /^[ \t|:-]+$/u;

function cellsOf(line: string): string[] {
  const trimmed = line.trim().replace(/^\|/u, '').replace(/\|$/u, '');
  return trimmed.split(cellSplit).map((c) => c.trim());
}

/** The initials above in `text`, as names of children. */
export function findInitialsColumnNames(text: string): Detection[] {
  if (!text.includes('nitials') && !text.includes('niciales') && !/INI[CT]IAL/u.test(text)) return [];
  const found: Detection[] = [];
  for (const h of allMatches(headerLine, text)) {
    const header = cellsOf(h[0]);
    if (header.length < 2) continue;
    const column = header.findIndex((c) => /^(?:student |alumno |estudiante )?(?:initials|iniciales)$/iu.test(c));
    if (column < 0) continue;
    let at = h.index + h[0].length + 1;
    while (at < text.length) {
      const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
      const line = text.slice(at, end);
      if (line.trim() === '') break;
      if (!ruleRow.test(line)) {
        const cells = cellsOf(line);
        const cell = cells[column] ?? '';
        if (cells.length >= 2 && cell.length >= 4 && initials.test(cell))
          found.push({
            kind: 'studentName',
            text: cell,
            start: at + line.indexOf(cell),
            key: normaliseKey(cell),
            reason: { code: 'column', detail: header[column] as string },
            scope: 'global',
          });
      }
      at = end + 1;
    }
  }
  return found;
}
