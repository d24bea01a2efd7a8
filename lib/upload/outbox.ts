import { browser } from 'wxt/browser';
import type { ShowWorkDatabase } from '../db/schema';
import type { Submission, SubmissionState } from '../model/submission';
import { findPortalProfile, readPortalToken, type PortalProfile } from '../settings/portals';
import { sendToCanvas } from './canvas';
import type { SendOutcome } from './errors';
import { sendToGenericPortal, type PayloadParts } from './generic-portal';
import type { FetchLike } from './http';
import { computeRetryDelay, readOutboxTuning, type OutboxTuning } from './outbox-tuning';
import { hasOriginPermission, isLoopbackUrl } from './permissions';

/** The one alarm that drives the outbox; set on every state change (chrome.alarms survive worker stops). */
export const outboxAlarmName = 'showwork-outbox';

/** States in which a trace is still "in the outbox" (retention never removes it). */
export const pendingStates: readonly SubmissionState[] = ['queued', 'sending', 'failed'];

/** Extra time past the request limit before a 'sending' row is presumed orphaned and the alarm wakes us. */
const watchdogGraceMs = 5_000;

export interface QueueSubmissionInput {
  traceId: string;
  portal: PortalProfile;
  /** SHA-256 (hex) of the trace document in the payload (fingerprintTraceDocument). */
  fingerprint: string;
  /** The trace's updatedAt: the same version already received by this portal is not sent again. */
  traceVersion?: number;
  payload: PayloadParts;
}

export type QueueSubmissionResult =
  | { status: 'queued'; submission: Submission }
  /** This trace already waits in the outbox for this portal. */
  | { status: 'already-pending'; submission: Submission }
  /** This exact version of the trace was already received by this portal. */
  | { status: 'already-sent'; submission: Submission };

/**
 * Puts a trace in the outbox: the queued row and the exact bytes to send, in ONE transaction, so the
 * service worker never sees a row without its payload and every retry sends the same bytes under the
 * same Idempotency-Key. Called from the side panel when the teacher clicks Submit.
 */
export async function queueSubmission(
  db: ShowWorkDatabase,
  input: QueueSubmissionInput,
  now: number = Date.now(),
): Promise<QueueSubmissionResult> {
  return db.transaction('rw', db.submissions, db.submissionPayloads, async () => {
    const previous = (await db.submissions.where('traceId').equals(input.traceId).toArray()).filter(
      (s) => s.portalId === input.portal.id,
    );
    const pending = previous.find((s) => pendingStates.includes(s.state));
    if (pending) return { status: 'already-pending', submission: pending } as const;
    const sent = previous.find(
      (s) =>
        s.state === 'sent' &&
        (s.fingerprint === input.fingerprint ||
          (input.traceVersion !== undefined && s.traceVersion === input.traceVersion)),
    );
    if (sent) return { status: 'already-sent', submission: sent } as const;
    const submission: Submission = {
      id: crypto.randomUUID(),
      traceId: input.traceId,
      portalId: input.portal.id,
      portalName: input.portal.name,
      state: 'queued',
      attempts: 0,
      nextAttemptAt: now,
      idempotencyKey: crypto.randomUUID(),
      fingerprint: input.fingerprint,
      ...(input.traceVersion !== undefined ? { traceVersion: input.traceVersion } : {}),
      createdAt: now,
      updatedAt: now,
    };
    await db.submissions.add(submission);
    await db.submissionPayloads.add({ submissionId: submission.id, ...input.payload });
    return { status: 'queued', submission } as const;
  });
}

export interface OutboxEnvironment {
  db: ShowWorkDatabase;
  now?: () => number;
  random?: () => number;
  fetch?: FetchLike;
  /** Defaults to readOutboxTuning() (production values unless a test set `local:outboxTuning`). */
  tuning?: OutboxTuning;
  findPortal?: (portalId: string) => Promise<PortalProfile | undefined>;
  hasOriginPermission?: (origin: string) => Promise<boolean>;
  /** Sets (epoch ms) or clears (undefined) the wake-up alarm. Defaults to chrome.alarms. */
  scheduleWake?: (when: number | undefined) => Promise<void>;
  /** Submissions sent at the same time. */
  concurrency?: number;
}

