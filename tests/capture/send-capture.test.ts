import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OrphanedContentScriptError, sendCapture } from '@/lib/content/send-capture';

const request = {
  type: 'content→background:capture-conversation' as const,
  trigger: 'button' as const,
  conversation: { site: 'claude' as const, externalId: 'a', url: 'https://claude.ai/chat/a', title: '', turns: [] },
};
const noSleep = async () => {};
const ack = { ok: true, conversationId: 'c', turnCount: 0, added: 0, updated: 0, unchanged: 0 };

test('retries when the worker died before answering, and resolves with the acknowledged answer', async () => {
  const send = vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
    .mockResolvedValueOnce(undefined as never)
    .mockResolvedValueOnce(ack as never);
  await expect(sendCapture(request, noSleep)).resolves.toEqual(ack);
  expect(send).toHaveBeenCalledTimes(3);
});

test('gives up after the retries with the last error', async () => {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection.'));
  await expect(sendCapture(request, noSleep)).rejects.toThrow('Could not establish connection.');
});

test('an orphaned content script (extension updated) is recognised, not retried', async () => {
  const send = vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockRejectedValue(new Error('Extension context invalidated.'));
  await expect(sendCapture(request, noSleep)).rejects.toBeInstanceOf(OrphanedContentScriptError);
  expect(send).toHaveBeenCalledTimes(1);
});
