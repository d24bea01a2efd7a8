import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage } from '@/lib/background/handle-capture-message';
import { getDatabase } from '@/lib/db/schema';
import { textAsMarkdownPieces, type TextPieces } from '@/lib/messaging/text-from-markdown';
import { hashTurns } from '@/lib/capture/content-hash';
import { limits } from '@/lib/model/turn';

const url = 'https://claude.ai/chat/abc';
const sender = { id: fakeBrowser.runtime.id, url, tab: { id: 7 } as never };
const turns = [
  { role: 'user' as const, text: 'Plan a fractions lesson', markdown: 'Plan a fractions lesson' },
  {
    role: 'assistant' as const,
    text: 'Lesson plan\n\nStart with halves and quarters.',
    markdown: '### Lesson plan\n\nStart with **halves** and *quarters*.',
  },
];
const capture = (wireTurns: unknown[]) => ({
  type: 'content→background:capture-conversation',
  trigger: 'button',
  conversation: { site: 'claude', externalId: 'abc', url, title: 'T', turns: wireTurns },
});

beforeEach(async () => {
  await getDatabase().delete();
  await getDatabase().open();
});

describe('a capture whose texts come as pieces of the Markdown', () => {
  test('stores exactly the texts the page read, with the same content hashes as texts sent whole', async () => {
    const wire = turns.map(({ role, text, markdown }) => ({
      role,
      markdown,
      textPieces: textAsMarkdownPieces(text, markdown),
    }));
    expect(await handleContentMessage(capture(wire), sender)).toMatchObject({ ok: true, added: 2 });
    const stored = (await getDatabase().turns.toArray()).sort((a, b) => a.ordinal - b.ordinal);
    expect(stored.map(({ role, text, markdown }) => ({ role, text, markdown }))).toEqual(turns);
    expect(stored.map((turn) => turn.contentHash)).toEqual(await hashTurns(turns));

    // The same page captured again with whole texts (an older content script) changes nothing.
    expect(await handleContentMessage(capture(turns), sender)).toMatchObject({ ok: true, added: 0, unchanged: 2 });
  });

  test.each([
    ['a range outside the Markdown', { ranges: [0, 999], literals: '' }],
    [
      'pieces that would build a text over the size limit',
      { ranges: Array.from({ length: 3 }, () => [0, 1_000_000]).flat(), literals: '' },
    ],
  ] satisfies [string, TextPieces][])('%s: refused, nothing stored', async (_name, textPieces) => {
    const markdown = 'm'.repeat(1_000_000);
    const wire = [
      turns[0],
      { role: 'assistant', markdown: _name.startsWith('a range') ? 'short' : markdown, textPieces },
    ];
    expect(limits.maxTurnChars).toBeLessThan(3_000_000);
    expect(await handleContentMessage(capture(wire), sender)).toMatchObject({ ok: false, code: 'invalid-message' });
    expect(await getDatabase().turns.count()).toBe(0);
    expect(await getDatabase().conversations.count()).toBe(0);
  });

  test.each([
    ['a string among the ranges', { ranges: [0, '5'], literals: '' }],
    ['a null among the ranges (NaN or Infinity as JSON)', { ranges: [0, null], literals: '' }],
    ['a fractional range', { ranges: [0, 2.5], literals: '' }],
    ['ranges that are not an array', { ranges: '0,5', literals: '' }],
  ])('%s: refused, nothing stored', async (_name, textPieces) => {
    const wire = [turns[0], { role: 'assistant', markdown: 'a short answer', textPieces }];
    expect(await handleContentMessage(capture(wire), sender)).toMatchObject({ ok: false, code: 'invalid-message' });
    expect(await getDatabase().turns.count()).toBe(0);
  });

  test('a turn with neither a text nor pieces is refused', async () => {
    const wire = [{ role: 'user', markdown: 'hi' }];
    expect(await handleContentMessage(capture(wire), sender)).toMatchObject({ ok: false, code: 'invalid-message' });
    expect(await getDatabase().turns.count()).toBe(0);
  });
});
