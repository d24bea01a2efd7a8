import type { Table } from 'dexie';
import type { ShowWorkDatabase } from '../db/schema';
import type { ExtractedConversation, StoredConversation } from '../model/conversation';
import type { ExtractedTurn, Role, StoredTurn } from '../model/turn';
import { readMatchingTurnHashes, readTurnIdsByOrdinal } from '../db/turn-keys';
import { indexSearchWords, markSearchIndexPending } from '../db/search-index';
import { capturedContentOf, isTurnHidden, recomposeAfterCapture } from './apply-turn-fixes';
import { hashTurns } from './content-hash';

/**
 * A turn the page sent by its content hash, saying it is the turn stored at its place with that hash
 * (lib/content/send-with-references.ts): the merge checks that it is, and stores nothing if it is not.
 */
export interface TurnReference {
  role: Role;
  contentHash: string;
}

export type CapturedTurn = ExtractedTurn | TurnReference;

/** A captured conversation whose unchanged turns may be references to what is stored. */
export type CapturedConversation = Omit<ExtractedConversation, 'turns'> & { turns: CapturedTurn[] };

export const isTurnReference = (turn: CapturedTurn): turn is TurnReference => 'contentHash' in turn;

/** Turns sent by reference are not the stored turns at their places: the transaction is rolled back, nothing stored. */
export class StaleTurnReferenceError extends Error {
  override readonly name = 'StaleTurnReferenceError';
  constructor(
    /** The indexes (in the capture) of the references that do not hold: the page sends those turns whole. */
    readonly missing: number[],
  ) {
    super(`${missing.length} turns are not stored as referenced.`);
  }
}

export interface MergeOptions {
  /**
   * Index the capture's new words for search in a follow-up transaction, after the merge has committed, and hand
   * that work to this callback to start when it likes (the background starts it after answering the page): the
   * page hears "Captured" without waiting for the slowest step of a 300,000-word capture. The merge's own
   * transaction leaves a pending marker, so the index is rebuilt at start-up if that work never finished
   * (lib/db/search-index.ts). Without this option, indexing follows the merge before the promise resolves.
   */
  readonly deferSearchIndex?: (indexing: () => Promise<void>) => void;
  /**
   * Hashes the background already computed of some whole turns, by index (turns the page sent ahead in parts:
   * lib/background/staged-capture-parts.ts); those are not hashed again. Never the page's word for a hash.
   */
  readonly knownHashes?: readonly (string | undefined)[];
  /** Told when the whole turns are hashed and the transaction starts (the background's timing marks). */
  readonly onHashed?: () => void;
  /**
   * More work for the merge's own transaction when the capture makes a new conversation (the background makes its
   * first draft trace there: one commit instead of two). Awaited once the turns are hashed, before the transaction
   * starts; undefined, or a rejection, for none.
   */
  readonly withNewConversation?: Promise<NewConversationWork | undefined>;
}

/** Work done in the merge's transaction, once a new conversation and its turns are written. */
export interface NewConversationWork {
  /** The tables it writes or reads besides the conversations and turns: they join the transaction. */
  readonly tables: readonly Table[];
  /**
   * IndexedDB work only (anything else awaited would commit the transaction early). It must catch its own failures
   * of single requests: the capture is stored without it then. A failure it lets through aborts the capture.
   */
  run(conversation: StoredConversation, turns: readonly StoredTurn[]): Promise<void>;
}

export interface MergeResult {
  conversationId: string;
  turnCount: number;
  added: number;
  updated: number;
  unchanged: number;
  /**
   * The content hash of each captured turn, in the capture's order: the page sends these turns by reference next
   * time (lib/content/send-with-references.ts) without hashing anything itself.
   */
  contentHashes: string[];
}

/**
 * What the merge knows of the stored turns: each turn's id by ordinal, the content hash of those whose hash it
 * needs, the full records it will rewrite, and how many are hidden by the teacher's fixes.
 */
