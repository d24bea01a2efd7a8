import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { getDatabase } from '@/lib/db/schema';
import { handleContentMessage } from '@/lib/background/handle-capture-message';
import { hashTurns } from '@/lib/capture/content-hash';
import { getConversationTurns } from '@/lib/db/conversations';
import { readAheadAtClick, sendWithReferences } from '@/lib/content/send-with-references';
import { TurnReadingCache } from '@/lib/content/turn-reading-cache';
import { adapters } from '@/lib/adapters/registry';
import { parseFixture } from '../adapters/fixture-files';
import { generateConversationHtml } from '../fixtures/generate-conversation';
import { textAsMarkdownPieces } from '@/lib/messaging/text-from-markdown';
import type { ExtractedConversation } from '@/lib/model/conversation';
import type { ExtractedTurn } from '@/lib/model/turn';

// A long capture's whole turns go ahead in parts at the click; the worker rebuilds and hashes each as it comes and
// the capture message names them. These tests use the real handler and database code (fake-indexeddb).

const url = 'https://claude.ai/chat/parts';
const sender = (tab = 3, frameId = 0) => ({ id: fakeBrowser.runtime.id, url, tab: { id: tab } as never, frameId });

/**
 * A long conversation: `count` turns of ~`chars` characters each, each different, and different from those of
 * another `externalId` (the page's store of confirmed hashes lives as long as the module).
 */
function longConversation(count: number, chars: number, externalId = 'parts'): ExtractedConversation {
  const turns: ExtractedTurn[] = Array.from({ length: count }, (_, i) => {
    const words = `Turn ${i} of ${externalId} says ${'fractions and halves '.repeat(Math.ceil(chars / 21))}`.slice(
      0,
      chars,
    );
    return { role: i % 2 === 0 ? 'user' : 'assistant', text: words, markdown: `**Turn ${i}** ${words.slice(7)}` };
  });
  return { site: 'claude', externalId, url, title: 'Parts', turns };
}

const wire = (turn: ExtractedTurn) => ({
  role: turn.role,
  markdown: turn.markdown,
  textPieces: textAsMarkdownPieces(turn.text, turn.markdown),
});

beforeEach(async () => {
  fakeBrowser.reset();
  await getDatabase().delete();
  await getDatabase().open();
});

async function storedTexts(): Promise<string[]> {
  const [conversation] = await getDatabase().conversations.toArray();
  return conversation ? (await getConversationTurns(getDatabase(), conversation.id)).map((turn) => turn.text) : [];
}

