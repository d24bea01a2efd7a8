import type { ShowWorkDatabase } from '../db/schema';
import type { ExtractedConversation } from '../model/conversation';
import type { StoredTurn } from '../model/turn';
import { capturedContentOf, isTurnHidden, recomposeAfterCapture } from './apply-turn-fixes';
import { hashTurn } from './content-hash';
import { collectSearchWords } from './search-words';

export interface MergeOptions {
  /**
   * Index the capture's new words for search in a follow-up transaction, after the merge has committed, and hand
   * that work to this callback instead of waiting for it: the page hears "Captured" without waiting for the
   * slowest step of a 300,000-word capture. Without it, indexing is part of the one merge transaction.
   */
  readonly deferSearchIndex?: (indexing: Promise<void>) => void;
}

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
 * Everything is written in one transaction; the promise resolves after it commits (the search index too, unless
 * `options.deferSearchIndex` moves it to a follow-up transaction).
 */
export async function mergeCapturedConversation(
  db: ShowWorkDatabase,
  captured: ExtractedConversation,
  now: number = Date.now(),
  options: MergeOptions = {},
): Promise<MergeResult> {
  // Hash before the transaction: awaiting crypto.subtle inside a Dexie transaction would commit it early.
  const hashes = await Promise.all(captured.turns.map(hashTurn));

  let wordsToIndex: { conversationId: string; texts: string[] } | undefined;
  const result = await db.transaction('rw', db.conversations, db.turns, db.conversationWords, async () => {
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
        // The new captured content replaces the old captured content; the teacher's fix stays and is
        // re-applied below (recomposeAfterCapture), so a re-capture never silently undoes it.
        const { captured: _fixedView, ...kept } = previous;
        const old = capturedContentOf(previous);
        writes.push({
          ...kept,
          role: turn.role,
          text: turn.text,
          markdown: turn.markdown,
          contentHash,
          updatedAt: now,
          previousVersions: [
            ...previous.previousVersions,
            { text: old.text, markdown: old.markdown, contentHash: previous.contentHash, replacedAt: now },
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

    if (writes.length > 0) await db.turns.bulkPut(recomposeAfterCapture(storedTurns, writes));
    // Turns the teacher removed or merged away stay hidden through a capture: they don't count.
    const hiddenCount = storedTurns.filter(isTurnHidden).length;
    const turnCount =
      (isSelection ? storedTurns.length + added : Math.max(storedTurns.length, offset + captured.turns.length)) -
      hiddenCount;
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
      const texts = [captured.title, ...writes.map((turn) => turn.text)];
      if (options.deferSearchIndex) wordsToIndex = { conversationId, texts };
      else await indexSearchWords(db, conversationId, texts);
    }

    return { conversationId, turnCount, added, updated, unchanged };
  });
  if (wordsToIndex && options.deferSearchIndex) {
    const { conversationId, texts } = wordsToIndex;
    options.deferSearchIndex(
      db.transaction('rw', db.conversationWords, () => indexSearchWords(db, conversationId, texts)),
    );
  }
  return result;
}

/** Adds the words of `texts` to the conversation's search index (inside the caller's transaction). */
async function indexSearchWords(db: ShowWorkDatabase, conversationId: string, texts: string[]): Promise<void> {
  const indexed = await db.conversationWords.get(conversationId);
  const words = collectSearchWords(texts, new Set(indexed?.words ?? []));
  await db.conversationWords.put({ conversationId, words: [...words] });
}

/** Where the captured turns start among the stored ones: 0, unless the page's first turn is a later stored turn. */
function alignmentOffset(storedTurns: StoredTurn[], capturedHashes: string[]): number {
  const first = capturedHashes[0];
  if (first === undefined || storedTurns[0]?.contentHash === first) return 0;
  const match = storedTurns.find((turn) => turn.contentHash === first);
  return match ? match.ordinal : 0;
}
