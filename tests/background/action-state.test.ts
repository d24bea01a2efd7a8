import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  isAutoRecordingUrl,
  recordingBadgeColor,
  registerActionState,
  updateActionForTab,
} from '@/lib/background/action-state';
import { autoRecordItem } from '@/lib/settings/auto-record';

const plainTitle = 'ShowWork: capture this AI conversation';
const recordingTitle = 'ShowWork: auto-record is on for this site. Click to capture this AI conversation now.';

async function shown(tabId: number) {
  return {
    badge: await fakeBrowser.action.getBadgeText({ tabId }),
    title: await fakeBrowser.action.getTitle({ tabId }),
  };
}

const recording = { badge: 'REC', title: recordingTitle };
const plain = { badge: '', title: plainTitle };

beforeEach(() => {
  // The fake browser has no managed storage; readManagedPolicy treats that as "no policy".
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({} as never);
});

test('a tab on a site with auto-record on shows REC in red; other tabs show the plain button', async () => {
  await autoRecordItem.setValue({ chatgpt: true, claude: false });
  await updateActionForTab({ id: 1, url: 'https://chatgpt.com/c/abc' });
  await updateActionForTab({ id: 2, url: 'https://claude.ai/chat/1' });
  await updateActionForTab({ id: 3, url: 'https://www.example.org/lesson' });
  expect(await shown(1)).toEqual(recording);
  expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 1 })).toEqual([0xb9, 0x1c, 0x1c, 255]);
  expect(recordingBadgeColor).toBe('#b91c1c');
  expect(await shown(2)).toEqual(plain);
  expect(await shown(3)).toEqual(plain);
});

test('follows tab activation, navigation to another site, and setting changes', async () => {
  registerActionState();
  const chat = await fakeBrowser.tabs.create({ url: 'https://gemini.google.com/app/1', active: true });
  await vi.waitFor(async () => expect(await shown(chat.id!)).toEqual(plain));

  // The teacher turns auto-record on for Gemini (side panel or options page): every open tab is repainted.
  await autoRecordItem.setValue({ gemini: true });
  await vi.waitFor(async () => expect(await shown(chat.id!)).toEqual(recording));

  // The same tab navigates to a site that isn't recorded.
  await fakeBrowser.tabs.update(chat.id!, { url: 'https://www.perplexity.ai/search/x' });
  await vi.waitFor(async () => expect(await shown(chat.id!)).toEqual(plain));

  // A new tab on Gemini becomes active.
  const second = await fakeBrowser.tabs.create({ url: 'https://gemini.google.com/app/2', active: true });
  await vi.waitFor(async () => expect(await shown(second.id!)).toEqual(recording));

  // Off again.
  await autoRecordItem.setValue({ gemini: false });
  await vi.waitFor(async () => expect(await shown(second.id!)).toEqual(plain));
});

test("the district's policy wins over the teacher's switch", async () => {
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({
    autoRecord: { chatgpt: false, claude: true },
  } as never);
  await autoRecordItem.setValue({ chatgpt: true });
  expect(await isAutoRecordingUrl('https://chatgpt.com/c/1')).toBe(false);
  expect(await isAutoRecordingUrl('https://claude.ai/chat/1')).toBe(true);
  expect(await isAutoRecordingUrl(undefined)).toBe(false);
  expect(await isAutoRecordingUrl('http://chatgpt.com/c/1')).toBe(false);
});

test('Spanish UI: the badge and title are translated', async () => {
  const { installI18n } = await import('../i18n-stub');
  installI18n('es');
  await autoRecordItem.setValue({ claude: true });
  await updateActionForTab({ id: 9, url: 'https://claude.ai/chat/2' });
  expect((await shown(9)).badge).toBe('GRAB');
  expect((await shown(9)).title).toMatch(/grabación automática está activada/);
});

test('tabs without an id (devtools, prerender) are ignored', async () => {
  await autoRecordItem.setValue({ chatgpt: true });
  const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
  await updateActionForTab({ url: 'https://chatgpt.com/c/1' });
  await updateActionForTab({ id: -1, url: 'https://chatgpt.com/c/1' });
  expect(setBadgeText).not.toHaveBeenCalled();
});
