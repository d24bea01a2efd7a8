import { getDatabase } from '../db/schema';
import { localStorageJournal, replayJournaledEdits } from './unsaved-edits-journal';

/**
 * Saves the trace edits a closed or killed ShowWork page journaled but could not save (unsaved-edits-journal.ts), so
 * the library, exports and submissions see the teacher's last words whichever page opens next.
 */
export function saveEditsLeftBehind(): Promise<void> {
  return replayJournaledEdits(getDatabase(), localStorageJournal()).catch(() => undefined);
}
