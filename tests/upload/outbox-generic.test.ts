// @vitest-environment node
// Node's own fetch, FormData and Blob against a real HTTP server on 127.0.0.1 (happy-dom would replace them).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ShowWorkDatabase } from '../../lib/db/schema';
import { savePortalProfile, type GenericPortalProfile } from '../../lib/settings/portals';
import {
  cancelSubmission,
  outboxAlarmName,
  processOutbox,
  queueSubmission,
  retrySubmission,
} from '../../lib/upload/outbox';
import { outboxTuningItem } from '../../lib/upload/outbox-tuning';
import { startGenericPortalServer, type GenericPortalServer } from '../servers/generic-portal-server';
import { drainOutbox, fastTuning, openTestDatabase, samplePayload } from './helpers';

let server: GenericPortalServer;
let db: ShowWorkDatabase;
let portal: GenericPortalProfile;

async function setUp(options: Parameters<typeof startGenericPortalServer>[0] = {}) {
  server = await startGenericPortalServer(options);
  portal = { kind: 'generic', id: 'district', name: 'District portal', url: server.url };
  await savePortalProfile(db, portal, 'portal-token');
}

async function queueOne(label = 'one') {
  const result = await queueSubmission(db, {
    traceId: `trace-${label}`,
    portal,
    fingerprint: `sha256:${label}`,
    payload: samplePayload(label),
  });
  expect(result.status).toBe('queued');
  return result.submission;
}

beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  await server?.close();
  db.close();
});

