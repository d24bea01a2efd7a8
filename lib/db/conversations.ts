import type { ShowWorkDatabase, ConversationWords } from './schema';
import type { StoredConversation } from '../model/conversation';
import type { StoredTurn } from '../model/turn';
import { queryWords } from '../capture/search-words';

/** Conversations newest first. */
export function listConversations(db: ShowWorkDatabase): Promise<StoredConversation[]> {
  return db.conversations.orderBy('lastCapturedAt').reverse().toArray();
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
