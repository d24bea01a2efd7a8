import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { getDatabase } from '@/lib/db/schema';
import { handleContentMessage } from '@/lib/background/handle-capture-message';
import { mergeCapturedConversation } from '@/lib/capture/merge-capture';
import { learnWhatTheLibraryHolds, sendWithReferences } from '@/lib/content/send-with-references';
import { learnStoredTurns } from '@/lib/content/library-turns';
import { StoredTurnHashes } from '@/lib/content/stored-turn-hashes';
import { hashTurns } from '@/lib/capture/content-hash';
import type { SiteAdapter } from '@/lib/adapters/types';
import type { ExtractedConversation } from '@/lib/model/conversation';
import type { StoredTurnsResponse, StoredTurnSummary } from '@/lib/messaging/protocol';

// A page loaded anew (a reload, another tab) learns from the worker what the library holds of its conversation and
// sends those turns by reference, as the page that captured them would. Real database code (fake-indexeddb), the
// real handler, the real page side.

const url = 'https://claude.ai/chat/anew';
const sender = { id: fakeBrowser.runtime.id, url, tab: { id: 5 } as never };

const conversation = (texts: string[], externalId = 'anew'): ExtractedConversation => ({
  site: 'claude',
  externalId,
  url,
  title: 'Loaded anew',
  turns: texts.map((text, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', text, markdown: `**${text}**` })),
});

/** Only what learnWhatTheLibraryHolds asks of an adapter: the conversation's id from the URL. */
const adapter = {
  id: 'claude',
  conversationIdOf: (page: URL) => page.pathname.split('/').at(-1),
} as unknown as SiteAdapter;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  await getDatabase().delete();
  await getDatabase().open();
});

/** Routes the page's messages to the real worker handler and records each capture's turns as 'r' or 'w'. */
function routeToWorker(): string[] {
  const captures: string[] = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
    const turns = (message as { conversation?: { turns: object[] } }).conversation?.turns;
    if (turns) captures.push(turns.map((turn) => ('contentHash' in turn ? 'r' : 'w')).join(''));
    return handleContentMessage(message, sender);
  }) as never);
  return captures;
}

const storedTurnsOf = async (externalId: string, from = sender) =>
  (await handleContentMessage({ type: 'content→background:stored-turns', site: 'claude', externalId }, from)) as
    StoredTurnsResponse | { ok: false; code: string };

describe('the worker', () => {
  test('answers each stored turn’s role, hash and lengths as captured, in order; none for a conversation it lacks', async () => {
    const texts = ['Plan a lesson', 'Here is a plan', 'Shorter'];
    await mergeCapturedConversation(getDatabase(), conversation(texts));
    const hashes = await hashTurns(conversation(texts).turns);
    expect(await storedTurnsOf('anew')).toEqual({
      turns: texts.map((text, i) => ({
        role: i % 2 === 0 ? 'user' : 'assistant',
        contentHash: hashes[i],
        markdownLength: text.length + 4,
        textLength: text.length,
      })),
    });
    expect(await storedTurnsOf('never-captured')).toEqual({ turns: [] });
  });

  test('a turn the teacher fixed is described as captured, which is what its hash is of', async () => {
    await mergeCapturedConversation(getDatabase(), conversation(['Plan a lesson', 'Here is a plan']));
    const first = (await getDatabase().turns.toArray()).find((turn) => turn.ordinal === 0);
    await getDatabase().turns.update(first!.id, {
      text: 'Plan a lesson for Year 5, edited',
      markdown: 'Plan a lesson for Year 5, edited',
      captured: { role: 'user', text: 'Plan a lesson', markdown: '**Plan a lesson**' },
    });
    const answer = (await storedTurnsOf('anew')) as StoredTurnsResponse;
    expect(answer.turns[0]).toMatchObject({ markdownLength: 17, textLength: 13 });
  });

  test('a page of another site learns nothing of this site’s conversations', async () => {
    await mergeCapturedConversation(getDatabase(), conversation(['Plan a lesson', 'Here is a plan']));
    const elsewhere = { ...sender, url: 'https://chatgpt.com/c/anew' };
    expect(await storedTurnsOf('anew', elsewhere)).toMatchObject({ ok: false, code: 'invalid-message' });
  });
});

