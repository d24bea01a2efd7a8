import Dexie from 'dexie';
import type { ShowWorkDatabase, ConversationWords } from './schema';
import { siteIds, type SiteId } from '../model/site';
import type { StoredConversation } from '../model/conversation';
import type { StoredTurn } from '../model/turn';
import { queryWords } from '../capture/search-words';

/** One AI tool's part of the library: how many conversations it has, and the newest of them. */
export interface LibraryGroup {
  site: SiteId;
  total: number;
  conversations: StoredConversation[];
}

/** The library grouped by AI tool, groups in the order of their newest capture. */
function sortGroups(groups: LibraryGroup[]): LibraryGroup[] {
  return groups
    .filter((group) => group.total > 0)
    .sort(
      (a, b) =>
        (b.conversations[0]?.lastCapturedAt ?? 0) - (a.conversations[0]?.lastCapturedAt ?? 0) ||
        siteIds.indexOf(a.site) - siteIds.indexOf(b.site),
    );
}

/**
 * Each AI tool's newest `limitFor(site)` conversations and its total, read from the [site+lastCapturedAt]
 * index: a library of thousands opens without reading every record.
 */
export async function listLibraryGroups(
  db: ShowWorkDatabase,
  limitFor: (site: SiteId) => number,
): Promise<LibraryGroup[]> {
  const groups = await Promise.all(
    siteIds.map(async (site) => ({
      site,
      total: await db.conversations.where('site').equals(site).count(),
      conversations: await db.conversations
        .where('[site+lastCapturedAt]')
        .between([site, Dexie.minKey], [site, Dexie.maxKey])
        .reverse()
        .limit(limitFor(site))
        .toArray(),
    })),
  );
  return sortGroups(groups);
}

/** The conversations with these ids, grouped like the library, newest first, `limitFor(site)` shown per tool. */
export async function groupConversationsById(
  db: ShowWorkDatabase,
  ids: Set<string>,
  limitFor: (site: SiteId) => number,
): Promise<LibraryGroup[]> {
  const found = (await db.conversations.bulkGet([...ids])).filter((c): c is StoredConversation => c !== undefined);
  found.sort((a, b) => b.lastCapturedAt - a.lastCapturedAt);
  return sortGroups(
    siteIds.map((site) => {
      const ofSite = found.filter((c) => c.site === site);
      return { site, total: ofSite.length, conversations: ofSite.slice(0, limitFor(site)) };
    }),
  );
}

/**
 * Ids of the conversations whose title or turns contain every word of the query (each as a word prefix),
 * or undefined for an empty query (no filter).
 */
export async function searchConversationIds(db: ShowWorkDatabase, query: string): Promise<Set<string> | undefined> {
  const words = queryWords(query);
  if (words.length === 0) return undefined;
  let result: Set<string> | undefined;
  for (const word of words) {
    const ids = new Set((await db.conversationWords.where('words').startsWith(word).primaryKeys()) as string[]);
    result = result ? new Set([...result].filter((id) => ids.has(id))) : ids;
    if (result.size === 0) break;
  }
  return result;
}

export function getConversationTurns(db: ShowWorkDatabase, conversationId: string): Promise<StoredTurn[]> {
  return db.turns.where('[conversationId+ordinal]').between([conversationId, 0], [conversationId, Infinity]).toArray();
}

/** Everything a deleted conversation had, so Undo can put it back exactly. */
export interface DeletedConversation {
  conversation: StoredConversation;
  turns: StoredTurn[];
  words: ConversationWords | undefined;
}

export async function deleteConversation(
  db: ShowWorkDatabase,
  conversationId: string,
): Promise<DeletedConversation | undefined> {
  return db.transaction('rw', db.conversations, db.turns, db.conversationWords, async () => {
    const conversation = await db.conversations.get(conversationId);
    if (!conversation) return undefined;
    const turns = await db.turns.where('conversationId').equals(conversationId).toArray();
    const words = await db.conversationWords.get(conversationId);
    await db.turns.where('conversationId').equals(conversationId).delete();
    await db.conversationWords.delete(conversationId);
    await db.conversations.delete(conversationId);
    return { conversation, turns, words };
  });
}

export async function restoreConversation(db: ShowWorkDatabase, deleted: DeletedConversation): Promise<void> {
  await db.transaction('rw', db.conversations, db.turns, db.conversationWords, async () => {
    await db.conversations.put(deleted.conversation);
    await db.turns.bulkPut(deleted.turns);
    if (deleted.words) await db.conversationWords.put(deleted.words);
  });
}
