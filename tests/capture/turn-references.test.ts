import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { getDatabase } from '@/lib/db/schema';
import { handleContentMessage } from '@/lib/background/handle-capture-message';
import { captureStatusItem } from '@/lib/capture/capture-status';
import { hashTurns } from '@/lib/capture/content-hash';
import { mergeCapturedConversation, StaleTurnReferenceError } from '@/lib/capture/merge-capture';
import { getConversationTurns } from '@/lib/db/conversations';
import { sendWithReferences } from '@/lib/content/send-with-references';
import type { ExtractedConversation } from '@/lib/model/conversation';
import type { CaptureConversationRequest, TurnOnTheWire } from '@/lib/messaging/protocol';
import { conversationFromTheWire } from '@/lib/background/turns-from-the-wire';

// Unchanged turns cross as references to what the worker stored; the worker checks each inside its transaction and
// stores nothing when one does not hold. These tests use the real database code (fake-indexeddb) and the real handler.

const url = 'https://claude.ai/chat/refs';
const sender = { id: fakeBrowser.runtime.id, url, tab: { id: 3 } as never };

const conversation = (texts: string[]): ExtractedConversation => ({
  site: 'claude',
  externalId: 'refs',
  url,
  title: 'References',
  turns: texts.map((text, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', text, markdown: `_${text}_` })),
});

const texts = ['Plan a lesson on fractions', 'Here is a plan', 'Shorter please', 'A shorter plan'];

beforeEach(async () => {
  fakeBrowser.reset();
  await getDatabase().delete();
  await getDatabase().open();
});

async function storeFirst(): Promise<string[]> {
  await mergeCapturedConversation(getDatabase(), conversation(texts));
  return hashTurns(conversation(texts).turns);
}

const capture = (turns: CaptureConversationRequest['conversation']['turns']) => ({
  type: 'content→background:capture-conversation' as const,
  trigger: 'button' as const,
  conversation: { ...conversation([]), turns },
});

describe('the worker', () => {
  test('stores a capture of references and new turns: the references stand for the stored turns', async () => {
    const hashes = await storeFirst();
    const response = await handleContentMessage(
      capture([
        ...hashes.map((contentHash, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', contentHash }) as const),
        { role: 'user', markdown: 'One more question', text: 'One more question' },
      ]),
      sender,
    );
    expect(response).toMatchObject({ ok: true, turnCount: 5, added: 1, unchanged: 4 });
    const stored = await getConversationTurns(getDatabase(), (await getDatabase().conversations.toArray())[0]!.id);
    expect(stored.map((turn) => turn.text)).toEqual([...texts, 'One more question']);
  });

  test('a reference that does not hold stores nothing, not even the capture’s new turns', async () => {
    const hashes = await storeFirst();
    const before = await getDatabase().turns.toArray();
    const conversationBefore = await getDatabase().conversations.toArray();
    await captureStatusItem.setValue(null as never);
    const response = await handleContentMessage(
      capture([
        { role: 'user', contentHash: hashes[0]! },
        // The second turn's place holds another hash: this reference is stale.
        { role: 'assistant', contentHash: hashes[2]! },
        { role: 'user', markdown: 'changed', text: 'changed' },
        { role: 'assistant', markdown: 'new answer', text: 'new answer' },
        { role: 'user', markdown: 'new turn', text: 'new turn' },
      ]),
      sender,
    );
    expect(response).toMatchObject({ ok: false, code: 'stale-references', missing: [1] });
    expect(await getDatabase().turns.toArray()).toEqual(before);
    expect(await getDatabase().conversations.toArray()).toEqual(conversationBefore);
    // Not a failure the teacher sees: the page sends the turns whole at once.
    expect(await captureStatusItem.getValue()).toBeNull();
  });

  test('references to a conversation never stored are stale', async () => {
    const [hash] = await hashTurns(conversation(texts).turns);
    await expect(
      mergeCapturedConversation(getDatabase(), {
        ...conversation([]),
        turns: [{ role: 'user', contentHash: hash! }],
      }),
    ).rejects.toMatchObject(new StaleTurnReferenceError([0]));
    expect(await getDatabase().conversations.count()).toBe(0);
  });
});

describe('the page (sendWithReferences)', () => {
  /** The worker as the page meets it: the real handler behind runtime.sendMessage. */
  function routeToWorker() {
    const sent: { type: string; turns?: unknown[] }[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
      const m = message as { type: string; conversation?: { turns: unknown[] } };
      sent.push({ type: m.type, ...(m.conversation ? { turns: m.conversation.turns } : {}) });
      return handleContentMessage(message, sender);
    }) as never);
    return sent;
  }

  test('a first capture goes whole in one message; again: what was stored by reference, the new turn whole', async () => {
    const sent = routeToWorker();
    const page = conversation(texts);
    expect(await sendWithReferences('button', page, page.turns)).toMatchObject({ ok: true, added: 4 });
    const kinds = (turns: unknown[]) => turns.map((turn) => ('contentHash' in (turn as object) ? 'ref' : 'whole'));
    expect(sent.map((m) => kinds(m.turns!))).toEqual([['whole', 'whole', 'whole', 'whole']]);

    sent.length = 0;
    const again = conversation([...texts, 'A follow-up']);
    expect(await sendWithReferences('button', again, again.turns)).toMatchObject({ ok: true, added: 1, unchanged: 4 });
    expect(sent.map((m) => kinds(m.turns!))).toEqual([['ref', 'ref', 'ref', 'ref', 'whole']]);

    sent.length = 0;
    expect(await sendWithReferences('button', again, again.turns)).toMatchObject({ ok: true, unchanged: 5 });
    expect(sent.map((m) => kinds(m.turns!))).toEqual([['ref', 'ref', 'ref', 'ref', 'ref']]);
  });

  test('when a turn changes in storage between the two sends, the capture is sent whole', async () => {
    routeToWorker();
    // This page stored the four turns (the worker confirmed them), then another tab's capture changed the last one.
    const earlier = conversation(texts);
    await sendWithReferences('button', earlier, earlier.turns);
    await mergeCapturedConversation(getDatabase(), conversation([...texts.slice(0, 3), 'Changed elsewhere']));
    vi.restoreAllMocks();
    const page = conversation([...texts, 'Another follow-up']);
    const sent: string[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
      const m = message as { conversation: { turns: object[] } };
      sent.push(m.conversation.turns.map((turn) => ('contentHash' in turn ? 'r' : 'w')).join(''));
      const answer = await handleContentMessage(message, sender);
      // Right after the first answer (the fourth reference is stale), another tab's capture changes the second turn.
      if (sent.length === 1)
        await mergeCapturedConversation(getDatabase(), conversation([texts[0]!, 'Edited elsewhere']));
      return answer;
    }) as never);
    expect(await sendWithReferences('button', page, page.turns)).toMatchObject({ ok: true, updated: 2, added: 1 });
    expect(sent).toEqual(['rrrrw', 'rrrww', 'wwwww']);
    const stored = await getConversationTurns(getDatabase(), (await getDatabase().conversations.toArray())[0]!.id);
    expect(stored.map((turn) => turn.text)).toEqual([...texts, 'Another follow-up']);
  });

  test('whole turns cross as their Markdown and their text as pieces of it, which rebuild the text exactly', async () => {
    const sent = routeToWorker();
    const page: ExtractedConversation = {
      ...conversation([]),
      turns: [
        { role: 'user', text: 'Plan a lesson', markdown: 'Plan a lesson' },
        { role: 'assistant', text: 'Plan\n\nStart with halves.', markdown: '### Plan\n\nStart with **halves**.' },
      ],
    };
    await sendWithReferences('button', page, page.turns);
    const wire = sent[0]!.turns as TurnOnTheWire[];
    expect(wire.every((turn) => turn.text === undefined && turn.textPieces !== undefined)).toBe(true);
    expect(conversationFromTheWire({ ...page, turns: wire })?.conversation.turns).toEqual(page.turns);
  });

  test('the page hashes nothing: references carry the hashes the worker answered with', async () => {
    const digest = vi.spyOn(crypto.subtle, 'digest');
    const sent: CaptureConversationRequest[] = [];
    const workerHashes = ['a', 'b', 'c', 'd'].map((letter) => letter.repeat(64));
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: CaptureConversationRequest) => {
      sent.push(message);
      const turns = message.conversation.turns.length;
      return {
        ok: true,
        conversationId: 'c',
        turnCount: turns,
        added: 0,
        updated: 0,
        unchanged: turns,
        contentHashes: workerHashes.slice(0, turns),
      };
    }) as never);
    // Texts no other test confirmed (the page's store of confirmed hashes lives as long as the module).
    const own = texts.map((text) => `${text}, hashed by the worker only`);
    const page = conversation(own);
    await sendWithReferences('button', page, page.turns);
    // Read again (new objects, same content) with one answer changed: that one goes whole, the others by reference.
    const again = conversation([own[0]!, own[1]!, own[2]!, 'A different answer']);
    await sendWithReferences('button', again, again.turns);
    expect(sent[1]!.conversation.turns).toEqual([
      { role: 'user', contentHash: workerHashes[0] },
      { role: 'assistant', contentHash: workerHashes[1] },
      { role: 'user', contentHash: workerHashes[2] },
      expect.objectContaining({ role: 'assistant', markdown: '_A different answer_' }),
    ]);
    expect(digest).not.toHaveBeenCalled();
  });

  test('a turn whose role or text differs from a confirmed one with the same Markdown goes whole', async () => {
    const sent: CaptureConversationRequest[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: CaptureConversationRequest) => {
      sent.push(message);
      const turns = message.conversation.turns.length;
      return {
        ok: true,
        conversationId: 'c',
        turnCount: turns,
        added: turns,
        updated: 0,
        unchanged: 0,
        contentHashes: Array.from({ length: turns }, (_, i) => String(i).repeat(64)),
      };
    }) as never);
    const markdown = 'Same *Markdown*';
    const first: ExtractedConversation = {
      ...conversation([]),
      turns: [{ role: 'user', text: 'Same Markdown', markdown }],
    };
    await sendWithReferences('button', first, first.turns);
    const other: ExtractedConversation = {
      ...conversation([]),
      turns: [
        { role: 'assistant', text: 'Same Markdown', markdown },
        { role: 'user', text: 'Same  Markdown', markdown },
        { role: 'user', text: 'Same Markdown', markdown },
      ],
    };
    await sendWithReferences('button', other, other.turns);
    expect(sent[1]!.conversation.turns.map((turn) => 'contentHash' in turn)).toEqual([false, false, true]);
  });
});
