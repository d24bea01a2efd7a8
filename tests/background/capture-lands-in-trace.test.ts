import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage } from '@/lib/background/handle-capture-message';
import { captureActiveTab } from '@/lib/background/action-and-commands';
import { getDatabase } from '@/lib/db/schema';
import { settleAfterReplyWork } from '@/lib/background/after-reply';
import { panelRouteKey, readPanelRoute } from '@/lib/panel/panel-route';
import { afterCaptureItem } from '@/lib/settings/after-capture';
import type { Trace } from '@/lib/model/trace';
import { managedPolicyWhenKnown, startManagedPolicyCache } from '@/lib/settings/managed-policy-cache';

const db = getDatabase();
const chatUrl = 'https://claude.ai/chat/abc';
const windowId = 3;

const turns = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    role: i % 2 === 0 ? 'user' : 'assistant',
    text: `turn ${i}`,
    markdown: `turn ${i}`,
  }));
const capture = (trigger: string, turnCount = 2) => ({
  type: 'content→background:capture-conversation',
  trigger,
  conversation: { site: 'claude', externalId: 'abc', url: chatUrl, title: 'Volcano hook', turns: turns(turnCount) },
});
const sender = { id: fakeBrowser.runtime.id, url: chatUrl, tab: { id: 7, windowId } as never };

/** WXT's fake browser has no side panel: stand in for Chrome's, with the panel's context listed once opened. */
function fakeSidePanel(isAlreadyOpen = false) {
  let isOpen = isAlreadyOpen;
  const open = vi.fn(async () => {
    isOpen = true;
  });
  Object.assign(fakeBrowser, { sidePanel: { open } });
  Object.assign(fakeBrowser.runtime, {
    getContexts: async () => (isOpen ? [{ contextType: 'SIDE_PANEL', windowId: -1 }] : []),
  });
  return open;
}

const allTraces = () => db.traces.toArray();
const route = () => readPanelRoute(panelRouteKey.window(windowId));

beforeEach(async () => {
  await db.delete();
  await db.open();
  // As at worker start-up: the district policy (none here) is read once and known before the capture.
  startManagedPolicyCache();
  await managedPolicyWhenKnown();
  // The teacher has the panel open, unless a test says otherwise.
  fakeSidePanel(true);
});

