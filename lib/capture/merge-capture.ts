import type { ShowWorkDatabase } from '../db/schema';
import type { ExtractedConversation } from '../model/conversation';
import type { StoredTurn } from '../model/turn';
import { hashTurn } from './content-hash';
import { collectSearchWords } from './search-words';

export interface MergeResult {
  conversationId: string;
  turnCount: number;
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Stores a captured conversation, merging with what is already stored for the same site and conversation id.
 *
 * - Capturing the same page twice writes nothing new (turns are matched by place and content hash).
 * - A turn whose content changed (a regenerated or edited answer) is updated; its old text is kept in
 *   `previousVersions`, never lost.
 * - Stored turns the page no longer shows are kept: long chats load early turns lazily, so absence
 *   on the page is not deletion. When the page's first turn matches a later stored turn, the capture is
 *   aligned there (the page scrolled its early turns out of the DOM).
 *
 * Everything is written in one transaction; the promise resolves after it commits.
 */
export async function mergeCapturedConversation(
  db: ShowWorkDatabase,
  captured: ExtractedConversation,
  now: number = Date.now(),
): Promise<MergeResult> {
  // Hash before the transaction: awaiting crypto.subtle inside a Dexie transaction would commit it early.
  const hashes = await Promise.all(captured.turns.map(hashTurn));

  return db.transaction('rw', db.conversations, db.turns, db.conversationWords, async () => {
    const existing = await db.conversations
      .where('[site+externalId]')
      .equals([captured.site, captured.externalId])
      .first();
    const conversationId = existing?.id ?? crypto.randomUUID();
    const storedTurns = existing
      ? await db.turns
          .where('[conversationId+ordinal]')
          .between([conversationId, 0], [conversationId, Infinity])
          .toArray()
      : [];

    // Selections are separate pieces of one page: each new one is appended, a repeated one is not stored twice.
    const isSelection = captured.site === 'selection';
    const storedHashes = new Set(storedTurns.map((turn) => turn.contentHash));
    const offset = isSelection ? storedTurns.length : alignmentOffset(storedTurns, hashes);
    const byOrdinal = new Map(storedTurns.map((turn) => [turn.ordinal, turn]));
    const writes: StoredTurn[] = [];
    let added = 0;
    let updated = 0;
    let unchanged = 0;

    captured.turns.forEach((turn, index) => {
      const contentHash = hashes[index]!;
      if (isSelection && storedHashes.has(contentHash)) {
        unchanged++;
        return;
      }
      const ordinal = isSelection ? offset + added : offset + index;
      const previous = byOrdinal.get(ordinal);
      if (previous?.contentHash === contentHash) {
        unchanged++;
        return;
      }
      if (previous) {
        updated++;
        writes.push({
          ...previous,
          role: turn.role,
          text: turn.text,
          markdown: turn.markdown,
          contentHash,
          updatedAt: now,
          previousVersions: [
            ...previous.previousVersions,
            { text: previous.text, markdown: previous.markdown, contentHash: previous.contentHash, replacedAt: now },
          ],
        });
        return;
      }
      added++;
      writes.push({
        id: crypto.randomUUID(),
        conversationId,
        ordinal,
        role: turn.role,
        text: turn.text,
        markdown: turn.markdown,
        contentHash,
        capturedAt: now,
        updatedAt: now,
        previousVersions: [],
      });
    });

    if (writes.length > 0) await db.turns.bulkPut(writes);
    const turnCount = isSelection
      ? storedTurns.length + added
      : Math.max(storedTurns.length, offset + captured.turns.length);
    await db.conversations.put({
      id: conversationId,
      site: captured.site,
      externalId: captured.externalId,
      url: captured.url,
      title: captured.title || existing?.title || '',
      ...((captured.model ?? existing?.model) ? { model: captured.model ?? existing?.model } : {}),
      turnCount,
      firstCapturedAt: existing?.firstCapturedAt ?? now,
      lastCapturedAt: now,
      ...(captured.reader ? { reader: captured.reader } : {}),
    });

    if (writes.length > 0 || !existing) {
      const indexed = await db.conversationWords.get(conversationId);
      const words = collectSearchWords(
        [captured.title, ...writes.map((turn) => turn.text)],
        new Set(indexed?.words ?? []),
      );
      await db.conversationWords.put({ conversationId, words: [...words] });
    }

    return { conversationId, turnCount, added, updated, unchanged };
  });
}

/** Where the captured turns start among the stored ones: 0, unless the page's first turn is a later stored turn. */
function alignmentOffset(storedTurns: StoredTurn[], capturedHashes: string[]): number {
  const first = capturedHashes[0];
  if (first === undefined || storedTurns[0]?.contentHash === first) return 0;
  const match = storedTurns.find((turn) => turn.contentHash === first);
  return match ? match.ordinal : 0;
}