export interface OutboxRunSummary {
  attempted: number;
  sent: number;
  retrying: number;
  failed: number;
  recovered: number;
}

/** Rows this context is sending right now. Only the service worker runs the outbox, so after a worker restart it's empty. */
const inFlight = new Set<string>();
const runs = new WeakMap<ShowWorkDatabase, { promise: Promise<OutboxRunSummary>; again: boolean }>();

async function scheduleWithAlarms(when: number | undefined): Promise<void> {
  if (when === undefined) await browser.alarms.clear(outboxAlarmName);
  else await browser.alarms.create(outboxAlarmName, { when: Math.max(when, Date.now()) });
}

/**
 * Rows left in 'sending' by a worker that was stopped mid-request: back to 'queued', due now, marked
 * outcome-unknown. The retry reuses the Idempotency-Key (generic) or checks for the fingerprint (Canvas).
 */
export async function recoverInterruptedSends(db: ShowWorkDatabase, now: number): Promise<number> {
  return db.transaction('rw', db.submissions, async () => {
    const orphans = (await db.submissions.where('state').equals('sending').toArray()).filter(
      (s) => !inFlight.has(s.id),
    );
    for (const row of orphans) {
      await db.submissions.update(row.id, {
        state: 'queued',
        nextAttemptAt: now,
        outcomeUnknown: true,
        sendingSince: undefined,
        updatedAt: now,
      });
    }
    return orphans.length;
  });
}

/** When the outbox next needs the worker: the earliest due retry, or a watchdog for a request in flight. */
export async function computeNextWake(db: ShowWorkDatabase, tuning: OutboxTuning): Promise<number | undefined> {
  let earliest: number | undefined;
  const consider = (when: number) => (earliest = earliest === undefined ? when : Math.min(earliest, when));
  const first = await db.submissions.where('state').equals('queued').sortBy('nextAttemptAt');
  if (first[0]) consider(first[0].nextAttemptAt);
  for (const row of await db.submissions.where('state').equals('sending').toArray()) {
    consider((row.sendingSince ?? 0) + tuning.timeoutMs + watchdogGraceMs);
  }
  return earliest;
}

async function claimDue(
  db: ShowWorkDatabase,
  now: number,
  limit: number,
  skip: ReadonlySet<string>,
): Promise<Submission[]> {
  return db.transaction('rw', db.submissions, async () => {
    const due = (await db.submissions.where('state').equals('queued').sortBy('nextAttemptAt'))
      .filter((s) => s.nextAttemptAt <= now && !skip.has(s.id))
      .slice(0, limit);
    const claimed: Submission[] = [];
    for (const row of due) {
      const changes = {
        state: 'sending' as const,
        attempts: row.attempts + 1,
        sendingSince: now,
        lastAttemptAt: now,
        updatedAt: now,
      };
      await db.submissions.update(row.id, changes);
      claimed.push({ ...row, ...changes });
    }
    return claimed;
  });
}

