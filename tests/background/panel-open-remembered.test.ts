import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage } from '@/lib/background/handle-capture-message';
import { isSidePanelOpen, openRememberedMs, openSidePanelForTab } from '@/lib/background/side-panel';
import { getDatabase } from '@/lib/db/schema';
import { managedPolicyWhenKnown, startManagedPolicyCache } from '@/lib/settings/managed-policy-cache';

// The in-page Capture click opens the side panel from the worker (the click's message), and the capture that follows
// says whether it did. Chrome lists the panel's context only once its document has started: on a loaded machine that
// came after the open had resolved and after a small capture had landed (fastest-path e2e, load 12, 2026-12-01).

const db = getDatabase();
const chatUrl = 'https://claude.ai/chat/abc';
const windowId = 3;
let nextTabId = 100;
/** A tab of its own per test: the worker remembers each tab's latest open (module state, as in the worker). */
let sender: { id: string; url: string; tab: never };

const capture = {
  type: 'content→background:capture-conversation',
  trigger: 'button',
  conversation: {
    site: 'claude',
    externalId: 'abc',
    url: chatUrl,
    title: 'Volcano hook',
    turns: [
      { role: 'user', text: 'turn 0', markdown: 'turn 0' },
      { role: 'assistant', text: 'turn 1', markdown: 'turn 1' },
    ],
  },
};

/** Chrome's side panel as seen on a loaded machine: the open resolves, its context is not listed yet. */
function sidePanelNotYetListed(open: () => Promise<void> = async () => {}) {
  const spy = vi.fn(open);
  Object.assign(fakeBrowser, { sidePanel: { open: spy } });
  Object.assign(fakeBrowser.runtime, { getContexts: vi.fn(async () => []) });
  return spy;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  startManagedPolicyCache();
  await managedPolicyWhenKnown();
  sender = { id: fakeBrowser.runtime.id, url: chatUrl, tab: { id: nextTabId++, windowId } as never };
});

test("the click's message calls sidePanel.open before the handler awaits anything (Chrome's user action is current only then)", () => {
  const open = sidePanelNotYetListed();
  // Not awaited: whatever the handler awaits runs later; the open must already have been asked for.
  const handled = handleContentMessage({ type: 'content→background:open-panel' }, sender);
  expect(open).toHaveBeenCalledWith({ tabId: (sender.tab as { id: number }).id });
  return handled;
});

test('an open that resolved says "trace opened" even before Chrome lists the panel', async () => {
  sidePanelNotYetListed();
  await handleContentMessage({ type: 'content→background:open-panel' }, sender);
  await Promise.resolve(); // the open has settled before the capture arrives, as in the e2e run that failed
  const response = await handleContentMessage(capture, sender);
  expect(response).toMatchObject({ ok: true, summary: 'Captured 2 turns — trace opened' });
  expect(fakeBrowser.runtime.getContexts).not.toHaveBeenCalled();
});

test('an open Chrome refused says how to see the trace (the panel is not listed either)', async () => {
  sidePanelNotYetListed(async () => {
    throw new Error('`sidePanel.open()` may only be called in response to a user gesture.');
  });
  await handleContentMessage({ type: 'content→background:open-panel' }, sender);
  const response = await handleContentMessage(capture, sender);
  expect(response).toMatchObject({ summary: 'Captured 2 turns — click the ShowWork toolbar button to see it' });
});

test('an open still in flight is waited for', async () => {
  let resolveOpen!: () => void;
  sidePanelNotYetListed(() => new Promise<void>((resolve) => (resolveOpen = resolve)));
  const tabId = (sender.tab as { id: number }).id;
  void openSidePanelForTab(tabId);
  const answer = isSidePanelOpen(windowId, tabId);
  resolveOpen();
  expect(await answer).toBe(true);
});

test('an old open no longer answers: the panel may have been closed since, so Chrome is asked', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    sidePanelNotYetListed();
    const tabId = (sender.tab as { id: number }).id;
    await openSidePanelForTab(tabId);
    vi.setSystemTime(Date.now() + openRememberedMs + 1);
    expect(await isSidePanelOpen(windowId, tabId)).toBe(false);
    expect(fakeBrowser.runtime.getContexts).toHaveBeenCalledOnce();
    // Another tab's open never answers for this one.
    await openSidePanelForTab(tabId + 1000);
    expect(await isSidePanelOpen(windowId, tabId)).toBe(false);
  } finally {
    vi.useRealTimers();
  }
});

test('a panel the teacher closed no longer counts as opened by the click', async () => {
  const closed: ((info: { tabId?: number; windowId: number }) => void)[] = [];
  const open = vi.fn(async () => {});
  Object.assign(fakeBrowser, {
    sidePanel: { open, onClosed: { addListener: (l: (typeof closed)[0]) => closed.push(l) } },
  });
  Object.assign(fakeBrowser.runtime, { getContexts: vi.fn(async () => []) });
  const tabId = (sender.tab as { id: number }).id;
  await openSidePanelForTab(tabId);
  expect(await isSidePanelOpen(windowId, tabId)).toBe(true);
  // Chrome closes the tab's panel, then a panel it names no tab for.
  for (const listener of closed) listener({ tabId, windowId });
  await openSidePanelForTab(tabId + 1);
  for (const listener of closed) listener({ windowId });
  expect(await isSidePanelOpen(windowId, tabId)).toBe(false);
  expect(await isSidePanelOpen(windowId, tabId + 1)).toBe(false);
});
