// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDatabase } from '../../lib/db/schema';
import { retentionAlarmName } from '../../lib/privacy/retention-sweep';
import { savePortalProfile } from '../../lib/settings/portals';
import { retentionDaysItem } from '../../lib/settings/retention';
import { outboxAlarmName, queueSubmission } from '../../lib/upload/outbox';
import { outboxTuningItem } from '../../lib/upload/outbox-tuning';
import { registerOutboxListeners } from '../../lib/upload/register-outbox';
import { makeConversation, makeTrace, makeTurns } from '../backup/library-fixture';
import { startGenericPortalServer, type GenericPortalServer } from '../servers/generic-portal-server';
import { samplePayload } from './helpers';

const db = getDatabase();
let server: GenericPortalServer;
const portal = () => ({ kind: 'generic', id: 'p', name: 'Portal', url: server.url }) as const;

beforeEach(async () => {
  await db.delete();
  await db.open();
  server = await startGenericPortalServer();
  await savePortalProfile(db, portal(), 'portal-token');
  await outboxTuningItem.setValue({ timeoutMs: 2_000, baseDelayMs: 20, maxDelayMs: 100 });
});
afterEach(async () => {
  // Let runs the listeners started finish before the next test deletes the database.
  await new Promise((resolve) => setTimeout(resolve, 100));
  await server.close();
});

const stateOf = async (id: string) => (await db.submissions.get(id))?.state;

describe('registerOutboxListeners (the service worker side)', () => {
  test('worker start resumes a row a stopped worker left "sending": retried with the same key, sent once', async () => {
    const { submission } = await queueSubmission(db, {
      traceId: 't',
      portal: portal(),
      fingerprint: 'f',
      payload: samplePayload(),
    });
    await db.submissions.update(submission.id, { state: 'sending', attempts: 1, sendingSince: Date.now() - 60_000 });
    registerOutboxListeners();
    await vi.waitFor(async () => expect(await stateOf(submission.id)).toBe('sent'));
    expect(server.submissions).toHaveLength(1);
    expect(server.submissions[0]!.idempotencyKey).toBe(submission.idempotencyKey);
    // The daily retention alarm exists.
    expect(await fakeBrowser.alarms.get(retentionAlarmName)).toMatchObject({ periodInMinutes: 24 * 60 });
  });

  test('the outbox alarm runs the outbox', async () => {
    registerOutboxListeners();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const { submission } = await queueSubmission(db, {
      traceId: 't',
      portal: portal(),
      fingerprint: 'f',
      payload: samplePayload(),
    });
    await fakeBrowser.alarms.onAlarm.trigger({
      name: outboxAlarmName,
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    await vi.waitFor(async () => expect(await stateOf(submission.id)).toBe('sent'));
  });

  test("the wake message is answered from ShowWork's own pages only", async () => {
    registerOutboxListeners();
    const message = { type: 'extension-page→background:outbox-wake' };
    const fromPanel = vi.fn();
    await fakeBrowser.runtime.onMessage.trigger(
      message,
      { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') },
      fromPanel,
    );
    expect(fromPanel).toHaveBeenCalledWith({ ok: true });
    const fromPage = vi.fn();
    await fakeBrowser.runtime.onMessage.trigger(
      message,
      { id: fakeBrowser.runtime.id, url: 'https://chatgpt.com/c/1', tab: { id: 3 } as Browser.tabs.Tab },
      fromPage,
    );
    expect(fromPage).not.toHaveBeenCalled();
    const other = vi.fn();
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'something-else' },
      { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') },
      other,
    );
    expect(other).not.toHaveBeenCalled();
  });

  test('browser start applies the retention period', async () => {
    const old = Date.now() - 90 * 24 * 60 * 60_000;
    await db.conversations.add(makeConversation(1, old));
    await db.turns.bulkAdd(makeTurns('conv-1', old));
    await db.traces.add(makeTrace(1, 'conv-1', old));
    await retentionDaysItem.setValue(30);
    registerOutboxListeners();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await db.traces.count()).toBe(0));
    expect(await db.conversations.count()).toBe(0);
  });
});