async function attemptSubmission(
  env: Required<Pick<OutboxEnvironment, 'db'>> & OutboxEnvironment,
  row: Submission,
  tuning: OutboxTuning,
): Promise<SendOutcome> {
  const { db } = env;
  const payload = await db.submissionPayloads.get(row.id);
  if (!payload) return { kind: 'failed', code: 'payload-missing' };
  const portal = await (env.findPortal ?? ((id) => findPortalProfile(id)))(row.portalId);
  if (!portal) return { kind: 'failed', code: 'portal-removed' };
  const token = await readPortalToken(db, portal.id);
  const now = env.now ?? Date.now;
  if (portal.kind === 'generic') {
    return sendToGenericPortal({
      url: portal.url,
      token,
      idempotencyKey: row.idempotencyKey,
      payload,
      timeoutMs: tuning.timeoutMs,
      fetch: env.fetch,
      now,
    });
  }
  if (portal.kind === 'canvas') {
    if (!token) return { kind: 'failed', code: 'missing-token' };
    if (!portal.courseId || !portal.assignmentId) return { kind: 'failed', code: 'not-found' };
    const mayReach = env.hasOriginPermission ?? defaultOriginPermission;
    if (!(await mayReach(new URL(portal.baseUrl).origin)))
      return { kind: 'failed', code: 'permission', detail: new URL(portal.baseUrl).origin };
    return sendToCanvas({
      baseUrl: portal.baseUrl,
      token,
      timeoutMs: tuning.timeoutMs,
      fetch: env.fetch,
      courseId: portal.courseId,
      assignmentId: portal.assignmentId,
      payload,
      fingerprint: row.fingerprint,
      hasHostPermission: mayReach,
      now,
    });
  }
  return { kind: 'failed', code: 'not-uploadable' };
}

/** Loopback http (tests, a receiver on this machine) needs no host permission; everything else is checked. */
async function defaultOriginPermission(origin: string): Promise<boolean> {
  return isLoopbackUrl(origin) || hasOriginPermission(origin);
}

async function recordOutcome(
  db: ShowWorkDatabase,
  row: Submission,
  outcome: SendOutcome,
  tuning: OutboxTuning,
  now: number,
  random: () => number,
): Promise<'sent' | 'retrying' | 'failed'> {
  return db.transaction('rw', db.submissions, db.submissionPayloads, async () => {
    const current = await db.submissions.get(row.id);
    if (!current) return outcome.kind === 'sent' ? 'sent' : 'failed';
    const common = { sendingSince: undefined, updatedAt: now };
    if (outcome.kind === 'sent') {
      await db.submissions.update(row.id, {
        ...common,
        state: 'sent',
        receipt: outcome.receipt,
        nextAttemptAt: 0,
        errorCode: undefined,
        lastError: undefined,
        outcomeUnknown: false,
      });
      // The portal has the bytes; the trace can be exported again at any time.
      await db.submissionPayloads.delete(row.id);
      return 'sent';
    }
    if (current.state === 'cancelled') return 'failed';
    const detail = outcome.detail;
    if (outcome.kind === 'retry' && current.attempts < tuning.maxAttempts) {
      const delay = outcome.retryAfterMs ?? computeRetryDelay(current.attempts, tuning, random);
      await db.submissions.update(row.id, {
        ...common,
        state: 'queued',
        nextAttemptAt: now + Math.min(delay, 24 * 60 * 60_000),
        errorCode: outcome.code,
        lastError: detail,
        outcomeUnknown: outcome.outcomeUnknown ?? false,
      });
      return 'retrying';
    }
    await db.submissions.update(row.id, {
      ...common,
      state: 'failed',
      nextAttemptAt: 0,
      errorCode: outcome.kind === 'retry' ? 'gave-up' : outcome.code,
      lastError: outcome.kind === 'retry' ? [outcome.code, detail].filter(Boolean).join(': ') : detail,
      outcomeUnknown: outcome.kind === 'retry' ? (outcome.outcomeUnknown ?? false) : false,
    });
    return 'failed';
  });
}

