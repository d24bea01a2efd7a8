import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleContentMessage } from '@/lib/background/handle-capture-message';
import { settleAfterReplyWork } from '@/lib/background/after-reply';
import { getDatabase } from '@/lib/db/schema';
import { panelRouteKey, readPanelRoute } from '@/lib/panel/panel-route';
import { captureStatusItem } from '@/lib/capture/capture-status';
import { searchConversationIds } from '@/lib/db/conversations';
import { startManagedPolicyCache } from '@/lib/settings/managed-policy-cache';
import type { Framework } from '@/lib/model/framework';
import { defaultFrameworkId } from '@/lib/framework/default-framework';

const db = getDatabase();
const chatUrl = 'https://claude.ai/chat/abc';
const windowId = 3;
const sender = { id: fakeBrowser.runtime.id, url: chatUrl, tab: { id: 7, windowId } as never };
const capture = (texts: string[]) => ({
  type: 'content→background:capture-conversation',
  trigger: 'button',
  conversation: {
    site: 'claude',
    externalId: 'abc',
    url: chatUrl,
    title: 'Volcano hook',
    turns: texts.map((text, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', text, markdown: text })),
  },
});

const district: Framework = {
  schema: 'showwork.framework/1',
  id: 'springfield-2026',
  name: 'Springfield AI credentials',
  version: '2026.1',
  credentials: [{ id: 'found', name: 'Foundations', competencyIds: ['lit'] }],
  competencies: [{ id: 'lit', name: 'AI literacy' }],
  levels: [
    {
      id: 'beginner',
      name: 'Starter',
      description: '',
      requiresImplementationNotes: false,
      requiresStudentImpact: false,
    },
  ],
};

/** Managed storage that answers only when the test says so, as in a freshly started Chromium (seconds). */
function slowManagedStorage() {
  let answer: (value: Record<string, unknown>) => void = () => undefined;
  const get = vi
    .spyOn(fakeBrowser.storage.managed, 'get')
    .mockImplementation(() => new Promise((resolve) => (answer = resolve)) as never);
  return { get, answer: (value: Record<string, unknown>) => answer(value) };
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  // Chrome's side panel, open in this window (the fake browser has none).
  Object.assign(fakeBrowser, { sidePanel: { open: vi.fn(async () => undefined) } });
  Object.assign(fakeBrowser.runtime, { getContexts: async () => [{ contextType: 'SIDE_PANEL', windowId: -1 }] });
});

describe('a capture never waits for managed storage', () => {
  test("while the district policy is unknown, the page hears at once; the new draft gets the district's framework once it is read", async () => {
    const managed = slowManagedStorage();
    startManagedPolicyCache();

    const response = await handleContentMessage(capture(['Hook ideas?', 'Try a volcano']), sender);
    // Answered with managed storage still silent: stored, and a draft made with the teacher's framework.
    expect(response).toMatchObject({ ok: true, turnCount: 2, summary: 'Captured 2 turns — trace opened' });
    expect(await db.turns.count()).toBe(2);
    const [made] = await db.traces.toArray();
    expect(made).toMatchObject({ frameworkId: defaultFrameworkId, status: 'draft' });
    expect((await readPanelRoute(panelRouteKey.window(windowId)))?.route).toEqual({ kind: 'trace', id: made!.id });

    managed.answer({ framework: district });
    await settleAfterReplyWork();
    expect(await db.traces.toArray()).toEqual([
      { ...made, frameworkId: 'springfield-2026', credentialId: null, competencyId: null, level: 'beginner' },
    ]);
    expect(await captureStatusItem.getValue()).toMatchObject({
      message: 'Captured 2 turns — trace opened',
      traceId: made!.id,
    });
    // The search index was built after the answer too.
    const [conversation] = await db.conversations.toArray();
    expect(await searchConversationIds(db, 'volcano')).toEqual(new Set([conversation!.id]));
  });

  test('a draft the teacher has started on before the policy is read keeps its framework', async () => {
    const managed = slowManagedStorage();
    startManagedPolicyCache();
    await handleContentMessage(capture(['Hook ideas?', 'Try a volcano']), sender);
    const [made] = await db.traces.toArray();
    await db.traces.put({ ...made!, title: 'My volcano hook', updatedAt: made!.updatedAt + 1 });
    managed.answer({ framework: district });
    await settleAfterReplyWork();
    expect(await db.traces.toArray()).toMatchObject([{ title: 'My volcano hook', frameworkId: defaultFrameworkId }]);
  });

  test('an existing draft opens at once while the policy is still unknown', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({} as never);
    startManagedPolicyCache();
    await handleContentMessage(capture(['Hook ideas?', 'Try a volcano']), sender);
    await settleAfterReplyWork();
    expect(await db.traces.count()).toBe(1);

    // A new worker in a new browser session: nothing known, managed storage slow.
    const { resetManagedPolicyCacheForTests } = await import('@/lib/settings/managed-policy-cache');
    resetManagedPolicyCacheForTests();
    await fakeBrowser.storage.session.clear();
    slowManagedStorage();
    startManagedPolicyCache();
    const again = await handleContentMessage(capture(['Hook ideas?', 'Try a volcano', 'Shorter?']), sender);
    expect(again).toMatchObject({ ok: true, summary: 'Captured 3 turns — your draft trace opened' });
  });

  test('a restarted worker knows the policy from storage.session at once; a policy change is read again', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ framework: district } as never);
    const cache = await import('@/lib/settings/managed-policy-cache');
    cache.startManagedPolicyCache();
    expect((await cache.managedPolicyWhenKnown()).framework?.id).toBe('springfield-2026');

    // The worker stops (memory gone, storage.session kept) and starts again with managed storage slow.
    cache.resetManagedPolicyCacheForTests();
    const managed = slowManagedStorage();
    cache.startManagedPolicyCache();
    await vi.waitFor(() => expect(cache.knownManagedPolicy()?.framework?.id).toBe('springfield-2026'));
    const response = await handleContentMessage(capture(['Hook ideas?', 'Try a volcano']), sender);
    expect(response).toMatchObject({ ok: true, summary: 'Captured 2 turns — trace opened' });
    expect((await db.traces.toArray())[0]).toMatchObject({ frameworkId: 'springfield-2026' });

    // District IT removes the framework: the change event makes the cache read managed storage again.
    managed.answer({ framework: district });
    await cache.managedPolicyWhenKnown();
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({} as never);
    await fakeBrowser.storage.onChanged.trigger({ framework: { oldValue: district } }, 'managed');
    expect(await cache.managedPolicyWhenKnown()).toEqual({});
    expect(cache.knownManagedPolicy()).toEqual({});
  });
});