describe('a capture the teacher asked for lands in the trace', () => {
  test('the in-page button: the panel opens from the click message, a draft with every turn is made and shown', async () => {
    const open = fakeSidePanel();
    await handleContentMessage({ type: 'content→background:open-panel' }, sender);
    expect(open).toHaveBeenCalledWith({ tabId: 7 });

    const response = await handleContentMessage(capture('button'), sender);
    expect(response).toMatchObject({ ok: true, summary: 'Captured 2 turns — trace opened' });
    const [trace] = await allTraces();
    expect(trace).toMatchObject({ status: 'draft', title: 'Volcano hook' });
    expect(trace!.items).toHaveLength(2);
    expect(await route()).toMatchObject({
      origin: 'background',
      route: { kind: 'trace', id: trace!.id },
      arrival: { kind: 'capture', outcome: 'created' },
    });
  });

  test('the search index starts only after the answer: it never runs beside the trace being made', async () => {
    let isAnswered = false;
    const indexedBeforeTheAnswer: string[] = [];
    // Any write of the index (the pending marker is written in the capture's own transaction, before the answer).
    const onWrite = (key: string) => {
      if (!isAnswered && !key.startsWith('pending:')) indexedBeforeTheAnswer.push(key);
    };
    db.conversationWords.hook('creating', (key) => onWrite(String(key)));
    db.conversationWords.hook('updating', (_changes, key) => onWrite(String(key)));
    db.conversationWords.hook('deleting', (key) => onWrite(`deleted ${String(key)}`));
    const answered = await handleContentMessage(capture('button', 40), sender);
    isAnswered = true;
    expect(answered).toMatchObject({ ok: true, summary: 'Captured 40 turns — trace opened' });
    expect(indexedBeforeTheAnswer).toEqual([]);
    expect(await db.conversationWords.where(':id').startsWith('pending:').count()).toBe(1);
    await settleAfterReplyWork();
    // Then it runs: the conversation's words are indexed and the marker is gone.
    const conversationId = (answered as { conversationId: string }).conversationId;
    expect((await db.conversationWords.get(conversationId))?.words).toContain('turn');
    expect(await db.conversationWords.where(':id').startsWith('pending:').count()).toBe(0);
  });

  test('capturing again opens the same draft and changes nothing in it (the editor offers the new turns)', async () => {
    await handleContentMessage(capture('button'), sender);
    const [first] = await allTraces();
    const response = await handleContentMessage(capture('action', 4), sender);
    expect(response).toMatchObject({ summary: 'Captured 4 turns — your draft trace opened' });
    const after = await allTraces();
    expect(after).toEqual([first]);
    expect((await route())?.arrival).toMatchObject({ outcome: 'draft' });
  });

  test("a ready trace is never changed: it is shown, and no draft is made behind the teacher's back", async () => {
    await handleContentMessage(capture('button'), sender);
    const [trace] = await allTraces();
    await db.traces.update(trace!.id, { status: 'ready' });
    const ready = await db.traces.get(trace!.id);
    const response = await handleContentMessage(capture('menu', 4), sender);
    expect(response).toMatchObject({ summary: 'Captured 4 turns — your ready trace was left as it is' });
    expect(await allTraces()).toEqual([ready]);
    expect(await route()).toMatchObject({ route: { id: trace!.id }, arrival: { outcome: 'ready' } });
  });

  test('a draft already handed to a portal counts as submitted: left alone too', async () => {
    await handleContentMessage(capture('button'), sender);
    const [trace] = await allTraces();
    await db.submissions.add({ id: 's1', traceId: trace!.id } as never);
    await handleContentMessage(capture('button'), sender);
    expect(await allTraces()).toHaveLength(1);
    expect((await route())?.arrival).toMatchObject({ outcome: 'ready' });
  });

  test('two captures at once make one draft, not two', async () => {
    await handleContentMessage(capture('button'), sender);
    await db.traces.clear();
    await Promise.all([
      handleContentMessage(capture('button'), sender),
      handleContentMessage(capture('button'), sender),
    ]);
    expect(await allTraces()).toHaveLength(1);
  });

  test('with "After capturing, open: the conversation", no trace is made and the panel shows the conversation', async () => {
    await afterCaptureItem.setValue('conversation');
    const response = await handleContentMessage(capture('shortcut'), sender);
    expect(response).toMatchObject({ summary: 'Captured 2 turns — conversation opened' });
    expect(await allTraces()).toEqual([]);
    expect((await route())?.route).toMatchObject({ kind: 'conversation' });
  });

  test('when the browser did not open the panel, the page says how to see the trace', async () => {
    const refuse = vi.fn(async () => {
      throw new Error('`sidePanel.open()` may only be called in response to a user gesture.');
    });
    Object.assign(fakeBrowser, { sidePanel: { open: refuse } });
    Object.assign(fakeBrowser.runtime, { getContexts: async () => [] });
    await handleContentMessage({ type: 'content→background:open-panel' }, sender);
    expect(refuse).toHaveBeenCalledOnce();
    const response = await handleContentMessage(capture('button'), sender);
    expect(response).toMatchObject({ summary: 'Captured 2 turns — click the ShowWork toolbar button to see it' });
    // The place is stored all the same: opening the panel shows the trace.
    expect((await route())?.route.kind).toBe('trace');
  });

  test('in Firefox the sidebar answers whether it is open', async () => {
    Object.assign(fakeBrowser, { sidePanel: undefined });
    const isOpen = vi.fn(async () => true);
    Object.assign(fakeBrowser, { sidebarAction: { open: async () => {}, isOpen } });
    const response = await handleContentMessage(capture('button'), sender);
    expect(response).toMatchObject({ summary: 'Captured 2 turns — trace opened' });
    expect(isOpen).toHaveBeenCalledWith({ windowId });
    Object.assign(fakeBrowser, { sidebarAction: undefined });
  });
});

describe('auto-record never opens the panel or makes traces', () => {
  test('an auto-recorded capture is stored and nothing else happens', async () => {
    const open = fakeSidePanel();
    const response = await handleContentMessage(capture('auto'), sender);
    expect(response).toMatchObject({ ok: true, turnCount: 2 });
    expect(response).not.toHaveProperty('summary');
    expect(open).not.toHaveBeenCalled();
    expect(await allTraces()).toEqual([]);
    expect(await route()).toBeNull();
  });
});

describe('the keyboard shortcut (Alt+Shift+T)', () => {
  test('opens the panel synchronously, asks the page to capture, and the capture lands with focus intent', async () => {
    const open = fakeSidePanel();
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, message: '' } as never);
    // The command's user action is current only during this call: open must have been asked before it returns.
    captureActiveTab({ id: 7, windowId, url: chatUrl } as never, 'shortcut');
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    await vi.waitFor(() =>
      expect(send).toHaveBeenCalledWith(7, { type: 'background→content:capture-now', trigger: 'shortcut' }),
    );
    // The content script answers with the capture, trigger kept.
    await handleContentMessage(capture('shortcut'), sender);
    const stored = await route();
    const [trace] = (await allTraces()) as Trace[];
    expect(stored).toMatchObject({ route: { kind: 'trace', id: trace!.id }, arrival: { kind: 'capture' } });
  });
});