describe('the worker', () => {
  test('stores a capture whose turns came ahead in parts, with the same hashes as turns sent whole', async () => {
    const page = longConversation(4, 50);
    const part = (at: number[]) => ({
      type: 'content→background:capture-part',
      captureId: 'c1',
      at,
      turns: at.map((i) => wire(page.turns[i]!)),
    });
    expect(await handleContentMessage(part([0, 1]), sender())).toEqual({ ok: true });
    expect(await handleContentMessage(part([2]), sender())).toEqual({ ok: true });
    const response = await handleContentMessage(
      {
        type: 'content→background:capture-conversation',
        trigger: 'button',
        captureId: 'c1',
        conversation: {
          ...page,
          turns: [
            { role: 'user', staged: 0 },
            { role: 'assistant', staged: 1 },
            { role: 'user', staged: 2 },
            wire(page.turns[3]!),
          ],
        },
      },
      sender(),
    );
    expect(response).toMatchObject({ ok: true, added: 4, contentHashes: await hashTurns(page.turns) });
    expect(await storedTexts()).toEqual(page.turns.map((turn) => turn.text));
    const stored = await getDatabase().turns.toArray();
    expect(stored.map((turn) => turn.contentHash).sort()).toEqual((await hashTurns(page.turns)).sort());
  });

  test('staged turns whose part never came (or came from another frame) store nothing and are named', async () => {
    const page = longConversation(3, 40);
    await handleContentMessage(
      { type: 'content→background:capture-part', captureId: 'c2', at: [0], turns: [wire(page.turns[0]!)] },
      sender(),
    );
    // Another frame's part under the same capture id is not this frame's.
    await handleContentMessage(
      { type: 'content→background:capture-part', captureId: 'c2', at: [1], turns: [wire(page.turns[1]!)] },
      sender(3, 7),
    );
    const response = await handleContentMessage(
      {
        type: 'content→background:capture-conversation',
        trigger: 'button',
        captureId: 'c2',
        conversation: {
          ...page,
          turns: [
            { role: 'user', staged: 0 },
            { role: 'assistant', staged: 1 },
            // The part said the turn sent under 0 was the user's.
            { role: 'assistant', staged: 0 },
          ],
        },
      },
      sender(),
    );
    expect(response).toMatchObject({ ok: false, code: 'stale-references', missing: [1, 2] });
    expect(await getDatabase().conversations.count()).toBe(0);
    expect(await getDatabase().turns.count()).toBe(0);
  });

  test('a capture message takes its parts once: sent again, its staged turns are missing', async () => {
    const page = longConversation(2, 40);
    await handleContentMessage(
      { type: 'content→background:capture-part', captureId: 'c3', at: [0, 1], turns: page.turns.map(wire) },
      sender(),
    );
    const capture = {
      type: 'content→background:capture-conversation',
      trigger: 'button',
      captureId: 'c3',
      conversation: { ...page, turns: page.turns.map((turn, i) => ({ role: turn.role, staged: i })) },
    };
    expect(await handleContentMessage(capture, sender())).toMatchObject({ ok: true, added: 2 });
    expect(await handleContentMessage(capture, sender())).toMatchObject({ ok: false, missing: [0, 1] });
    expect(await storedTexts()).toEqual(page.turns.map((turn) => turn.text));
  });

  test('a part that is not a capture part of ours is refused', async () => {
    expect(
      await handleContentMessage(
        { type: 'content→background:capture-part', captureId: '', at: [0], turns: [] },
        sender(),
      ),
    ).toMatchObject({ ok: false, code: 'invalid-message' });
    expect(
      await handleContentMessage(
        { type: 'content→background:capture-part', captureId: 'x', at: [0], turns: [{ role: 'user', html: '<b>' }] },
        sender(),
      ),
    ).toMatchObject({ ok: false, code: 'invalid-message' });
  });
});

describe('the page (sendWithReferences)', () => {
  /** The worker behind runtime.sendMessage; `drop` loses the part messages it says (a worker that restarted). */
  function routeToWorker(drop: (message: { type: string }) => boolean = () => false) {
    const sent: { type: string; turns: unknown[] }[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
      const m = message as { type: string; turns?: unknown[]; conversation?: { turns: unknown[] } };
      sent.push({ type: m.type, turns: m.turns ?? m.conversation?.turns ?? [] });
      if (drop(m)) return undefined;
      return handleContentMessage(message, sender());
    }) as never);
    return sent;
  }
  const kinds = (turns: unknown[]) =>
    turns.map((turn) =>
      'contentHash' in (turn as object) ? 'ref' : 'staged' in (turn as object) ? 'staged' : 'whole',
    );

  test('a long first capture goes ahead in parts, then as a capture naming them; again, all by reference', async () => {
    const sent = routeToWorker();
    const page = longConversation(12, 60_000, 'long');
    expect(await sendWithReferences('button', page, page.turns)).toMatchObject({ ok: true, added: 12 });
    const parts = sent.filter((m) => m.type === 'content→background:capture-part');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flatMap((part) => part.turns)).toHaveLength(12);
    expect(kinds(sent.at(-1)!.turns)).toEqual(Array(12).fill('staged'));
    expect(await storedTexts()).toEqual(page.turns.map((turn) => turn.text));

    sent.length = 0;
    expect(await sendWithReferences('button', page, page.turns)).toMatchObject({ ok: true, unchanged: 12 });
    expect(sent.map((m) => m.type)).toEqual(['content→background:capture-conversation']);
    expect(kinds(sent[0]!.turns)).toEqual(Array(12).fill('ref'));
  });

  test('parts lost on the way (the worker restarted): the turns they held are sent whole', async () => {
    const sent = routeToWorker((m) => m.type === 'content→background:capture-part');
    const page = longConversation(8, 60_000, 'lost');
    expect(await sendWithReferences('button', page, page.turns)).toMatchObject({ ok: true, added: 8 });
    const captures = sent.filter((m) => m.type === 'content→background:capture-conversation');
    expect(captures.map((m) => kinds(m.turns))).toEqual([Array(8).fill('staged'), Array(8).fill('whole')]);
    expect(await storedTexts()).toEqual(page.turns.map((turn) => turn.text));
  });

  test('a short capture goes in one message', async () => {
    const sent = routeToWorker();
    const page = longConversation(4, 200, 'short');
    await sendWithReferences('button', page, page.turns);
    expect(sent.map((m) => m.type)).toEqual(['content→background:capture-conversation']);
    expect(kinds(sent[0]!.turns)).toEqual(Array(4).fill('whole'));
  });
});

