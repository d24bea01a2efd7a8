import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage } from '@/lib/background/handle-capture-message';
import { getDatabase } from '@/lib/db/schema';

test('the in-page click that opens the panel also opens the database, before the capture arrives', async () => {
  vi.spyOn(fakeBrowser, 'sidePanel', 'get').mockReturnValue({ open: async () => undefined } as never);
  const db = getDatabase();
  // Closed only once any open under way is complete: Dexie's close() during an open leaves the next open() rejected.
  await db.open();
  db.close();
  expect(db.isOpen()).toBe(false);
  const answer = await handleContentMessage(
    { type: 'content→background:open-panel' },
    { id: fakeBrowser.runtime.id, url: 'https://claude.ai/chat/abc', tab: { id: 7, windowId: 1 } as never },
  );
  expect(answer).toBeUndefined();
  await vi.waitFor(() => expect(db.isOpen()).toBe(true));
});

test('a chat page asking for its pre-reader (at load) also opens the database, long before any click', async () => {
  const executeScript = vi.fn(async () => []);
  Object.assign(fakeBrowser, { scripting: { executeScript } });
  const db = getDatabase();
  // Closed only once any open under way is complete: Dexie's close() during an open leaves the next open() rejected.
  await db.open();
  db.close();
  expect(db.isOpen()).toBe(false);
  const answer = await handleContentMessage(
    { type: 'content→background:load-pre-reader' },
    { id: fakeBrowser.runtime.id, url: 'https://claude.ai/chat/abc', tab: { id: 7, windowId: 1 } as never },
  );
  expect(answer).toEqual({ ok: true });
  expect(executeScript).toHaveBeenCalledOnce();
  await vi.waitFor(() => expect(db.isOpen()).toBe(true));
});
