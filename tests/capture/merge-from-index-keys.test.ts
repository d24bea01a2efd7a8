import { beforeEach, describe, expect, test, vi } from 'vitest';
import { ShowWorkDatabase } from '@/lib/db/schema';
import { mergeCapturedConversation } from '@/lib/capture/merge-capture';
import { getConversationTurns, searchConversationIds } from '@/lib/db/conversations';
import { fixTurn } from '@/lib/db/turn-fixes';
import { rebuildPendingSearchIndexes } from '@/lib/db/search-index';
import type { ExtractedConversation } from '@/lib/model/conversation';

let db: ShowWorkDatabase;
beforeEach(async () => {
  db = new ShowWorkDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
});

const page = (texts: string[], title = 'Fractions lesson'): ExtractedConversation => ({
  site: 'chatgpt',
  externalId: 'c-1',
  url: 'https://chatgpt.com/c/c-1',
  title,
  turns: texts.map((text, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', text, markdown: `**${text}**` })),
});

const texts = (n: number, changed = new Map<number, string>()) =>
  Array.from({ length: n }, (_, i) => changed.get(i) ?? `turn ${i} about fractions`);

/** Counts turn records read from IndexedDB and turn writes, from Dexie's hooks. */
function watchTurns() {
  const reads = vi.fn();
  const writes = vi.fn();
  db.turns.hook('reading', (turn) => {
    reads();
    return turn;
  });
  db.turns.hook('creating', () => void writes());
  db.turns.hook('updating', () => void writes());
  return { reads, writes };
}

describe('re-capture from the indexes: unchanged turns are neither read nor rewritten', () => {
  test('the same 60-turn page again reads no turn record and writes none', async () => {
    await mergeCapturedConversation(db, page(texts(60)));
    const { reads, writes } = watchTurns();
    const again = await mergeCapturedConversation(db, page(texts(60)), 2);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 60, turnCount: 60 });
    expect(reads).not.toHaveBeenCalled();
    expect(writes).not.toHaveBeenCalled();
  });

  test('only the changed turn is read and rewritten; its old text is kept and new turns are added', async () => {
    const first = await mergeCapturedConversation(db, page(texts(60)), 1);
    const { reads, writes } = watchTurns();
    const again = await mergeCapturedConversation(db, page(texts(62, new Map([[41, 'a regenerated answer']]))), 2);
    expect(again).toMatchObject({ added: 2, updated: 1, unchanged: 59, turnCount: 62 });
    expect(reads).toHaveBeenCalledTimes(1);
    expect(writes).toHaveBeenCalledTimes(3);
    const turns = await getConversationTurns(db, first.conversationId);
    expect(turns).toHaveLength(62);
    expect(turns[41]).toMatchObject({ text: 'a regenerated answer', updatedAt: 2 });
    expect(turns[41]!.previousVersions.map((v) => v.text)).toEqual(['turn 41 about fractions']);
    expect(turns[40]).toMatchObject({ updatedAt: 1 });
  });

  test("a role the teacher fixed stays fixed when that turn's content changes", async () => {
    const first = await mergeCapturedConversation(db, page(['Plan a lesson', 'Here is a plan', 'Thanks']));
    const [, answer] = await getConversationTurns(db, first.conversationId);
    await fixTurn(db, first.conversationId, { kind: 'switch-role', turnId: answer!.id });
    const again = await mergeCapturedConversation(db, page(['Plan a lesson', 'Here is a better plan', 'Thanks']));
    expect(again).toMatchObject({ updated: 1, unchanged: 2, turnCount: 3 });
    const turns = await getConversationTurns(db, first.conversationId);
    expect(turns[1]).toMatchObject({ role: 'user', text: 'Here is a better plan', fix: { role: 'user' } });
    expect(turns[1]!.captured).toMatchObject({ role: 'assistant' });
  });

  test('a page that scrolled its early turns away aligns on the first stored turn with that content', async () => {
    // "C" (a prompt) is stored twice, at ordinals 2 and 4: the page starts at the first of them.
    const first = await mergeCapturedConversation(db, page(['X', 'Y', 'C', 'Y', 'C', 'D']));
    const later = await mergeCapturedConversation(db, page(['C', 'Y', 'C', 'D', 'E', 'F']));
    expect(later).toMatchObject({ added: 2, updated: 0, unchanged: 4, turnCount: 8 });
    expect((await getConversationTurns(db, first.conversationId)).map((t) => t.text)).toEqual([
      'X',
      'Y',
      'C',
      'Y',
      'C',
      'D',
      'E',
      'F',
    ]);
  });

  test('with a hidden turn, every turn is read, so the count and merged turns stay right', async () => {
    const first = await mergeCapturedConversation(db, page(['Plan', 'Banner', 'Answer', 'Thanks']));
    const banner = (await getConversationTurns(db, first.conversationId))[1]!;
    await fixTurn(db, first.conversationId, { kind: 'remove', turnId: banner.id });
    const again = await mergeCapturedConversation(db, page(['Plan', 'Banner', 'Answer', 'Thanks', 'More']));
    expect(again).toMatchObject({ added: 1, unchanged: 4, turnCount: 4 });
  });
});

describe('the search index after a capture', () => {
  test('a capture whose indexing never ran (the worker stopped) is searchable after the start-up rebuild', async () => {
    const lost: (() => Promise<void>)[] = [];
    const result = await mergeCapturedConversation(db, page(['Explain photosynthesis', 'Plants use light']), 1, {
      deferSearchIndex: (indexing) => lost.push(indexing),
    });
    expect(await searchConversationIds(db, 'photosynthesis')).toEqual(new Set());
    expect(await rebuildPendingSearchIndexes(db)).toBe(1);
    expect(await searchConversationIds(db, 'photosynthesis fractions')).toEqual(new Set([result.conversationId]));
    // Nothing is left pending: the next start-up has nothing to do, and search never matches a marker.
    expect(await rebuildPendingSearchIndexes(db)).toBe(0);
    expect((await db.conversationWords.toArray()).map((row) => row.conversationId)).toEqual([result.conversationId]);
  });

  test('indexing that did run leaves nothing pending; a deleted conversation only drops its marker', async () => {
    const deferred: Promise<void>[] = [];
    await mergeCapturedConversation(db, page(['Explain photosynthesis']), 1, {
      deferSearchIndex: (indexing) => deferred.push(indexing()),
    });
    await Promise.all(deferred);
    expect(await rebuildPendingSearchIndexes(db)).toBe(0);

    const gone = await mergeCapturedConversation(db, { ...page(['Poems']), externalId: 'c-2' }, 1, {
      deferSearchIndex: () => undefined,
    });
    await db.conversations.delete(gone.conversationId);
    expect(await rebuildPendingSearchIndexes(db)).toBe(0);
    expect(await db.conversationWords.count()).toBe(1);
  });
});