describe('reading at the click (readAheadAtClick)', () => {
  const adapter = adapters.find((candidate) => candidate.id === 'claude')!;
  let cache: TurnReadingCache | undefined;
  afterEach(() => cache?.disconnect());

  function routeToWorker() {
    const sent: { type: string; turns: unknown[]; at: number }[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
      const m = message as { type: string; turns?: unknown[]; conversation?: { turns: unknown[] } };
      sent.push({ type: m.type, turns: m.turns ?? m.conversation?.turns ?? [], at: cache!.size });
      return handleContentMessage(message, { ...sender(), url: page.url.href });
    }) as never);
    return sent;
  }
  let page: { doc: Document; url: URL };

  test('sends long new turns ahead while it reads; the capture names them and stores exactly a fresh read', async () => {
    page = parseFixture(generateConversationHtml('claude', { turns: 80, wordsPerAnswer: 1500 }));
    cache = new TurnReadingCache(page.doc);
    const sent = routeToWorker();
    readAheadAtClick(adapter, cache, { doc: page.doc, url: page.url, sliceMs: 1 });
    const parts = sent.filter((m) => m.type === 'content→background:capture-part');
    expect(parts.length).toBeGreaterThan(0);
    // The first part went before every turn was read: sending overlaps reading.
    expect(parts[0]!.at).toBeLessThan(80);

    const read = adapter.readConversation(page.doc, page.url, cache);
    expect(read).toEqual(adapter.readConversation(page.doc, page.url));
    expect(await sendWithReferences('button', read, read.turns)).toMatchObject({ ok: true, added: 80 });
    const capture = sent.at(-1)!;
    expect(capture.type).toBe('content→background:capture-conversation');
    // Every turn went ahead (in the parts read at the click, and the rest with the capture).
    expect(capture.turns.every((turn) => 'staged' in (turn as object))).toBe(true);
    expect(await storedTexts()).toEqual(read.turns.map((turn) => turn.text));
  }, 120_000); // a long page in happy-dom: seconds on a loaded machine

  test('with the page read and stored, one changed turn goes whole in the capture message, nothing ahead', async () => {
    page = parseFixture(generateConversationHtml('claude', { turns: 40, wordsPerAnswer: 1500, title: 'Read twice' }));
    cache = new TurnReadingCache(page.doc);
    const sent = routeToWorker();
    readAheadAtClick(adapter, cache, { doc: page.doc, url: page.url });
    const first = adapter.readConversation(page.doc, page.url, cache);
    await sendWithReferences('button', first, first.turns);

    const answers = page.doc.querySelectorAll('.font-claude-response, .standard-markdown');
    answers[answers.length - 1]!.querySelector('p')!.append(' One more sentence.');
    sent.length = 0;
    readAheadAtClick(adapter, cache, { doc: page.doc, url: page.url });
    const again = adapter.readConversation(page.doc, page.url, cache);
    expect(await sendWithReferences('button', again, again.turns)).toMatchObject({ ok: true, updated: 1 });
    expect(sent.map((m) => m.type)).toEqual(['content→background:capture-conversation']);
    const kinds = sent[0]!.turns.map((turn) => ('contentHash' in (turn as object) ? 'ref' : 'whole'));
    expect(kinds.filter((kind) => kind === 'whole')).toHaveLength(1);
  }, 120_000);
});