describe('a page loaded anew', () => {
  test('sends the turns the library holds by reference, the new one whole; the worker stores it', async () => {
    const texts = ['Fractions, please', 'Halves and quarters', 'And thirds?', 'Thirds too'];
    await mergeCapturedConversation(getDatabase(), conversation(texts));
    const captures = routeToWorker();
    // New objects, as a reloaded page reads them, with one follow-up the library lacks.
    const page = conversation([...texts, 'One more question']);
    await learnWhatTheLibraryHolds(adapter, page.turns, () => true, new URL(url));
    const response = await sendWithReferences('button', page, page.turns);
    expect(response).toMatchObject({ ok: true, added: 1, unchanged: 4 });
    expect(captures).toEqual(['rrrrw']);
  });

  test('without learning first, the same page sends every turn whole (what a reload cost before)', async () => {
    const texts = ['Decimals, please', 'Tenths and hundredths'];
    await mergeCapturedConversation(getDatabase(), conversation(texts));
    const captures = routeToWorker();
    const page = conversation(texts);
    await sendWithReferences('button', page, page.turns);
    expect(captures).toEqual(['ww']);
  });

  test('a conversation the library lacks: nothing is hashed, the capture goes whole', async () => {
    const captures = routeToWorker();
    const digest = vi.spyOn(crypto.subtle, 'digest');
    const page = conversation(['Percentages, please', 'Per hundred'], 'not-stored');
    await learnWhatTheLibraryHolds(adapter, page.turns, () => true, new URL('https://claude.ai/chat/not-stored'));
    expect(digest).not.toHaveBeenCalled();
    await sendWithReferences('button', page, page.turns);
    expect(captures).toEqual(['ww']);
  });
});

describe('learnStoredTurns', () => {
  const summaryOf = async (turn: ExtractedConversation['turns'][number]): Promise<StoredTurnSummary> => ({
    role: turn.role,
    contentHash: (await hashTurns([turn]))[0]!,
    markdownLength: turn.markdown.length,
    textLength: turn.text.length,
  });

  test('hashes only turns shaped like a stored one, and notes only those whose hash is stored', async () => {
    const stored = conversation(['Ratio tables', 'A ratio table']).turns;
    const summaries = await Promise.all(stored.map(summaryOf));
    const page = [
      { ...stored[0]! },
      // Same role and lengths as the stored answer, other content: hashed, not noted.
      { role: 'assistant' as const, text: 'A ratio tablE', markdown: '**A ratio tablE**' },
      // Still being written: no stored turn has its lengths, so it is not hashed.
      { role: 'assistant' as const, text: 'A ratio table and mo', markdown: '**A ratio table and mo**' },
    ];
    const confirmed = new StoredTurnHashes();
    const digest = vi.spyOn(crypto.subtle, 'digest');
    expect(await learnStoredTurns(page, summaries, confirmed, () => true)).toBe(1);
    expect(digest).toHaveBeenCalledTimes(2);
    expect(page.map((turn) => confirmed.hashOf(turn))).toEqual([summaries[0]!.contentHash, undefined, undefined]);
  });

  test('stops between batches once the reading is out of date', async () => {
    // Two turns of ~300,000 characters each (text and Markdown): a batch each.
    const long = 'x'.repeat(150_000);
    const stored = conversation([long, `${long}y`]).turns;
    const summaries = await Promise.all(stored.map(summaryOf));
    const confirmed = new StoredTurnHashes();
    let isWanted = true;
    const digest = vi.spyOn(crypto.subtle, 'digest').mockImplementation(async (...args) => {
      isWanted = false; // the page changed while the first batch was hashed
      digest.mockRestore();
      return crypto.subtle.digest(...args);
    });
    expect(await learnStoredTurns(stored, summaries, confirmed, () => isWanted)).toBe(1);
    expect(confirmed.hashOf(stored[1]!)).toBeUndefined();
  });
});
