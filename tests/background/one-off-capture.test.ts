import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { captureOnce, captureOtherPage } from '@/lib/background/one-off-capture';
import { requestCaptureInTab } from '@/lib/background/action-and-commands';
import { structuralReaderFile } from '@/lib/background/inject-structural-reader';
import { captureStatusItem } from '@/lib/capture/capture-status';
import { getDatabase } from '@/lib/db/schema';

const reading = (url: string, overrides: Record<string, unknown> = {}) => ({
  ok: true,
  reasons: ['composer after the column'],
  conversation: {
    site: 'web',
    externalId: 'lesson-1',
    url,
    title: 'Fractions lesson',
    reader: 'structural',
    turns: [
      { role: 'user', text: 'Plan a fractions lesson', markdown: 'Plan a fractions lesson' },
      { role: 'assistant', text: 'Here is a plan.', markdown: 'Here is a plan.' },
    ],
    ...overrides,
  },
});

/** The page's answer to the injected reader, and the tab's address the worker sees once activeTab applies. */
function pageAnswers(result: unknown, tabUrl = 'https://tutor.example.org/chat/1') {
  const execute = vi
    .spyOn(fakeBrowser.scripting, 'executeScript')
    .mockImplementation((async (injection: { files?: string[] }) =>
      injection.files ? [] : [{ frameId: 0, result }]) as never);
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 3, url: tabUrl } as never);
  return execute;
}

beforeEach(async () => {
  await getDatabase().delete();
  await getDatabase().open();
});

test('reads the page once with the injected reader and stores it as web, read structurally', async () => {
  const execute = pageAnswers(reading('https://tutor.example.org/chat/1'));
  await captureOnce(3);
  expect(execute).toHaveBeenNthCalledWith(1, { target: { tabId: 3 }, files: [structuralReaderFile] });
  const [stored] = await getDatabase().conversations.toArray();
  expect(stored).toMatchObject({ site: 'web', reader: 'structural', title: 'Fractions lesson', turnCount: 2 });
  expect(await captureStatusItem.getValue()).toMatchObject({
    ok: true,
    message: 'Captured 2 turns',
    site: 'web',
    reader: 'structural',
    tabId: 3,
  });
});

test('a reading that claims another page, another site or another reader is refused and nothing is stored', async () => {
  for (const [result, tabUrl] of [
    [reading('https://elsewhere.example/chat/1'), undefined],
    [reading('https://tutor.example.org/chat/1', { site: 'chatgpt' }), undefined],
    [reading('https://tutor.example.org/chat/1', { reader: 'site' }), undefined],
    [reading('https://tutor.example.org/chat/1'), 'http://tutor.example.org/chat/1'],
  ] as const) {
    pageAnswers(result, tabUrl);
    await captureOnce(3);
    expect(await getDatabase().conversations.count()).toBe(0);
    expect((await captureStatusItem.getValue())?.message).toMatch(/isn't an AI chat ShowWork knows/);
  }
});

test('a malformed answer from the page is refused', async () => {
  pageAnswers({ ok: true, conversation: { site: 'web', turns: 'lots' } });
  await captureOnce(3);
  expect(await getDatabase().conversations.count()).toBe(0);
  expect(await captureStatusItem.getValue()).toMatchObject({ ok: false, tabId: 3 });
});

test('no conversation on the page, or a page no extension may read: the panel points to selection capture', async () => {
  pageAnswers({ ok: false, message: 'No conversation found on this page.', reasons: [] });
  await captureOnce(3);
  expect((await captureStatusItem.getValue())?.message).toMatch(/Capture selection as prompt/);

  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access a chrome:// URL'));
  await captureOnce(4);
  expect(await captureStatusItem.getValue()).toMatchObject({ ok: false, tabId: 4 });
  expect(await getDatabase().conversations.count()).toBe(0);
});

test("an allowed site's content script captures itself: no one-off read", async () => {
  const send = vi
    .spyOn(fakeBrowser.tabs, 'sendMessage')
    .mockResolvedValue({ ok: true, message: 'Captured 4 turns' } as never);
  const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript');
  await captureOtherPage(5, 'shortcut');
  expect(send).toHaveBeenCalledWith(5, { type: 'background→content:capture-now', trigger: 'shortcut' });
  expect(execute).not.toHaveBeenCalled();
});

test('the toolbar button on a page with no content script falls back to the one-off capture', async () => {
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
    new Error('Could not establish connection. Receiving end does not exist.'),
  );
  pageAnswers(reading('https://tutor.example.org/chat/1'));
  await requestCaptureInTab({ id: 3, url: 'https://tutor.example.org/chat/1' } as never, 'action');
  expect(await getDatabase().conversations.count()).toBe(1);
});
