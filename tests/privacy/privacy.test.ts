// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Storage } from 'happy-dom';
import type { ShowWorkDatabase } from '../../lib/db/schema';
import { deleteAllData, isDeleteConfirmation } from '../../lib/privacy/delete-all';
import { localStorageJournal } from '../../lib/trace/unsaved-edits-journal';
import { runRetentionSweep, sweepRetention } from '../../lib/privacy/retention-sweep';
import { savePortalProfile } from '../../lib/settings/portals';
import { retentionDaysItem, readEffectiveRetention } from '../../lib/settings/retention';
import { outboxAlarmName, queueSubmission } from '../../lib/upload/outbox';
import { makeConversation, makeTrace, makeTurns, sampleFramework } from '../backup/library-fixture';
import { openTestDatabase, samplePayload } from '../upload/helpers';

const day = 24 * 60 * 60_000;
const now = Date.UTC(2026, 10, 20);
let db: ShowWorkDatabase;

beforeEach(() => {
  db = openTestDatabase();
});
afterEach(() => db.close());

async function addChat(i: number, ageDays: number, traceAgeDays?: number) {
  const at = now - ageDays * day;
  await db.conversations.add(makeConversation(i, at));
  await db.turns.bulkAdd(makeTurns(`conv-${i}`, at));
  await db.conversationWords.add({ conversationId: `conv-${i}`, words: ['x'] });
  if (traceAgeDays !== undefined) await db.traces.add(makeTrace(i, `conv-${i}`, now - traceAgeDays * day));
}

const portal = { kind: 'generic', id: 'p', name: 'Portal', url: 'https://portal.example/s' } as const;

describe('retention', () => {
  test('removes conversations, turns and traces older than N days, keeps the rest', async () => {
    await addChat(1, 40, 40); // old chat, old trace → both go
    await addChat(2, 40); // old chat without trace → goes
    await addChat(3, 5, 5); // recent → stays
    const result = await sweepRetention(db, 30, now);
    expect(result).toEqual({ conversations: 2, turns: 4, traces: 1 });
    expect(await db.conversations.toCollection().primaryKeys()).toEqual(['conv-3']);
    expect(await db.turns.count()).toBe(2);
    expect(await db.conversationWords.toCollection().primaryKeys()).toEqual(['conv-3']);
    expect(await db.traces.toCollection().primaryKeys()).toEqual(['trace-3']);
  });

  test.each(['queued', 'sending', 'failed'] as const)(
    'never removes a trace still in the outbox (%s)',
    async (state) => {
      await addChat(1, 90, 90);
      const { submission } = await queueSubmission(
        db,
        { traceId: 'trace-1', portal, fingerprint: 'sha256:a', payload: samplePayload() },
        now - 90 * day,
      );
      await db.submissions.update(submission.id, { state });
      const result = await sweepRetention(db, 30, now);
      expect(result.traces).toBe(0);
      expect(await db.traces.get('trace-1')).toBeDefined();
      // …nor the conversation it quotes.
      expect(await db.conversations.get('conv-1')).toBeDefined();
      expect(await db.submissionPayloads.get(submission.id)).toBeDefined();
    },
  );

  test('a sent trace is removed with its outbox rows', async () => {
    await addChat(1, 90, 90);
    const { submission } = await queueSubmission(
      db,
      { traceId: 'trace-1', portal, fingerprint: 'sha256:a', payload: samplePayload() },
      now - 90 * day,
    );
    await db.submissions.update(submission.id, { state: 'sent' });
    await sweepRetention(db, 30, now);
    expect(await db.traces.count()).toBe(0);
    expect(await db.submissions.count()).toBe(0);
    expect(await db.submissionPayloads.count()).toBe(0);
  });

  test('an old conversation quoted by a recent trace stays', async () => {
    await addChat(1, 90);
    await db.traces.add(makeTrace(7, 'conv-1', now - day));
    await sweepRetention(db, 30, now);
    expect(await db.conversations.get('conv-1')).toBeDefined();
    expect(await db.turns.where('conversationId').equals('conv-1').count()).toBe(2);
  });

  test('0 days keeps everything', async () => {
    await addChat(1, 4000, 4000);
    expect(await sweepRetention(db, 0, now)).toEqual({ conversations: 0, turns: 0, traces: 0 });
    expect(await db.traces.count()).toBe(1);
  });

  test("the district retention wins over the teacher's", async () => {
    await retentionDaysItem.setValue(365);
    expect(await readEffectiveRetention()).toEqual({ days: 365, isManaged: false });
    await fakeBrowser.storage.managed.set({ retentionDays: 30 });
    expect(await readEffectiveRetention()).toEqual({ days: 30, isManaged: true });
    await addChat(1, 40, 40);
    const result = await runRetentionSweep(db, now);
    expect(result.traces).toBe(1);
  });
});

describe('Delete all my data', () => {
  test('the typed confirmation must match exactly', () => {
    expect(isDeleteConfirmation(' DELETE ', 'DELETE')).toBe(true);
    expect(isDeleteConfirmation('delete', 'DELETE')).toBe(false);
    expect(isDeleteConfirmation('', 'DELETE')).toBe(false);
  });

  test('empties every table, the edits not yet saved, the settings and the outbox alarm', async () => {
    await addChat(1, 1, 1);
    await db.frameworks.put(sampleFramework);
    await savePortalProfile(db, portal, 'tok');
    await queueSubmission(db, { traceId: 'trace-1', portal, fingerprint: 'sha256:a', payload: samplePayload() });
    await fakeBrowser.alarms.create(outboxAlarmName, { when: Date.now() + 1000 });
    await fakeBrowser.storage.managed.set({ retentionDays: 10 });
    // The extension page's localStorage (this test runs in Node, which has none).
    const storage = new Storage();
    const journal = localStorageJournal(storage);
    journal.record('trace-1', { path: 'reflection.risk', value: 'Not yet saved', at: 5_000 });
    storage.setItem('another-page-key', 'kept');

    await deleteAllData(db, journal);
    expect(journal.read().size).toBe(0);
    expect(storage.getItem('another-page-key')).toBe('kept');
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.alarms.get(outboxAlarmName)).toBeUndefined();
    // District policy is not the teacher's data and is read-only.
    expect(await fakeBrowser.storage.managed.get(null)).toEqual({ retentionDays: 10 });
  });
});
