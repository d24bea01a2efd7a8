import * as z from 'zod/mini';

export const SubmissionState = z.enum(['queued', 'sending', 'sent', 'failed', 'cancelled']);
export type SubmissionState = z.infer<typeof SubmissionState>;

export const Receipt = z.object({
  id: z.string(),
  receivedAt: z.string(),
  url: z.optional(z.string()),
});
export type Receipt = z.infer<typeof Receipt>;

/** One trace on its way to one portal: the outbox row. */
export const Submission = z.object({
  id: z.string(),
  traceId: z.string(),
  portalId: z.string(),
  state: SubmissionState,
  attempts: z.number(),
  /** Epoch ms of the next try; 0 when not scheduled. */
  nextAttemptAt: z.number(),
  /** One key per submission, reused on every retry (IETF Idempotency-Key draft). */
  idempotencyKey: z.string(),
  /** SHA-256 of the trace document sent, so a retry can be recognised on portals without idempotency. */
  fingerprint: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  lastError: z.optional(z.string()),
  receipt: z.optional(Receipt),
});
export type Submission = z.infer<typeof Submission>;
