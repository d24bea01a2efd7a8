import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage } from '@/lib/background/handle-capture-message';
import { getDatabase } from '@/lib/db/schema';
import { panelRouteKey, readPanelRoute } from '@/lib/panel/panel-route';
import { maxSnapshotChars, maxSnapshotTurns } from '@/lib/panel/first-view-snapshot';
import { managedPolicyWhenKnown, startManagedPolicyCache } from '@/lib/settings/managed-policy-cache';

// The route a capture sends the side panel carries the trace's first view (lib/panel/first-view-snapshot.ts).
const db = getDatabase();
const chatUrl = 'https://claude.ai/chat/abc';
const windowId = 3;
const sender = { id: fakeBrowser.runtime.id, url: chatUrl, tab: { id: 7, windowId } as never };
const capture = (turns: { role: string; text: string; markdown: string }[]) => ({
  type: 'content→background:capture-conversation',
  trigger: 'button',
  conversation: { site: 'claude', externalId: 'abc', url: chatUrl, title: 'Volcano hook', turns },
});
const turns = (n: number, text = (i: number) => `turn ${i}`) =>
  Array.from({ length: n }, (_, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', text: text(i), markdown: text(i) }));

beforeEach(async () => {
  await db.delete();
  await db.open();
  startManagedPolicyCache();
  await managedPolicyWhenKnown();
  // WXT's fake browser has no side panel: Chrome's, closed, opened by the click.
  Object.assign(fakeBrowser, { sidePanel: { open: vi.fn(async () => {}) } });
  Object.assign(fakeBrowser.runtime, { getContexts: async () => [] });
});

test("a capture's route holds its new draft and the conversation's turns, exactly as stored", async () => {
  await handleContentMessage(capture(turns(2)), sender);
  const [trace] = await db.traces.toArray();
  const stored = await readPanelRoute(panelRouteKey.window(windowId));
  expect(stored?.route).toEqual({ kind: 'trace', id: trace!.id });
  expect(stored?.firstView?.trace).toEqual(trace);
  const [conversation] = await db.conversations.toArray();
  expect(stored?.firstView?.sources).toEqual([
    { conversation, turns: await db.turns.where('conversationId').equals(conversation!.id).sortBy('ordinal') },
  ]);
});

test('a conversation too long to send that way goes without: the panel reads the database', async () => {
  await handleContentMessage(capture(turns(maxSnapshotTurns + 2)), sender);
  expect((await readPanelRoute(panelRouteKey.window(windowId)))?.firstView).toBeUndefined();
  await db.delete();
  await db.open();
  await handleContentMessage(capture(turns(4, (i) => `${i}`.repeat(maxSnapshotChars / 6))), sender);
  const stored = await readPanelRoute(panelRouteKey.window(windowId));
  expect(stored?.route.kind).toBe('trace');
  expect(stored?.firstView).toBeUndefined();
});

test('a snapshot that does not check is dropped (zod at the boundary), and the route kept', async () => {
  await handleContentMessage(capture(turns(2)), sender);
  const key = panelRouteKey.window(windowId);
  const raw = (await fakeBrowser.storage.session.get(key.slice('session:'.length)))[key.slice('session:'.length)] as {
    firstView: { trace: { marks: unknown } };
  };
  raw.firstView.trace.marks = 'not marks';
  await fakeBrowser.storage.session.set({ [key.slice('session:'.length)]: raw });
  const read = await readPanelRoute(key);
  expect(read?.route.kind).toBe('trace');
  expect(read?.firstView).toBeUndefined();
});
