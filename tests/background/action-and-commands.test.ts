import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestCaptureInTab } from '@/lib/background/action-and-commands';
import { captureStatusItem } from '@/lib/capture/capture-status';

test('on a page no adapter serves, the panel says so and points to selection capture', async () => {
  await requestCaptureInTab({ id: 4, url: 'https://www.example.org/lesson' } as never, 'action');
  const status = await captureStatusItem.getValue();
  expect(status).toMatchObject({ ok: false, tabId: 4 });
  expect(status?.message).toMatch(/isn't an AI chat ShowWork knows.*Capture selection as prompt/);
});

test('without the tab address (no permission for that page) it is treated as unrecognised, not as an error', async () => {
  await requestCaptureInTab({ id: 5 } as never, 'shortcut');
  expect((await captureStatusItem.getValue())?.message).toMatch(/isn't an AI chat/);
});

test('on an AI tab without a running content script, the teacher is told to reload the tab', async () => {
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
    new Error('Could not establish connection. Receiving end does not exist.'),
  );
  await requestCaptureInTab({ id: 6, url: 'https://claude.ai/chat/1' } as never, 'shortcut');
  expect((await captureStatusItem.getValue())?.message).toBe(
    'ShowWork is not running on this tab yet. Reload the tab, then capture again.',
  );
});

test('on an AI tab the content script is asked to capture, with the trigger', async () => {
  const send = vi
    .spyOn(fakeBrowser.tabs, 'sendMessage')
    .mockResolvedValue({ ok: true, message: 'Captured 2 turns' } as never);
  await requestCaptureInTab({ id: 7, url: 'https://gemini.google.com/app/x' } as never, 'menu');
  expect(send).toHaveBeenCalledWith(7, { type: 'background→content:capture-now', trigger: 'menu' });
});
