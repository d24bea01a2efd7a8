import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Transaction } from 'dexie';
import { handleContentMessage } from '@/lib/background/handle-capture-message';
import { getDatabase } from '@/lib/db/schema';
import { managedPolicyWhenKnown, startManagedPolicyCache } from '@/lib/settings/managed-policy-cache';

const db = getDatabase();
const chatUrl = 'https://claude.ai/chat/abc';

const capture = (turnCount: number) => ({
  type: 'content→background:capture-conversation',
  trigger: 'button',
  conversation: {
    site: 'claude',
    externalId: 'abc',
    url: chatUrl,
    title: 'Volcano hook',
    turns: Array.from({ length: turnCount }, (_, i) => ({
      role: i % 2 === 0 ? 'user' : 'assistant',
      text: `turn ${i}`,
      markdown: `turn ${i}`,
    })),
  },
});
const sender = { id: fakeBrowser.runtime.id, url: chatUrl, tab: { id: 7, windowId: 3 } as never };

/** The stores of the transaction each trace was created in. */
function recordTraceTransactions(): string[][] {
  const seen: string[][] = [];
  db.traces.hook('creating', function (_key, _trace, transaction: Transaction) {
    seen.push([...transaction.storeNames].sort());
  });
  return seen;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  startManagedPolicyCache();
  await managedPolicyWhenKnown();
  Object.assign(fakeBrowser, { sidePanel: { open: vi.fn(async () => undefined) } });
  Object.assign(fakeBrowser.runtime, { getContexts: async () => [{ contextType: 'SIDE_PANEL', windowId: -1 }] });
});

describe("a first capture's draft is made in the capture's own transaction", () => {
  test('one commit holds the new conversation, its turns and its draft with every turn', async () => {
    const transactions = recordTraceTransactions();
    const response = await handleContentMessage(capture(6), sender);
    expect(response).toMatchObject({ ok: true, summary: 'Captured 6 turns — trace opened' });
    expect(transactions).toHaveLength(1);
    expect(transactions[0]).toEqual(expect.arrayContaining(['conversations', 'turns', 'conversationWords', 'traces']));
    const [trace] = await db.traces.toArray();
    const turns = (await db.turns.toArray()).sort((a, b) => a.ordinal - b.ordinal);
    expect(trace!.items).toEqual(turns.map((turn) => ({ turnId: turn.id, conversationId: turn.conversationId })));
  });

  test("a conversation stored before is left to the landing's own transaction (its traces are looked at there)", async () => {
    await handleContentMessage(capture(2), sender);
    await db.traces.clear();
    const transactions = recordTraceTransactions();
    await handleContentMessage(capture(4), sender);
    expect(transactions).toHaveLength(1);
    // The landing's transaction, not the capture's (which alone holds the search index's marker).
    expect(transactions[0]).not.toContain('conversationWords');
    expect(await db.traces.count()).toBe(1);
  });

  test('a draft that fails in the capture does not lose the capture: the landing makes it after the commit', async () => {
    let failures = 1;
    db.traces.hook('creating', () => {
      if (failures-- > 0) throw new Error('the draft could not be written');
    });
    const response = await handleContentMessage(capture(3), sender);
    expect(response).toMatchObject({ ok: true, summary: 'Captured 3 turns — trace opened' });
    expect(await db.turns.count()).toBe(3);
    expect(await db.traces.count()).toBe(1);
  });

  test('two first captures at once still make one draft', async () => {
    await Promise.all([handleContentMessage(capture(2), sender), handleContentMessage(capture(2), sender)]);
    expect(await db.conversations.count()).toBe(1);
    expect(await db.traces.count()).toBe(1);
  });
});
