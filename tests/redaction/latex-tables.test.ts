import { describe, expect, test } from 'vitest';
import { latexTable } from '../../lib/redaction/latex-tables';
import { testDetailProbes, testLookAlikes, probe as p } from './probe-score';

/**
 * Tables written in LaTeX, read as tables (lib/redaction/latex-tables.ts). Written for this file (1 Dec 2026), in no
 * corpus part; each table of children has a LaTeX table of the same shape that names no student data.
 */
const linesOf = (text: string) => {
  let start = 0;
  return text.split('\n').map((t) => {
    const line = { text: t, start };
    start += t.length + 1;
    return line;
  });
};

describe('a LaTeX tabular of children', () => {
  testDetailProbes([
    p(
      'Can you sort my debate teams by score?\n\n\\begin{tabular}{lcc}\nStudent & Team & Score \\\\ \\hline\nOkonkwo, Priya & Red & 18/20 \\\\\nLindahl, Marcus & Blue & 12/20 \\\\\n\\end{tabular}',
      ['Okonkwo, Priya', 'Lindahl, Marcus', '18/20', '12/20'],
      ['Red', 'Blue'],
    ),
    p(
      'Seating for the lab:\n```latex\n\\begin{tabular}{|l|l|l|}\n\\hline\nBench & Alumno & Nota \\\\\n\\hline\n1 & \\textbf{Ferreyra, Lucía} & 7,5 \\\\\n2 & Quiroga, Tomás & 9 \\\\\n\\hline\n\\end{tabular}\n```',
      ['Ferreyra, Lucía', 'Quiroga, Tomás', '7,5'],
      ['Bench'],
      { language: 'es' },
    ),
  ]);
  testLookAlikes([
    [
      '\\begin{tabular}{lll}\nEra & Composer & Work \\\\ \\midrule\nBaroque & Bach, Johann Sebastian & Goldberg Variations \\\\\nClassical & Mozart, Wolfgang Amadeus & The Magic Flute \\\\\n\\end{tabular}',
      ['Bach, Johann Sebastian', 'Mozart, Wolfgang Amadeus', 'Goldberg Variations'],
    ],
    ['\\begin{tabular}{cc}\n$x$ & $f(x)$ \\\\ \\hline\n1 & 3/4 \\\\\n2 & 5/4 \\\\\n\\end{tabular}', ['3/4', '5/4']],
  ]);

  test('the header is the first row with cells; rules and the environment lines are not rows', () => {
    const table = latexTable(
      linesOf(
        '\\begin{tabular}{ll}\n\\toprule\nName & Chair \\\\\n\\midrule\nAda & 1 \\\\ \\hline\n\\end{tabular}\nafter',
      ),
      0,
    );
    expect(table?.headers).toEqual(['Name', 'Chair']);
    expect(table?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['Ada', '1']]);
    expect(table?.last).toBe(5);
  });
  test('an escaped ampersand stays in its cell, and an environment with no row is no table', () => {
    const table = latexTable(
      linesOf('\\begin{tabular}{ll}\nShop & Owner \\\\\nSmith \\& Sons & Ann \\\\\n\\end{tabular}'),
      0,
    );
    expect(table?.rows[0]?.cells.map((c) => c.text)).toEqual(['Smith \\& Sons', 'Ann']);
    expect(latexTable(linesOf('\\begin{tabular}{ll}\nName & Chair \\\\\n\\end{tabular}'), 0)).toBeNull();
    expect(latexTable(linesOf('\\begin{itemize}\n\\item Ada & Bo\n\\end{itemize}'), 0)).toBeNull();
  });
});
