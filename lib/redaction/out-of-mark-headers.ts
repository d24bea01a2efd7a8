import type { RedactionKind } from './kinds';

/**
 * A markbook's columns are often headed by the task and the mark it is out of, not by a word for a mark: "SBQ
 * (/25)", "Quiz 3 /10", "Essay (out of 20)", "Prueba (sobre 10)", "Test [max 40]". Such a header says its cells are
 * marks, and a table with one beside a bare "Name" or "Nombre" column is a class's markbook, its rows children
 * (blind part 23, 2 Dec 2026: a Singapore LaTeX table "Index & Name & SBQ (/25) & SEQ (/25) & Remarks" kept five
 * pupils, ten marks and their remarks). A timeline's "Name | Known for" or a glossary's "Name | Meaning" has no
 * out-of header and stays a list of people the lesson is about; a column of maxima alone ("Max (/25)") is a mark
 * scheme's, and its table has no Name column.
 */
const outOf =
  /(?:\(\s*\/\s*\d{1,3}\s*\)|\[\s*\/\s*\d{1,3}\s*\]|(?:^|\s)\/\s*\d{1,3}$|\(\s*(?:out of|max(?:imum)?\.?|sobre|de)\s+\d{1,3}\s*(?:pts?|points|puntos)?\s*\)|\[\s*(?:out of|max(?:imum)?\.?|sobre)\s+\d{1,3}\s*\])/iu;
/** A task's header that is a mark scheme's, not a child's mark: "Max", "Total possible", "Weight". */
const schemeHeader = /^(?:max(?:imum)?|total possible|possible|weight(?:ing)?|peso|puntaje m[áa]ximo|m[áa]ximo)\b/iu;
/** A bare header for a column of people. */
const bareNameHeader = /^(?:name|full name|names|nombre|nombres|nombre completo|nom|nome)$/iu;

/** Whether a table header gives the mark its column's cells are out of. */
export function isOutOfMarkHeader(header: string): boolean {
  const h = header.trim();
  return h.length <= 40 && outOf.test(h) && !schemeHeader.test(h);
}

/**
 * The kinds of a table's columns with markbook headers read: out-of headers as marks and, when there is one, a
 * bare "Name" header as the children's names. `kinds` are the header rules' kinds, left as they are where set.
 */
export function withOutOfMarkColumns(headers: readonly string[], kinds: (RedactionKind | null)[]): void {
  let marks = false;
  headers.forEach((h, i) => {
    if (kinds[i] === null && isOutOfMarkHeader(h)) {
      kinds[i] = 'grade';
      marks = true;
    }
  });
  if (!marks || kinds.includes('studentName')) return;
  const name = headers.findIndex((h, i) => kinds[i] === null && bareNameHeader.test(h.trim()));
  if (name !== -1) kinds[name] = 'studentName';
}