async function runOnce(env: OutboxEnvironment): Promise<OutboxRunSummary> {
  const { db } = env;
  const now = env.now ?? Date.now;
  const random = env.random ?? Math.random;
  const tuning = env.tuning ?? (await readOutboxTuning());
  const scheduleWake = env.scheduleWake ?? scheduleWithAlarms;
  const concurrency = Math.max(1, env.concurrency ?? 4);
  const summary: OutboxRunSummary = { attempted: 0, sent: 0, retrying: 0, failed: 0, recovered: 0 };
  summary.recovered = await recoverInterruptedSends(db, now());

  // One attempt per row per pass: a retry, however soon, waits for the alarm (no tight loop on Retry-After: 0).
  const attempted = new Set<string>();
  for (;;) {
    const batch = await claimDue(db, now(), concurrency, attempted);
    if (batch.length === 0) break;
    for (const row of batch) {
      inFlight.add(row.id);
      attempted.add(row.id);
    }
    // A watchdog alarm: if this worker is stopped mid-request, the alarm starts a new one to recover.
    await scheduleWake(await computeNextWake(db, tuning)).catch(() => undefined);
    await Promise.all(
      batch.map(async (row) => {
        try {
          const outcome = await attemptSubmission(env, row, tuning).catch((error: unknown): SendOutcome => ({
            kind: 'retry',
            code: 'network',
            detail: String(error),
            outcomeUnknown: true,
          }));
          summary.attempted++;
          summary[await recordOutcome(db, row, outcome, tuning, now(), random)]++;
        } finally {
          inFlight.delete(row.id);
        }
      }),
    );
  }
  await scheduleWake(await computeNextWake(db, tuning)).catch(() => undefined);
  return summary;
}

/**
 * Sends every submission that is due, then sets the alarm for the next one. Runs in the service worker only
 * (a second context running it could take another context's in-flight rows for orphans). Calls made while a
 * run is going join it and trigger one more pass, so a Submit during a run is never missed.
 */
export function processOutbox(env: OutboxEnvironment): Promise<OutboxRunSummary> {
  const existing = runs.get(env.db);
  if (existing) {
    existing.again = true;
    return existing.promise;
  }
  const state = { again: false, promise: undefined as unknown as Promise<OutboxRunSummary> };
  state.promise = (async () => {
    const total: OutboxRunSummary = { attempted: 0, sent: 0, retrying: 0, failed: 0, recovered: 0 };
    try {
      do {
        state.again = false;
        const pass = await runOnce(env);
        for (const key of Object.keys(total) as (keyof OutboxRunSummary)[]) total[key] += pass[key];
      } while (state.again);
      return total;
    } finally {
      runs.delete(env.db);
    }
  })();
  runs.set(env.db, state);
  return state.promise;
}

/**
 * The teacher's "Retry": due now, with attempts counted afresh. The Idempotency-Key is kept — unless the
 * portal said the key was used for a different payload (422), when only a new key can get through.
 */
export async function retrySubmission(
  db: ShowWorkDatabase,
  submissionId: string,
  now: number = Date.now(),
): Promise<boolean> {
  return db.transaction('rw', db.submissions, db.submissionPayloads, async () => {
    const row = await db.submissions.get(submissionId);
    if (!row || (row.state !== 'failed' && row.state !== 'queued')) return false;
    if (!(await db.submissionPayloads.get(submissionId))) return false;
    await db.submissions.update(submissionId, {
      state: 'queued',
      attempts: 0,
      nextAttemptAt: now,
      updatedAt: now,
      errorCode: undefined,
      lastError: undefined,
      ...(row.errorCode === 'key-conflict' ? { idempotencyKey: crypto.randomUUID() } : {}),
    });
    return true;
  });
}

/** The teacher's "Cancel": allowed while queued or failed, not mid-request (its outcome is not ours to undo). */
export async function cancelSubmission(
  db: ShowWorkDatabase,
  submissionId: string,
  now: number = Date.now(),
): Promise<boolean> {
  return db.transaction('rw', db.submissions, db.submissionPayloads, async () => {
    const row = await db.submissions.get(submissionId);
    if (!row || (row.state !== 'queued' && row.state !== 'failed')) return false;
    await db.submissions.update(submissionId, { state: 'cancelled', nextAttemptAt: 0, updatedAt: now });
    await db.submissionPayloads.delete(submissionId);
    return true;
  });
}
