import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { captureWithFirefoxSiteAccess, siteAccessPattern } from '@/lib/background/firefox-site-access';
import { captureStatusItem } from '@/lib/capture/capture-status';

// The end-to-end behaviour in real Firefox is in tests/e2e-firefox/sidebar.e2e.test.ts; these pin the decisions.

function pretendFirefox() {
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => `moz-extension://uuid${path}`);
}

test('the permission asked for is the AI site host of the tab, and nothing for other pages', () => {
  expect(siteAccessPattern('https://claude.ai/chat/1')).toBe('https://claude.ai/*');
  expect(siteAccessPattern('https://www.copilot.com/chats/x')).toBe('https://www.copilot.com/*');
  expect(siteAccessPattern('https://www.example.org/lesson')).toBeUndefined();
  expect(siteAccessPattern(undefined)).toBeUndefined();
});

test('in Chrome nothing is asked: the caller captures as before', () => {
  const request = vi.spyOn(fakeBrowser.permissions, 'request');
  const capture = vi.fn(async () => {});
  expect(captureWithFirefoxSiteAccess({ id: 1, url: 'https://claude.ai/chat/1' } as never, capture)).toBeUndefined();
  expect(request).not.toHaveBeenCalled();
});

test('in Firefox the request is made synchronously, inside the user action, before any await', async () => {
  pretendFirefox();
  const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: true }] as never);
  const capture = vi.fn(async () => {});
  const done = captureWithFirefoxSiteAccess({ id: 2, url: 'https://chatgpt.com/c/1' } as never, capture);
  expect(request).toHaveBeenCalledWith({ origins: ['https://chatgpt.com/*'] });
  await done;
  expect(capture).toHaveBeenCalledOnce();
});

test('a tab without the content script gets it before the capture; one that has it is left alone', async () => {
  pretendFirefox();
  vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
  const execute = vi
    .spyOn(fakeBrowser.scripting, 'executeScript')
    .mockResolvedValue([{ frameId: 0, result: false }] as never);
  const capture = vi.fn(async () => {});
  await captureWithFirefoxSiteAccess({ id: 3, url: 'https://claude.ai/chat/1' } as never, capture);
  expect(execute).toHaveBeenCalledTimes(2);
  expect(execute.mock.calls[1]![0]).toMatchObject({ target: { tabId: 3 }, files: ['/content-scripts/chat.js'] });
  expect(capture).toHaveBeenCalledOnce();

  execute.mockClear().mockResolvedValue([{ frameId: 0, result: true }] as never);
  await captureWithFirefoxSiteAccess({ id: 3, url: 'https://claude.ai/chat/1' } as never, capture);
  expect(execute).toHaveBeenCalledTimes(1);
});

test('declined (or a failed request): no capture, and the panel says how to allow the site', async () => {
  pretendFirefox();
  vi.spyOn(fakeBrowser.permissions, 'request').mockRejectedValue(
    new Error('may only be called from a user input handler'),
  );
  const capture = vi.fn(async () => {});
  await captureWithFirefoxSiteAccess({ id: 4, url: 'https://gemini.google.com/app/x' } as never, capture);
  expect(capture).not.toHaveBeenCalled();
  const status = await captureStatusItem.getValue();
  expect(status).toMatchObject({ ok: false, tabId: 4 });
  expect(status?.message).toContain('gemini.google.com');
});
