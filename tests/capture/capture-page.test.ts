import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { capturePage } from '@/lib/content/capture-page';
import { AdapterError, type SiteAdapter } from '@/lib/adapters/types';
import { limits } from '@/lib/model/turn';
import type { ExtractedConversation } from '@/lib/model/conversation';
import type { CaptureConversationRequest } from '@/lib/messaging/protocol';
import { conversationFromTheWire } from '@/lib/background/turns-from-the-wire';

/** The worker's answer to a capture of two new turns. */
const answerCaptureOfTwoTurns = () =>
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
    ok: true,
    conversationId: 'c',
    turnCount: 2,
    added: 2,
    updated: 0,
    unchanged: 0,
  } as never);

const adapterReturning = (read: () => ExtractedConversation): SiteAdapter => ({
  id: 'chatgpt',
  hosts: ['chatgpt.com'],
  readConversation: read,
  isStreaming: () => false,
  findConversationRoot: () => document.body,
});
const page = (turns: ExtractedConversation['turns']): ExtractedConversation => ({
  site: 'chatgpt',
  externalId: 'x',
  url: 'https://chatgpt.com/c/x',
  title: 'T',
  turns,
});

test('a conversation too large to send is refused with a clear message, and the panel is told', async () => {
  const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
  const huge = 'word '.repeat(limits.maxTurnChars / 5 + 1);
  const outcome = await capturePage(
    adapterReturning(() => page([{ role: 'assistant', text: huge, markdown: huge }])),
    'button',
  );
  expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/too large to capture in one piece/) });
  expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'content→background:capture-failed' }));
  expect(send).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'content→background:capture-conversation' }));
});

test("an adapter's own message reaches the teacher when the page can't be read", async () => {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
  const outcome = await capturePage(
    adapterReturning(() => {
      throw new AdapterError('no-turns', 'No prompts or answers found on this ChatGPT page.');
    }),
    'button',
  );
  expect(outcome).toEqual({ ok: false, message: 'No prompts or answers found on this ChatGPT page.' });
});

test('a stored capture reports the turn count', async () => {
  answerCaptureOfTwoTurns();
  const outcome = await capturePage(
    adapterReturning(() =>
      page([
        { role: 'user', text: 'a', markdown: 'a' },
        { role: 'assistant', text: 'b', markdown: 'b' },
      ]),
    ),
    'button',
  );
  expect(outcome).toEqual({ ok: true, message: 'Captured 2 turns', turnCount: 2 });
});

test('without the pre-reader (a page the general reader reads), each turn crosses as its text and Markdown', async () => {
  const send = answerCaptureOfTwoTurns();
  const turns: ExtractedConversation['turns'] = [
    { role: 'user', text: 'Plan a lesson', markdown: 'Plan a lesson' },
    { role: 'assistant', text: 'Plan\n\nStart with halves.', markdown: '### Plan\n\nStart with **halves**.' },
  ];
  await capturePage(
    adapterReturning(() => page(turns)),
    'button',
  );
  const request = send.mock.calls
    .map(([message]) => message as unknown as CaptureConversationRequest)
    .find((message) => message.type === 'content→background:capture-conversation')!;
  expect(request.conversation.turns).toEqual(turns);
  expect(conversationFromTheWire(request.conversation)?.conversation.turns).toEqual(turns);
});
