import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContextMenuClick, menuIds } from '@/lib/background/context-menus';
import { getDatabase } from '@/lib/db/schema';
import { getConversationTurns } from '@/lib/db/conversations';
import { captureStatusItem } from '@/lib/capture/capture-status';

beforeEach(async () => {
  await getDatabase().delete();
  await getDatabase().open();
});

const tab = { id: 3, url: 'https://news.example.org/article#top', title: 'Article' } as never;
const click = (menuItemId: string, selectionText?: string) =>
  ({ menuItemId, selectionText, editable: false, pageUrl: 'https://news.example.org/article' }) as never;

test('a selection captured as prompt, then one as AI output, become one conversation for the page', async () => {
  await handleContextMenuClick(click(menuIds.selectionAsPrompt, 'Summarise this for grade 5'), tab);
  await handleContextMenuClick(click(menuIds.selectionAsOutput, 'Here is a summary <img src=x onerror=alert(1)>'), tab);
  const [conversation] = await getDatabase().conversations.toArray();
  expect(conversation).toMatchObject({
    site: 'selection',
    url: 'https://news.example.org/article',
    title: 'Article',
    turnCount: 2,
  });
  const turns = await getConversationTurns(getDatabase(), conversation!.id);
  expect(turns.map((t) => t.role)).toEqual(['user', 'assistant']);
  // Stored as text; the Markdown copy escapes what would otherwise read as HTML.
  expect(turns[1]!.text).toBe('Here is a summary <img src=x onerror=alert(1)>');
  expect(turns[1]!.markdown).toBe('Here is a summary \\<img src=x onerror=alert(1)\\>');
  expect(await captureStatusItem.getValue()).toMatchObject({ ok: true, site: 'selection' });
});

test('an empty selection says what to do', async () => {
  await handleContextMenuClick(click(menuIds.selectionAsPrompt, '   '), tab);
  expect(await getDatabase().conversations.count()).toBe(0);
  expect(await captureStatusItem.getValue()).toMatchObject({
    ok: false,
    message: 'Select some text first, then capture it.',
  });
});

test('the menus are created with the selection context and no all-sites permission', async () => {
  const { createContextMenus } = await import('@/lib/background/context-menus');
  const created: unknown[] = [];
  fakeBrowser.contextMenus.create = ((props: unknown) => created.push(props)) as never;
  fakeBrowser.contextMenus.removeAll = (async () => {}) as never;
  await createContextMenus();
  expect(created).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        id: menuIds.selectionAsPrompt,
        title: 'Capture selection as prompt',
        contexts: ['selection'],
      }),
      expect.objectContaining({
        id: menuIds.selectionAsOutput,
        title: 'Capture selection as AI output',
        contexts: ['selection'],
      }),
    ]),
  );
});
