import { beforeEach, describe, expect, test } from 'vitest';
import { ShowWorkDatabase } from '@/lib/db/schema';
import { mergeCapturedConversation } from '@/lib/capture/merge-capture';
import { collectSearchWords } from '@/lib/capture/search-words';
import { searchConversationIds } from '@/lib/db/conversations';
import type { ExtractedConversation } from '@/lib/model/conversation';

let db: ShowWorkDatabase;
beforeEach(async () => {
  db = new ShowWorkDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
});

const conversation = (texts: string[], title = 'Fractions lesson'): ExtractedConversation => ({
  site: 'chatgpt',
  externalId: 'c-1',
  url: 'https://chatgpt.com/c/c-1',
  title,
  turns: texts.map((text, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', text, markdown: text })),
});

describe('search indexing after the merge commits (deferSearchIndex)', () => {
  test('the merge resolves with its turns stored; the index follows in its own transaction', async () => {
    const deferred: Promise<void>[] = [];
    const result = await mergeCapturedConversation(
      db,
      conversation(['Explain photosynthesis', 'Plants use light']),
      1,
      {
        deferSearchIndex: (indexing) => deferred.push(indexing()),
      },
    );
    expect(result).toMatchObject({ turnCount: 2, added: 2 });
    expect(await db.turns.count()).toBe(2);
    expect(deferred).toHaveLength(1);
    await deferred[0];
    expect(await searchConversationIds(db, 'photo light')).toEqual(new Set([result.conversationId]));
    expect(await searchConversationIds(db, 'fractions')).toEqual(new Set([result.conversationId]));
  });

  test('the same words as indexing inside the merge, and none queued for an unchanged re-capture', async () => {
    const texts = ['Compare ¾ and 0.75, l’élève', 'Ünïcödé words — co-operate, café'];
    const inline = await mergeCapturedConversation(db, conversation(texts, 'Inline'));
    const deferred: Promise<void>[] = [];
    const other = new ShowWorkDatabase(`test-${crypto.randomUUID()}`);
    await other.open();
    const later = await mergeCapturedConversation(other, conversation(texts, 'Inline'), 1, {
      deferSearchIndex: (indexing) => deferred.push(indexing()),
    });
    await Promise.all(deferred);
    expect((await other.conversationWords.get(later.conversationId))?.words).toEqual(
      (await db.conversationWords.get(inline.conversationId))?.words,
    );
    await mergeCapturedConversation(other, conversation(texts, 'Inline'), 2, {
      deferSearchIndex: (indexing) => deferred.push(indexing()),
    });
    expect(deferred).toHaveLength(1);
  });
});

describe('collectSearchWords', () => {
  test('splitting at whitespace first finds exactly the words of matching the whole lower-cased text', () => {
    const text =
      "Ünïcödé  'quoted' co-operate -- l’élève ΟΔΟΣ 3½ x² e\u0301t\u00e9 naïve\tTAB\nline 1,000 words… again AGAIN again";
    const wholeText = new Set(
      [...text.toLocaleLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)].map((m) => m[0]),
    );
    expect([...collectSearchWords([text])]).toEqual([...wholeText]);
  });
});
