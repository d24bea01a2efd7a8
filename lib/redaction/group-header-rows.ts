import { classifyFieldName } from './field-names';

/**
 * A spreadsheet pasted as tab-separated text whose first row holds merged group titles over the real headers
 * ("DATOS ALUMNO<TAB><TAB><TAB>APODERADO<TAB><TAB>PIE" over "Nombre<TAB>RUN<TAB>F. Nac.<TAB>…": part 16's Chilean
 * PIE sheet, 1 Dec 2026, whose four dates of birth went unread because "DATOS ALUMNO" was taken for the header of
 * the date column). Such a first row fills at most half as many cells as the row under it, and the row under it
 * names more kinds of data (at least three) than the titles do — a title may name one ("DATOS ALUMNO"): that second
 * row is the header.
 */
export function isGroupTitleRow(first: string, second: string): boolean {
  const filled = (line: string) =>
    line
      .split('\t')
      .map((c) => c.trim())
      .filter(Boolean);
  const titles = filled(first);
  const headers = filled(second);
  if (titles.length === 0 || titles.length * 2 > headers.length) return false;
  const named = (cells: string[]) => cells.filter((c) => classifyFieldName(c) !== null).length;
  const namedHeaders = named(headers);
  return namedHeaders >= 3 && namedHeaders > named(titles);
}
