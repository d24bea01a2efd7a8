import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';

/** Time limits and retry pacing of the outbox. */
export const OutboxTuning = z.object({
  /** Time limit of one request, upload included. */
  timeoutMs: z.number().check(z.int(), z.minimum(100)),
  /** Delay before the first retry; doubles with each further attempt. */
  baseDelayMs: z.number().check(z.int(), z.minimum(0)),
  /** Longest delay between two attempts. */
  maxDelayMs: z.number().check(z.int(), z.minimum(0)),
  /** Attempts before a transiently failing submission is marked failed (the teacher can still retry). */
  maxAttempts: z.number().check(z.int(), z.minimum(1)),
});
export type OutboxTuning = z.infer<typeof OutboxTuning>;

/**
 * Production pacing. 30 s is Chrome's shortest alarm delay for a packed extension (chrome.alarms docs), so a
 * shorter base would not retry sooner anyway; a 1 h cap keeps trying through an afternoon-long portal outage;
 * 40 attempts reach well over a day.
 */
export const defaultOutboxTuning: OutboxTuning = {
  timeoutMs: 30_000,
  baseDelayMs: 30_000,
  maxDelayMs: 60 * 60_000,
  maxAttempts: 40,
};

/**
 * Test-only overrides (`local:outboxTuning`), so end-to-end tests can use short timeouts and delays. Not shown
 * in the UI and never included in backups; absent in normal use.
 */
export const outboxTuningItem = storage.defineItem<Partial<OutboxTuning>>('local:outboxTuning', { fallback: {} });

/** The tuning in force: defaults with any valid overrides. */
export async function readOutboxTuning(): Promise<OutboxTuning> {
  const overrides = z.partial(OutboxTuning).safeParse(await outboxTuningItem.getValue().catch(() => ({})));
  return { ...defaultOutboxTuning, ...(overrides.success ? overrides.data : {}) };
}

/**
 * Delay before the next attempt after `attemptsMade` attempts: exponential (base × 2^(n−1), capped) with
 * "equal jitter" — half fixed, half random — so many teachers whose portal came back don't all retry at once.
 */
export function computeRetryDelay(
  attemptsMade: number,
  tuning: OutboxTuning,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, attemptsMade - 1);
  const ceiling = Math.min(tuning.maxDelayMs, tuning.baseDelayMs * 2 ** Math.min(exponent, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
