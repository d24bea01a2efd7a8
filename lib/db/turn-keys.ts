import type { ShowWorkDatabase } from './schema';

/**
 * What a merge can learn about a conversation's stored turns from IndexedDB indexes alone, without reading the
 * turns themselves: re-reading 400 stored turns (~5 M characters) cost more than the rest of a re-capture
 * (measured 2026-11-30 in Chromium 156: ~90 ms for the values, ~5 ms for the keys, under load).
 */

/** Each stored turn's id by its ordinal, from the `[conversationId+ordinal]` index's keys. */
export async function readTurnIdsByOrdinal(db: ShowWorkDatabase, conversationId: string): Promise<Map<number, string>> {
  const byOrdinal = new Map<number, string>();
  await db.turns
    .where('[conversationId+ordinal]')
    .between([conversationId, 0], [conversationId, Infinity])
    .eachKey((key, cursor) => {
      byOrdinal.set((key as [string, number])[1], cursor.primaryKey);
    });
  return byOrdinal;
}

/**
 * The content hash of every turn among `turnIds` whose hash is one of `hashes`, from the `contentHash` index's
 * keys. A turn missing from the answer has some other hash (its content changed).
 */
export async function readMatchingTurnHashes(
  db: ShowWorkDatabase,
  hashes: readonly string[],
  turnIds: ReadonlySet<string>,
): Promise<Map<string, string>> {
  const hashById = new Map<string, string>();
  if (hashes.length === 0 || turnIds.size === 0) return hashById;
  await db.turns
    .where('contentHash')
    .anyOf([...new Set(hashes)])
    .eachKey((key, cursor) => {
      if (turnIds.has(cursor.primaryKey)) hashById.set(cursor.primaryKey, key as string);
    });
  return hashById;
}
