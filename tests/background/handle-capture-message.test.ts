import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage } from '@/lib/background/handle-capture-message';
import { getDatabase } from '@/lib/db/schema';
import { captureStatusItem } from '@/lib/capture/capture-status';

const capture = (site: string, url: string) => ({
  type: 'content→background:capture-conversation',
  trigger: 'auto',
  conversation: { site, externalId: 'abc', url, title: 'T', turns: [{ role: 'user', text: 'hi', markdown: 'hi' }] },
});
const tabSender = (url: string) => ({ id: fakeBrowser.runtime.id, url, tab: { id: 7 } as never });

beforeEach(async () => {
  await getDatabase().delete();
  await getDatabase().open();
});

describe('handleContentMessage', () => {
  test('stores a capture from the matching site and answers after commit', async () => {
    const response = await handleContentMessage(
      capture('claude', 'https://claude.ai/chat/abc'),
      tabSender('https://claude.ai/chat/abc'),
    );
    expect(response).toMatchObject({ ok: true, turnCount: 1, added: 1 });
    // The answer came after the commit: the turn is readable now.
    expect(await getDatabase().turns.count()).toBe(1);
    expect(await captureStatusItem.getValue()).toMatchObject({ ok: true, message: 'Captured 1 turns', tabId: 7 });
  });

  test('refuses a conversation claiming another site than the page it came from', async () => {
    const response = await handleContentMessage(
      capture('chatgpt', 'https://chatgpt.com/c/abc'),
      tabSender('https://evil.example/'),
    );
    expect(response).toMatchObject({ ok: false, code: 'invalid-message' });
    expect(await getDatabase().turns.count()).toBe(0);
  });

  test('refuses messages from other extensions and from outside a tab', async () => {
    const message = capture('claude', 'https://claude.ai/chat/abc');
    expect(
      await handleContentMessage(message, { ...tabSender('https://claude.ai/chat/abc'), id: 'other-extension' }),
    ).toMatchObject({ ok: false });
    expect(
      await handleContentMessage(message, { id: fakeBrowser.runtime.id, url: 'https://claude.ai/chat/abc' }),
    ).toMatchObject({ ok: false });
    expect(await getDatabase().turns.count()).toBe(0);
  });

  test('refuses selection captures from content scripts (only the context menu makes those)', async () => {
    const response = await handleContentMessage(
      capture('selection', 'https://claude.ai/x'),
      tabSender('https://claude.ai/x'),
    );
    expect(response).toMatchObject({ ok: false });
  });

  test('malformed messages get a clear refusal, not an exception', async () => {
    expect(
      await handleContentMessage({ type: 'content→background:capture-conversation' }, tabSender('https://claude.ai/')),
    ).toMatchObject({
      ok: false,
      code: 'invalid-message',
    });
    expect(await handleContentMessage('nonsense', tabSender('https://claude.ai/'))).toMatchObject({ ok: false });
  });

  test('a failed page read is shown in the side panel status', async () => {
    await handleContentMessage(
      { type: 'content→background:capture-failed', trigger: 'button', message: 'No conversation here' },
      tabSender('https://gemini.google.com/'),
    );
    expect(await captureStatusItem.getValue()).toMatchObject({ ok: false, message: 'No conversation here' });
  });

  test('a full disk is said plainly and nothing is half-written', async () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    vi.spyOn(getDatabase(), 'transaction').mockRejectedValueOnce(quota);
    const response = await handleContentMessage(
      capture('claude', 'https://claude.ai/chat/abc'),
      tabSender('https://claude.ai/chat/abc'),
    );
    expect(response).toMatchObject({ ok: false, code: 'storage-full' });
    expect(response && 'ok' in response && !response.ok && response.message).toMatch(/out of storage space/);
    expect(await captureStatusItem.getValue()).toMatchObject({ ok: false });
  });
});
