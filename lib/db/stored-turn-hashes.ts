import type { ShowWorkDatabase } from './schema';
import type { SiteId } from '../model/site';
import { readMatchingTurnHashes, readTurnIdsByOrdinal } from './turn-keys';

/**
 * For each of `hashes`, whether a turn of the conversation (site + the site's id) is stored with that content hash,
 * from the indexes' keys only (lib/db/turn-keys.ts): a page asks this as a capture starts, to send those turns by
 * reference. The capture's merge checks each reference again inside its own transaction.
 */
export async function readStoredTurnHashes(
  db: ShowWorkDatabase,
  request: { site: SiteId; externalId: string; hashes: readonly string[] },
): Promise<boolean[]> {
  const none = () => request.hashes.map(() => false);
  return db.transaction('r', db.conversations, db.turns, async () => {
    const conversation = await db.conversations
      .where('[site+externalId]')
      .equals([request.site, request.externalId])
      .first();
    if (conversation === undefined) return none();
    const ids = new Set((await readTurnIdsByOrdinal(db, conversation.id)).values());
    const stored = new Set((await readMatchingTurnHashes(db, request.hashes, ids)).values());
    return request.hashes.map((hash) => stored.has(hash));
  });
}
