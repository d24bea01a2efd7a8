import { getDatabase } from '../db/schema';
import { rebuildPendingSearchIndexes } from '../db/search-index';

/**
 * At worker start-up, a little later (a capture may be what woke the worker; it goes first): rebuilds the search
 * index of conversations whose capture committed but whose indexing never finished (the worker was stopped in
 * between; lib/db/search-index.ts). Costs one key-range read when there are none.
 */
export function scheduleSearchIndexRecovery(delayMs = 3000): void {
  setTimeout(() => {
    rebuildPendingSearchIndexes(getDatabase()).catch((error: unknown) =>
      console.warn('ShowWork: search index recovery', error),
    );
  }, delayMs);
}
