import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage } from '@/lib/background/handle-capture-message';
import { structuralReaderFile } from '@/lib/background/inject-structural-reader';
import { getDatabase } from '@/lib/db/schema';
import { captureStatusItem } from '@/lib/capture/capture-status';
import { chatSiteMatches } from '@/lib/adapters/site-hosts';
import { installFakeSiteAccess } from '../fake-site-access';

const webCapture = (url: string, reader: 'structural' | 'site' = 'structural') => ({
  type: 'content→background:capture-conversation',
  trigger: 'button',
  conversation: {
    site: 'web',
    externalId: 'c1',
    url,
    title: 'T',
    reader,
    turns: [{ role: 'user', text: 'hi', markdown: 'hi' }],
  },
});
const tabSender = (url: string, frameId = 0) => ({ id: fakeBrowser.runtime.id, url, frameId, tab: { id: 7 } as never });

beforeEach(async () => {
  await getDatabase().delete();
  await getDatabase().open();
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
});

test('a web capture is stored from a page whose origin the extension holds host permission for', async () => {
  installFakeSiteAccess({ required: chatSiteMatches, granted: ['https://chat.example-ai.test/*'] });
  const url = 'https://chat.example-ai.test/c/1';
  expect(await handleContentMessage(webCapture(url), tabSender(url))).toMatchObject({ ok: true, turnCount: 1 });
  expect(await getDatabase().conversations.toArray()).toMatchObject([{ site: 'web', reader: 'structural' }]);
  expect(await captureStatusItem.getValue()).toMatchObject({ ok: true, site: 'web', reader: 'structural' });
});

test('a broad grant (e.g. all https sites, from the browser settings) covers the page too', async () => {
  installFakeSiteAccess({ granted: ['https://*/*'] });
  const url = 'https://any.example/c/1';
  expect(await handleContentMessage(webCapture(url), tabSender(url))).toMatchObject({ ok: true });
});

test('refused from a page the extension has no permission for, or whose conversation names another page', async () => {
  installFakeSiteAccess({ required: chatSiteMatches, granted: ['https://chat.example-ai.test/*'] });
  const refused = [
    [webCapture('https://other.example/c/1'), tabSender('https://other.example/c/1')],
    [webCapture('https://chat.example-ai.test/c/1'), tabSender('https://other.example/c/1')],
    // The five AI sites file under their own id, never `web`.
    [webCapture('https://claude.ai/chat/1'), tabSender('https://claude.ai/chat/1')],
  ] as const;
  for (const [message, sender] of refused) {
    expect(await handleContentMessage(message, sender)).toMatchObject({ ok: false, code: 'invalid-message' });
  }
  expect(await getDatabase().conversations.count()).toBe(0);
});

test("a known site's fallback capture (its own site id, read structurally) is stored with the reader", async () => {
  const url = 'https://claude.ai/chat/abc';
  const message = webCapture(url);
  message.conversation.site = 'claude';
  expect(await handleContentMessage(message, tabSender(url))).toMatchObject({ ok: true });
  expect(await getDatabase().conversations.toArray()).toMatchObject([{ site: 'claude', reader: 'structural' }]);
});

test('the structural reader is injected into the asking frame only, for our own content scripts', async () => {
  const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
  const request = { type: 'content→background:load-structural-reader', trigger: 'auto' };
  expect(await handleContentMessage(request, tabSender('https://chatgpt.com/c/1', 4))).toEqual({ ok: true });
  expect(execute).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [4] }, files: [structuralReaderFile] });

  execute.mockClear();
  expect(
    await handleContentMessage(request, { ...tabSender('https://chatgpt.com/c/1'), id: 'another-extension' }),
  ).toMatchObject({ ok: false });
  expect(execute).not.toHaveBeenCalled();
});
