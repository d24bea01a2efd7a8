/**
 * Splitting a line of a comma- or semicolon-separated export the way spreadsheets write it (RFC 4180): a
 * separator inside double quotes belongs to the cell, and `""` inside quotes is one quote. Gradebook and SIS
 * exports quote every "Last, First" name (Canvas: `"Abernathy, Caleb",51234,S0098123,…`), so a plain split
 * saw one cell too many in every student row and no row matched its header.
 */

/** The raw pieces of `line` between separators that are outside quotes (quotes kept, offsets preserved). */
export function splitOutsideQuotes(line: string, separator: string): string[] {
  if (separator !== ',' && separator !== ';') return line.split(separator);
  if (!line.includes('"')) return line.split(separator);
  const pieces: string[] = [];
  let from = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      // A quote opens a cell only at its start; inside a quoted cell, `""` is an escaped quote.
      if (!quoted) quoted = line.slice(from, i).trim() === '';
      else if (line[i + 1] === '"') i++;
      else quoted = false;
    } else if (ch === separator && !quoted) {
      pieces.push(line.slice(from, i));
      from = i + 1;
    }
  }
  pieces.push(line.slice(from));
  return pieces;
}

/** How many separators of `line` are outside quotes. */
export function countOutsideQuotes(line: string, separator: string): number {
  return splitOutsideQuotes(line, separator).length - 1;
}
