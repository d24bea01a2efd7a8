import type { ShowWorkDatabase } from './schema';
import { collectSearchWordsInSlices } from '../capture/search-words';

/**
 * The library's search index (`conversationWords`) is built after a capture has committed, in its own
 * transaction, so the page hears "Captured" without waiting for it. So that a service worker stopped in between
 * never leaves a conversation unsearchable for good, the capture's own transaction writes a *pending marker*: a
 * `conversationWords` row keyed `pending:<conversationId>:<marker id>` with no words (so search never matches
 * it). Indexing deletes its marker in the transaction that writes the words; at start-up the background rebuilds
 * the index of every conversation that still has one (rebuildPendingSearchIndexes). The marker is found by a
 * primary-key range, so checking costs nothing when there is none, and no schema version is needed.
 */
const pendingPrefix = 'pending:';

export function isPendingSearchIndexKey(key: string): boolean {
  return key.startsWith(pendingPrefix);
}

function conversationOfMarker(key: string): string {
  return key.slice(pendingPrefix.length, key.lastIndexOf(':'));
}

/** Records, inside the caller's transaction, that the conversation's new words are still to be indexed. */
export async function markSearchIndexPending(db: ShowWorkDatabase, conversationId: string): Promise<string> {
  const marker = `${pendingPrefix}${conversationId}:${crypto.randomUUID()}`;
  await db.conversationWords.put({ conversationId: marker, words: [] });
  return marker;
}

/**
 * Adds the words of `texts` to the conversation's index and clears `marker`, in one transaction. The words are
 * collected before it, in slices, so the service worker stays responsive meanwhile.
 */
export async function indexSearchWords(
  db: ShowWorkDatabase,
  conversationId: string,
  texts: readonly string[],
  marker?: string,
): Promise<void> {
  const found = await collectSearchWordsInSlices(texts);
  await db.transaction('rw', db.conversations, db.conversationWords, async () => {
    if (marker) await db.conversationWords.delete(marker);
    // Deleted meanwhile (Undo in the library can put it back with its own words): nothing to index.
    if (!(await db.conversations.get(conversationId))) return;
    const indexed = await db.conversationWords.get(conversationId);
    const words = new Set(indexed?.words ?? []);
    for (const word of found) words.add(word);
    if (indexed && words.size === indexed.words.length) return;
    await db.conversationWords.put({ conversationId, words: [...words] });
  });
}

/**
 * Rebuilds the index of every conversation a capture left a pending marker for (the service worker stopped
 * before indexing finished): its title and every turn's text, added to what was indexed before. Returns how
 * many conversations were rebuilt.
 */
export async function rebuildPendingSearchIndexes(db: ShowWorkDatabase): Promise<number> {
  const markers = (await db.conversationWords.where(':id').startsWith(pendingPrefix).primaryKeys()) as string[];
  const byConversation = new Map<string, string[]>();
  for (const marker of markers) {
    const id = conversationOfMarker(marker);
    byConversation.set(id, [...(byConversation.get(id) ?? []), marker]);
  }
  let rebuilt = 0;
  for (const [conversationId, ofConversation] of byConversation) {
    const conversation = await db.conversations.get(conversationId);
    if (!conversation) {
      await db.conversationWords.bulkDelete(ofConversation);
      continue;
    }
    const turns = await db.turns.where('conversationId').equals(conversationId).toArray();
    const texts = [
      conversation.title,
      ...turns.flatMap((turn) => [turn.text, ...turn.previousVersions.map((v) => v.text)]),
    ];
    const [first, ...rest] = ofConversation;
    await indexSearchWords(db, conversationId, texts, first);
    if (rest.length > 0) await db.conversationWords.bulkDelete(rest);
    rebuilt++;
  }
  return rebuilt;
}
