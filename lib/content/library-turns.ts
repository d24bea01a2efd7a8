import type { ExtractedTurn } from '../model/turn';
import type { StoredTurnSummary } from '../messaging/protocol';
import { hashTurns } from '../capture/content-hash';
import type { StoredTurnHashes } from './stored-turn-hashes';

/** About how many characters one batch hashes between yields: a few ms of the page's thread. */
const batchChars = 250_000;

const shapeOf = (role: string, markdownLength: number, textLength: number) => `${role}:${markdownLength}:${textLength}`;

/**
 * Finds which of the page's turns the library already holds (`stored`, the worker's answer for this conversation:
 * lib/background/stored-turn-summaries.ts) and records their hashes in `confirmed`, so the next capture sends them as
 * references: a page loaded anew knows nothing of what earlier pages stored, and sent a 400-turn conversation the
 * library held whole again (~5 M characters; 700-1,800 ms click-to-"Captured" against 150-280 by reference, load
 * 8-11, 2026-12-02).
 *
 * Only turns whose role and lengths are those of a stored turn are hashed (equal hashes need equal lengths): an
 * answer still being written, or one the library lacks, costs a comparison, not a hash. Hashed in batches between
 * which the page gets its thread back, while `isWanted` says so. Resolves with how many turns were found stored.
 */
export async function learnStoredTurns(
  turns: readonly ExtractedTurn[],
  stored: readonly StoredTurnSummary[],
  confirmed: StoredTurnHashes,
  isWanted: () => boolean,
): Promise<number> {
  if (stored.length === 0) return 0;
  const shapes = new Set(stored.map((turn) => shapeOf(turn.role, turn.markdownLength, turn.textLength)));
  const hashes = new Set(stored.map((turn) => turn.contentHash));
  const candidates = turns.filter(
    (turn) =>
      shapes.has(shapeOf(turn.role, turn.markdown.length, turn.text.length)) && confirmed.hashOf(turn) === undefined,
  );
  let found = 0;
  for (let next = 0; next < candidates.length && isWanted();) {
    const batch: ExtractedTurn[] = [];
    for (let chars = 0; next < candidates.length && (batch.length === 0 || chars < batchChars); next++) {
      const turn = candidates[next]!;
      batch.push(turn);
      chars += turn.markdown.length + turn.text.length;
    }
    const batchHashes = await hashTurns(batch);
    batch.forEach((turn, i) => {
      const hash = batchHashes[i]!;
      if (!hashes.has(hash)) return;
      confirmed.remember([turn], [hash]);
      found++;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return found;
}
