import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchAutoRecordSetting } from '@/lib/content/auto-record-setting';

test('follows the teacher switch live, and district policy overrides it', async () => {
  await fakeBrowser.storage.local.set({ autoRecord: { claude: true, gemini: true } });
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ autoRecord: { gemini: false } } as never);
  const seen: Record<string, boolean>[] = [];
  const stop = watchAutoRecordSetting((settings) => seen.push(settings));
  await vi.waitFor(() => expect(seen).toHaveLength(1));
  expect(seen[0]).toEqual({ claude: true, gemini: false });
  await fakeBrowser.storage.local.set({ autoRecord: { claude: false, gemini: true } });
  await vi.waitFor(() => expect(seen.at(-1)).toEqual({ claude: false, gemini: false }));
  stop();
});

test('no policy installed (managed storage throws) means nothing is managed', async () => {
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
  const seen: Record<string, boolean>[] = [];
  watchAutoRecordSetting((settings) => seen.push(settings));
  await vi.waitFor(() => expect(seen).toEqual([{}]));
});
