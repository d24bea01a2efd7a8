import { beforeEach, describe, expect, test } from 'vitest';
import { ShowWorkDatabase } from '@/lib/db/schema';
import { mergeCapturedConversation } from '@/lib/capture/merge-capture';
import { getConversationTurns, searchConversationIds } from '@/lib/db/conversations';
import type { ExtractedConversation } from '@/lib/model/conversation';

let db: ShowWorkDatabase;
beforeEach(async () => {
  db = new ShowWorkDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
});

const conversation = (
  turns: ['user' | 'assistant', string][],
  extra: Partial<ExtractedConversation> = {},
): ExtractedConversation => ({
  site: 'chatgpt',
  externalId: 'c-1',
  url: 'https://chatgpt.com/c/c-1',
  title: 'Fractions lesson',
  turns: turns.map(([role, text]) => ({ role, text, markdown: text })),
  ...extra,
});

describe('mergeCapturedConversation', () => {
  test('stores a new conversation with ordered turns', async () => {
    const result = await mergeCapturedConversation(
      db,
      conversation([
        ['user', 'Plan a lesson'],
        ['assistant', 'Here is a plan'],
      ]),
    );
    expect(result).toMatchObject({ turnCount: 2, added: 2, updated: 0, unchanged: 0 });
    const turns = await getConversationTurns(db, result.conversationId);
    expect(turns.map((t) => [t.ordinal, t.role, t.text])).toEqual([
      [0, 'user', 'Plan a lesson'],
      [1, 'assistant', 'Here is a plan'],
    ]);
    expect((await db.conversations.get(result.conversationId))?.title).toBe('Fractions lesson');
  });

  test('capturing the same page again adds nothing', async () => {
    const page = conversation([
      ['user', 'A'],
      ['assistant', 'B'],
    ]);
    const first = await mergeCapturedConversation(db, page);
    const second = await mergeCapturedConversation(db, page);
    expect(second).toMatchObject({ conversationId: first.conversationId, added: 0, updated: 0, unchanged: 2 });
    expect(await db.turns.count()).toBe(2);
    expect(await db.conversations.count()).toBe(1);
  });

  test('a regenerated answer is updated and the old text kept', async () => {
    const first = await mergeCapturedConversation(
      db,
      conversation([
        ['user', 'A'],
        ['assistant', 'Old answer'],
      ]),
    );
    const second = await mergeCapturedConversation(
      db,
      conversation([
        ['user', 'A'],
        ['assistant', 'New answer'],
        ['user', 'Thanks'],
      ]),
    );
    expect(second).toMatchObject({ added: 1, updated: 1, unchanged: 1, turnCount: 3 });
    const turns = await getConversationTurns(db, first.conversationId);
    expect(turns[1]!.text).toBe('New answer');
    expect(turns[1]!.previousVersions.map((v) => v.text)).toEqual(['Old answer']);
  });

  test('turns the page no longer shows are kept; a page showing only later turns aligns to them', async () => {
    const first = await mergeCapturedConversation(
      db,
      conversation([
        ['user', 'A'],
        ['assistant', 'B'],
        ['user', 'C'],
        ['assistant', 'D'],
      ]),
    );
    const later = await mergeCapturedConversation(
      db,
      conversation([
        ['user', 'C'],
        ['assistant', 'D'],
        ['user', 'E'],
      ]),
    );
    expect(later).toMatchObject({ added: 1, updated: 0, unchanged: 2, turnCount: 5 });
    const turns = await getConversationTurns(db, first.conversationId);
    expect(turns.map((t) => t.text)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  test('the same conversation id on another site is another conversation', async () => {
    await mergeCapturedConversation(db, conversation([['user', 'A']]));
    await mergeCapturedConversation(
      db,
      conversation([['user', 'A']], { site: 'claude', url: 'https://claude.ai/chat/c-1' }),
    );
    expect(await db.conversations.count()).toBe(2);
  });

  test('selections append to the page conversation, without repeating one already captured', async () => {
    const page = {
      site: 'selection' as const,
      externalId: 'https://example.org/a',
      url: 'https://example.org/a',
      title: 'A page',
    };
    await mergeCapturedConversation(db, { ...page, turns: [{ role: 'user', text: 'first', markdown: 'first' }] });
    await mergeCapturedConversation(db, {
      ...page,
      turns: [{ role: 'assistant', text: 'second', markdown: 'second' }],
    });
    const again = await mergeCapturedConversation(db, {
      ...page,
      turns: [{ role: 'user', text: 'first', markdown: 'first' }],
    });
    expect(again).toMatchObject({ added: 0, unchanged: 1, turnCount: 2 });
    const turns = await getConversationTurns(db, again.conversationId);
    expect(turns.map((t) => [t.ordinal, t.role, t.text])).toEqual([
      [0, 'user', 'first'],
      [1, 'assistant', 'second'],
    ]);
  });

  test('the search index finds conversations by words in titles and turns', async () => {
    const fractions = await mergeCapturedConversation(db, conversation([['user', 'Explain photosynthesis simply']]));
    await mergeCapturedConversation(
      db,
      conversation([['user', 'Write a poem']], { externalId: 'c-2', title: 'Poetry' }),
    );
    expect(await searchConversationIds(db, 'photo')).toEqual(new Set([fractions.conversationId]));
    expect(await searchConversationIds(db, 'FRACTIONS lesson')).toEqual(new Set([fractions.conversationId]));
    expect(await searchConversationIds(db, 'poem photosynthesis')).toEqual(new Set());
    expect(await searchConversationIds(db, '  ')).toBeUndefined();
  });

  test('a failing write rolls back everything (one transaction)', async () => {
    await db.conversationWords.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(mergeCapturedConversation(db, conversation([['user', 'A']]))).rejects.toThrow('disk full');
    expect(await db.turns.count()).toBe(0);
    expect(await db.conversations.count()).toBe(0);
  });
});