interface StoredTurnsView {
  idByOrdinal: Map<number, string>;
  hashById: Map<string, string>;
  /** Full records: every turn (full view) or only those the merge will rewrite (fetched on demand). */
  records: Map<string, StoredTurn>;
  hiddenCount: number;
  /** Every stored turn when they were all read (fixes can reach across turns then). */
  all?: StoredTurn[];
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
 * The conversation and its turns are written in one transaction (all or nothing); the promise resolves after it
 * commits. Unchanged turns are matched from the indexes' keys and never read or rewritten.
 */
export async function mergeCapturedConversation(
  db: ShowWorkDatabase,
  captured: CapturedConversation,
  now: number = Date.now(),
  options: MergeOptions = {},
): Promise<MergeResult> {
  // Hash before the transaction: awaiting crypto.subtle inside a Dexie transaction would commit it early. Turns
  // sent by reference carry the hash of the stored turn they stand for.
  const known = options.knownHashes ?? [];
  const toHash = captured.turns.flatMap((turn, i) => (isTurnReference(turn) || known[i] ? [] : [turn]));
  const computed = await hashTurns(toHash);
  let nextComputed = 0;
  const hashes = captured.turns.map((turn, i) =>
    isTurnReference(turn) ? turn.contentHash : (known[i] ?? computed[nextComputed++]!),
  );
  const withNew = await options.withNewConversation?.catch(() => undefined);
  options.onHashed?.();

  let toIndex: { conversationId: string; texts: string[]; marker: string } | undefined;
  const tables = [db.conversations, db.turns, db.conversationWords, ...(withNew?.tables ?? [])];
  const result = await db.transaction('rw', tables, async () => {
    const existing = await db.conversations
      .where('[site+externalId]')
      .equals([captured.site, captured.externalId])
      .first();
    const conversationId = existing?.id ?? crypto.randomUUID();
    // Selections are separate pieces of one page: each new one is appended, a repeated one is not stored twice.
    const isSelection = captured.site === 'selection';
    const stored: StoredTurnsView = existing
      ? await readStoredTurns(db, conversationId, existing.turnCount, hashes, isSelection)
      : { idByOrdinal: new Map(), hashById: new Map(), records: new Map(), hiddenCount: 0 };
    const storedCount = stored.idByOrdinal.size;

    const storedHashes = new Set(stored.hashById.values());
    const offset = isSelection ? storedCount : alignmentOffset(stored, hashes);

    // The turns whose content changed: their full records are needed to keep their old text and fixes.
    const changedIds = captured.turns.flatMap((_, index) => {
      const id = stored.idByOrdinal.get(offset + index);
      return !isSelection && id !== undefined && stored.hashById.get(id) !== hashes[index] ? [id] : [];
    });
    const missing = changedIds.filter((id) => !stored.records.has(id));
    if (missing.length > 0) {
      for (const turn of await db.turns.bulkGet(missing)) if (turn) stored.records.set(turn.id, turn);
    }

    const writes: StoredTurn[] = [];
    let added = 0;
    let updated = 0;
    let unchanged = 0;

    const staleReferences: number[] = [];
    captured.turns.forEach((turn, index) => {
      const contentHash = hashes[index]!;
      if (isSelection && isTurnReference(turn)) {
        staleReferences.push(index); // selections are sent whole
        return;
      }
      if (isSelection && storedHashes.has(contentHash)) {
        unchanged++;
        return;
      }
      const ordinal = isSelection ? offset + added : offset + index;
      const previousId = stored.idByOrdinal.get(ordinal);
      if (previousId !== undefined && stored.hashById.get(previousId) === contentHash) {
        unchanged++;
        return;
      }
      if (isTurnReference(turn)) {
        staleReferences.push(index);
        return;
      }
      const previous = previousId === undefined ? undefined : stored.records.get(previousId);
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

    // Throwing inside the transaction's callback aborts it: nothing of this capture is written.
    if (staleReferences.length > 0) throw new StaleTurnReferenceError(staleReferences);
    const written = writes.length > 0 ? recomposeAfterCapture(stored.all ?? [...stored.records.values()], writes) : [];
    if (written.length > 0) await db.turns.bulkPut(written);
    // Turns the teacher removed or merged away stay hidden through a capture: they don't count.
    const turnCount =
      (isSelection ? storedCount + added : Math.max(storedCount, offset + captured.turns.length)) - stored.hiddenCount;
    const conversation: StoredConversation = {
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
    };
    await db.conversations.put(conversation);
    if (!existing && withNew) await withNew.run(conversation, written);

    if (writes.length > 0 || !existing) {
      const marker = await markSearchIndexPending(db, conversationId);
      toIndex = { conversationId, texts: [captured.title, ...writes.map((turn) => turn.text)], marker };
    }

    return { conversationId, turnCount, added, updated, unchanged, contentHashes: hashes };
  });
  if (toIndex) {
    const { conversationId, texts, marker } = toIndex;
    const indexing = () => indexSearchWords(db, conversationId, texts, marker);
    if (options.deferSearchIndex) options.deferSearchIndex(indexing);
    else await indexing();
  }
  return result;
}

/**
 * The stored turns as the merge needs them. A conversation with no hidden turn (its stored turn count says so:
 * capture and every fix keep `turnCount` = stored turns − hidden ones) can have no merged turns either, so no fix
 * reaches from one turn to another: ids by ordinal and the hashes that match the capture come from the indexes'
 * keys, and only changed turns are read later. Otherwise, and for selections, every turn is read.
 */
async function readStoredTurns(
  db: ShowWorkDatabase,
  conversationId: string,
  storedTurnCount: number,
  capturedHashes: string[],
  isSelection: boolean,
): Promise<StoredTurnsView> {
  if (!isSelection) {
    const idByOrdinal = await readTurnIdsByOrdinal(db, conversationId);
    if (idByOrdinal.size === storedTurnCount) {
      const hashById = await readMatchingTurnHashes(db, capturedHashes, new Set(idByOrdinal.values()));
      return { idByOrdinal, hashById, records: new Map(), hiddenCount: 0 };
    }
  }
  const all = await db.turns
    .where('[conversationId+ordinal]')
    .between([conversationId, 0], [conversationId, Infinity])
    .toArray();
  return {
    idByOrdinal: new Map(all.map((turn) => [turn.ordinal, turn.id])),
    hashById: new Map(all.map((turn) => [turn.id, turn.contentHash])),
    records: new Map(all.map((turn) => [turn.id, turn])),
    hiddenCount: all.filter(isTurnHidden).length,
    all,
  };
}

/**
 * Where the captured turns start among the stored ones: 0, unless the page's first turn is a later stored turn
 * (the first one, by ordinal, with that content).
 */
function alignmentOffset(stored: StoredTurnsView, capturedHashes: string[]): number {
  const first = capturedHashes[0];
  const firstStoredId = stored.idByOrdinal.get(0);
  if (first === undefined || (firstStoredId !== undefined && stored.hashById.get(firstStoredId) === first)) return 0;
  let match: number | undefined;
  for (const [ordinal, id] of stored.idByOrdinal) {
    if (stored.hashById.get(id) === first && (match === undefined || ordinal < match)) match = ordinal;
  }
  return match ?? 0;
}
