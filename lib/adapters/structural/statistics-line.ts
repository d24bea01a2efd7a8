/**
 * What a chat tool prints under an answer about how it was made, rather than what it says: a statistics line of
 * measures joined by separators ("112 words · 1.9 s · 163 tokens", "820 ms | 12 tok/s") or a named rate ("Token Speed:
 * 23.8 t/s"). Each part is a number and its unit, nothing else: an answer's own last line holds words around its
 * numbers ("Total: 25 pupils in 3 groups", "Mean: 12.5"). Read at a message's bottom edge only, like the other notes
 * under an answer (page-chrome.ts isMetricNote, isMetaLine).
 */

// The longest statistics line read: three or four measures with their separators.
export const maxStatisticsChars = 60;
// A number and its unit: "112 words", "1.9 s", "163 tokens", "820 ms", "23.8 t/s", "12 tok/s", "98 %".
const measure = /^\d[\d.,]*\s?(%|\p{L}{1,12}(\/\p{L}{1,3})?)$/u;
// A rate's name before its measure ("Token Speed: 23.8 t/s", "Speed: 41 tok/s"): a rate has a slash in its unit.
const namedRate = /^\p{L}[\p{L} ]{0,20}:\s*\d[\d.,]*\s?\p{L}{1,8}\/\p{L}{1,3}$/u;
const separator = /\s*[·•|]\s*/;

/** True for a line of two to five measures joined by separators, or one named rate. */
export function isStatisticsLine(text: string): boolean {
  const line = text.trim();
  if (line.length === 0 || line.length > maxStatisticsChars) return false;
  if (namedRate.test(line)) return true;
  const parts = line.split(separator);
  return parts.length >= 2 && parts.length <= 5 && parts.every((part) => measure.test(part));
}