describe('generic portal outbox', () => {
  test('sends the three parts with the token and the Idempotency-Key, and stores the receipt', async () => {
    await setUp();
    const queued = await queueOne();
    const summary = await processOutbox({ db, tuning: fastTuning });
    expect(summary).toMatchObject({ attempted: 1, sent: 1 });

    expect(server.submissions).toHaveLength(1);
    const received = server.submissions[0]!;
    expect(received.partOrder).toEqual(['trace', 'pdf', 'evidence']);
    expect(received.authorization).toBe('Bearer portal-token');
    expect(received.idempotencyKey).toBe(queued.idempotencyKey);
    expect(received.pdfType).toBe('application/pdf');
    expect(received.pdfFileName).toBe('Rivera_AI-Foundations_one.pdf');
    expect(Buffer.compare(received.pdf, Buffer.from(samplePayload('one').pdf))).toBe(0);
    expect(received.trace).toMatchObject({ schema: 'showwork.trace/1', id: 'trace-one' });

    const row = await db.submissions.get(queued.id);
    expect(row).toMatchObject({ state: 'sent', attempts: 1, receipt: { id: received.id } });
    expect(row?.receipt?.url).toBe(`${server.origin}/showwork/receipts/${received.id}`);
    expect(await db.submissionPayloads.get(queued.id)).toBeUndefined();
    // Nothing left to do: the alarm is cleared.
    expect(await fakeBrowser.alarms.get(outboxAlarmName)).toBeUndefined();
  });

  test('connection dropped mid-upload: retried, exactly one submission, sent', async () => {
    await setUp();
    server.injectFault({ kind: 'drop-mid-upload' });
    const queued = await queueOne();
    const first = await processOutbox({ db, tuning: fastTuning });
    expect(first).toMatchObject({ attempted: 1, retrying: 1 });
    const afterFirst = await db.submissions.get(queued.id);
    expect(afterFirst).toMatchObject({ state: 'queued', errorCode: 'network', outcomeUnknown: true });
    // The alarm is set for the retry (or for now, when the retry is already due on a slow machine).
    const scheduled = (await fakeBrowser.alarms.get(outboxAlarmName))!.scheduledTime;
    expect(scheduled).toBeGreaterThanOrEqual(afterFirst!.nextAttemptAt);
    expect(scheduled).toBeLessThanOrEqual(Math.max(afterFirst!.nextAttemptAt, Date.now()));

    await drainOutbox({ db, tuning: fastTuning });
    expect(server.submissions).toHaveLength(1);
    expect(await db.submissions.get(queued.id)).toMatchObject({ state: 'sent', attempts: 2 });
    const keys = server.requests.filter((r) => r.method === 'POST').map((r) => r.idempotencyKey);
    expect(new Set(keys)).toEqual(new Set([queued.idempotencyKey]));
  });

  test('stored but the answer was lost: the retry gets the replayed receipt (200), still one submission', async () => {
    await setUp();
    server.injectFault({ kind: 'drop-after-store' });
    const queued = await queueOne();
    await drainOutbox({ db, tuning: fastTuning });
    expect(server.submissions).toHaveLength(1);
    const statuses = server.requests.filter((r) => r.method === 'POST').map((r) => r.status);
    expect(statuses).toEqual([undefined, 200]);
    expect(await db.submissions.get(queued.id)).toMatchObject({
      state: 'sent',
      receipt: { id: server.submissions[0]!.id },
    });
  });

  test('500 once, then success', async () => {
    await setUp();
    server.injectFault({ kind: 'status', status: 500, title: 'Database unavailable' });
    const queued = await queueOne();
    await processOutbox({ db, tuning: fastTuning });
    expect(await db.submissions.get(queued.id)).toMatchObject({
      state: 'queued',
      errorCode: 'server',
      lastError: 'Database unavailable',
    });
    await drainOutbox({ db, tuning: fastTuning });
    expect(server.submissions).toHaveLength(1);
    const row = await db.submissions.get(queued.id);
    expect(row).toMatchObject({ state: 'sent', attempts: 2 });
    expect(row?.errorCode).toBeUndefined();
  });

  test('answer slower than the time limit: timeout, then 409 while in flight, then the replayed receipt', async () => {
    await setUp();
    server.injectFault({ kind: 'slow', delayMs: 700 });
    const queued = await queueOne();
    const tuning = { ...fastTuning, timeoutMs: 250 };
    await processOutbox({ db, tuning });
    expect(await db.submissions.get(queued.id)).toMatchObject({
      state: 'queued',
      errorCode: 'timeout',
      outcomeUnknown: true,
    });
    await drainOutbox({ db, tuning });
    expect(server.submissions).toHaveLength(1);
    const statuses = server.requests.filter((r) => r.method === 'POST').map((r) => r.status);
    expect(statuses).toContain(409);
    expect(statuses.at(-1)).toBe(200);
    expect(await db.submissions.get(queued.id)).toMatchObject({ state: 'sent' });
  });

  test('the time limit comes from local:outboxTuning when no tuning is passed', async () => {
    await setUp();
    await outboxTuningItem.setValue({ timeoutMs: 200, baseDelayMs: 10, maxDelayMs: 50 });
    server.injectFault({ kind: 'slow', delayMs: 500 });
    const queued = await queueOne();
    await processOutbox({ db });
    expect(await db.submissions.get(queued.id)).toMatchObject({ errorCode: 'timeout' });
  });

  test('a worker stopped mid-send leaves the row "sending": the next run retries with the same key, one submission', async () => {
    await setUp();
    const queued = await queueOne();
    // The first worker got the request to the portal and was stopped before it could record the answer.
    server.injectFault({ kind: 'drop-after-store' });
    await db.submissions.update(queued.id, { state: 'sending', attempts: 1, sendingSince: Date.now() - 60_000 });
    const { sendToGenericPortal } = await import('../../lib/upload/generic-portal');
    await sendToGenericPortal({
      url: server.url,
      token: 'portal-token',
      idempotencyKey: queued.idempotencyKey,
      payload: samplePayload('one'),
      timeoutMs: 2_000,
    });
    expect(server.submissions).toHaveLength(1);

    const summary = await processOutbox({ db, tuning: fastTuning });
    expect(summary).toMatchObject({ recovered: 1, sent: 1 });
    expect(server.submissions).toHaveLength(1);
    expect(await db.submissions.get(queued.id)).toMatchObject({ state: 'sent', attempts: 2, receipt: { id: 'sub_1' } });
  });

  test('429 honours Retry-After', async () => {
    await setUp();
    server.injectFault({ kind: 'status', status: 429, retryAfter: '3' });
    const queued = await queueOne();
    const before = Date.now();
    await processOutbox({ db, tuning: fastTuning });
    const row = await db.submissions.get(queued.id);
    expect(row).toMatchObject({ state: 'queued', errorCode: 'rate-limited' });
    expect(row!.nextAttemptAt - before).toBeGreaterThanOrEqual(3_000);
    expect(row!.nextAttemptAt - Date.now()).toBeLessThanOrEqual(3_000);
  });

  test.each([
    ['401: wrong token', { token: 'other-token' }, 'unauthorized', 'Unauthorized'],
    ['413: too large', { maxBytes: 500 }, 'too-large', 'Payload too large'],
  ] as const)('%s is permanent and explained', async (_name, options, code, detail) => {
    await setUp(options);
    const queued = await queueOne();
    await processOutbox({ db, tuning: fastTuning });
    const row = await db.submissions.get(queued.id);
    expect(row).toMatchObject({ state: 'failed', errorCode: code, nextAttemptAt: 0 });
    expect(row?.lastError).toContain(detail);
    // No more attempts on their own.
    await processOutbox({ db, tuning: fastTuning });
    expect((await db.submissions.get(queued.id))?.attempts).toBe(1);
    expect(server.submissions).toHaveLength(0);
  });

  test('404: wrong portal address', async () => {
    await setUp();
    portal = { ...portal, url: `${server.origin}/wrong/path` };
    await savePortalProfile(db, portal, undefined);
    const queued = await queueOne();
    await processOutbox({ db, tuning: fastTuning });
    expect(await db.submissions.get(queued.id)).toMatchObject({ state: 'failed', errorCode: 'not-found' });
  });

  test('422: the key was used with a different payload; Retry sends under a new key', async () => {
    await setUp();
    const first = await queueOne('first');
    await processOutbox({ db, tuning: fastTuning });
    const second = await queueOne('second');
    // A key collision (e.g. a restored database): the second row reuses the first row's key.
    await db.submissions.update(second.id, { idempotencyKey: first.idempotencyKey });
    await processOutbox({ db, tuning: fastTuning });
    const failed = await db.submissions.get(second.id);
    expect(failed).toMatchObject({ state: 'failed', errorCode: 'key-conflict' });
    expect(failed?.lastError).toContain('different payload');

    expect(await retrySubmission(db, second.id)).toBe(true);
    const retried = await db.submissions.get(second.id);
    expect(retried?.idempotencyKey).not.toBe(first.idempotencyKey);
    await processOutbox({ db, tuning: fastTuning });
    expect(await db.submissions.get(second.id)).toMatchObject({ state: 'sent' });
    expect(server.submissions).toHaveLength(2);
  });

  test('after a permanent failure the teacher fixes the token and retries: same key, sent once', async () => {
    await setUp({ token: 'new-token' });
    const queued = await queueOne();
    await processOutbox({ db, tuning: fastTuning });
    expect((await db.submissions.get(queued.id))?.errorCode).toBe('unauthorized');
    await savePortalProfile(db, portal, 'new-token');
    await retrySubmission(db, queued.id);
    await processOutbox({ db, tuning: fastTuning });
    expect(await db.submissions.get(queued.id)).toMatchObject({ state: 'sent', idempotencyKey: queued.idempotencyKey });
    expect(server.submissions).toHaveLength(1);
  });

  test('transient failures stop after maxAttempts with "gave-up"', async () => {
    await setUp();
    server.injectFault(...Array.from({ length: 3 }, () => ({ kind: 'status', status: 503 }) as const));
    const queued = await queueOne();
    await drainOutbox({ db, tuning: { ...fastTuning, maxAttempts: 3 } });
    expect(await db.submissions.get(queued.id)).toMatchObject({ state: 'failed', errorCode: 'gave-up', attempts: 3 });
    expect(server.submissions).toHaveLength(0);
  });

  test('Submit twice queues once; the same version already sent is not sent again', async () => {
    await setUp();
    const queued = await queueOne();
    const again = await queueSubmission(db, {
      traceId: 'trace-one',
      portal,
      fingerprint: 'sha256:one',
      payload: samplePayload('one'),
    });
    expect(again).toMatchObject({ status: 'already-pending', submission: { id: queued.id } });
    await processOutbox({ db, tuning: fastTuning });
    const afterSent = await queueSubmission(db, {
      traceId: 'trace-one',
      portal,
      fingerprint: 'sha256:one',
      payload: samplePayload('one'),
    });
    expect(afterSent).toMatchObject({ status: 'already-sent', submission: { id: queued.id } });
    const newVersion = await queueSubmission(db, {
      traceId: 'trace-one',
      portal,
      fingerprint: 'sha256:edited',
      payload: samplePayload('edited'),
    });
    expect(newVersion.status).toBe('queued');
  });

  test('Cancel removes a queued submission and its payload; nothing is sent', async () => {
    await setUp();
    const queued = await queueOne();
    expect(await cancelSubmission(db, queued.id)).toBe(true);
    await processOutbox({ db, tuning: fastTuning });
    expect(server.submissions).toHaveLength(0);
    expect(await db.submissions.get(queued.id)).toMatchObject({ state: 'cancelled' });
    expect(await db.submissionPayloads.get(queued.id)).toBeUndefined();
  });

  test('a removed portal fails the submission with a clear code', async () => {
    await setUp();
    const queued = await queueOne();
    const { removePortalProfile } = await import('../../lib/settings/portals');
    await removePortalProfile(db, portal.id);
    await processOutbox({ db, tuning: fastTuning });
    expect(await db.submissions.get(queued.id)).toMatchObject({ state: 'failed', errorCode: 'portal-removed' });
    expect(await db.portalSecrets.get(portal.id)).toBeUndefined();
  });

  test('calls made during a run join it and no row is sent twice', async () => {
    await setUp();
    for (const label of ['a', 'b', 'c', 'd', 'e', 'f']) await queueOne(label);
    await Promise.all([
      processOutbox({ db, tuning: fastTuning }),
      processOutbox({ db, tuning: fastTuning }),
      processOutbox({ db, tuning: fastTuning }),
    ]);
    expect(server.submissions).toHaveLength(6);
    expect(await db.submissions.where('state').equals('sent').count()).toBe(6);
  });
});
