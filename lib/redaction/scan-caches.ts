/**
 * Caches that live for one scan of one document: a field's blocks, its well-known spans, the matches of the
 * large rule regexes on a sentence. One scan reads the same text in several passes (the line rules, the second
 * look at sentences naming a child, the terms of a text about students). Each cache is bounded and emptied
 * when the next scan starts, so what one scan learnt never serves another: a figure measured on repeated scans
 * of one document is the cost of one scan.
 */
const clears: (() => void)[] = [];

/** Registers a cache's `clear`, called when a scan starts. */
export function registerScanCache(clear: () => void): void {
  clears.push(clear);
}

/** Empties every registered cache: called by findStudentData before it reads a document. */
export function resetScanCaches(): void {
  for (const clear of clears) clear();
}
