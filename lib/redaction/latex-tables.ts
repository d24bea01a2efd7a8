/**
 * Tables written in LaTeX (`\begin{tabular}{llc}` … `\end{tabular}`): teachers who keep a seating chart, a
 * placement sheet or a results table in LaTeX paste it as it is, and the AI answers with the same markup (part 15,
 * 1 Dec 2026: an orchestra's chair placements, every player a "Last, First" cell). Their rows are cells split by `&`
 * and ended by `\\`, so neither the pipe, tab nor CSV readers saw a table, and each row read as a line of prose with
 * no cue. Read here as a table: the first row with cells is the header, the next rows are rows, and the caller
 * gives them to the same header rules as any other table (a "Player", "Student" or "Score" column marks its cells;
 * a table of "Era & Composer & Work" names no student data and stays as written).
 */

interface Line {
  text: string;
  start: number;
}

export interface LatexCell {
  text: string;
  start: number;
}

export interface LatexTable {
  /** The header row and its cells' texts. */
  header: Line;
  headers: string[];
  rows: { line: Line; cells: LatexCell[] }[];
  /** The lines of the environment that are not rows (`\begin…`, `\hline`, `\end…`), in order. */
  others: Line[];
  /** Index of the last line of the environment (its `\end`, or the last line read). */
  last: number;
}

/** The environments of a LaTeX table whose rows are `&`-separated cells. */
const opening = /\\begin\{(?:tabular[x*]?|longtable|tabulary|array|tblr)\}/;
const closing = /\\end\{(?:tabular[x*]?|longtable|tabulary|array|tblr)\}/;
/** A rule between rows (`\hline`, booktabs' `\midrule`, `\cline{2-3}`), which holds no cell. */
const ruleOnly = /^\s*(?:\\(?:hline|toprule|midrule|bottomrule|cline\{[^}]*\}|cmidrule(?:\([^)]*\))?\{[^}]*\})\s*)+$/;

/** The cells of one row: split at `&` not escaped as `\&`, up to the row's end `\\`; a `\textbf{…}` gives its text. */
function cellsOf(line: Line): LatexCell[] {
  const end = line.text.search(/\\\\/);
  const body = end === -1 ? line.text : line.text.slice(0, end);
  const cells: LatexCell[] = [];
  let from = 0;
  for (let i = 0; i <= body.length; i++) {
    if (i < body.length && !(body[i] === '&' && body[i - 1] !== '\\')) continue;
    const raw = body.slice(from, i);
    // A rule before the first cell ("\hline Name & …") and one command around a cell's text are markup.
    const inner = raw.match(/^\s*(?:\\(?:hline|midrule|toprule)\s*)?(?:\\[a-zA-Z]+\{)?(.*?)\}?\s*$/s);
    const text = (inner?.[1] ?? '').trim();
    cells.push({ text, start: line.start + from + (text ? raw.indexOf(text) : 0) });
    from = i + 1;
  }
  return cells;
}

/**
 * The table opened at `lines[i]` by `\begin{tabular}`, when a row with two cells or more follows; null otherwise.
 * Rows are one line each, as teachers and AIs write them; a row missing a cell is still read, by position.
 */
export function latexTable(lines: readonly Line[], i: number): LatexTable | null {
  const begin = lines[i] as Line;
  if (!begin.text.includes('\\begin{') || !opening.test(begin.text)) return null;
  const others: Line[] = [begin];
  let header: { line: Line; cells: LatexCell[] } | null = null;
  const rows: { line: Line; cells: LatexCell[] }[] = [];
  let j = i + 1;
  for (; j < lines.length; j++) {
    const line = lines[j] as Line;
    if (closing.test(line.text)) {
      others.push(line);
      break;
    }
    if (ruleOnly.test(line.text) || line.text.trim() === '' || !line.text.includes('&')) {
      others.push(line);
      continue;
    }
    const cells = cellsOf(line);
    if (header) rows.push({ line, cells });
    else header = { line, cells };
  }
  if (!header || header.cells.length < 2 || rows.length === 0) return null;
  return {
    header: header.line,
    headers: header.cells.map((c) => c.text),
    rows,
    others,
    last: Math.min(j, lines.length - 1),
  };
}
