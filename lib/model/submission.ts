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
  /** Why the last attempt did not succeed: an UploadErrorCode (lib/upload/errors.ts), shown in plain words. */
  errorCode: z.optional(z.string()),
  /** The portal may have received the last attempt (timeout, dropped connection, worker stopped mid-send). */
  outcomeUnknown: z.optional(z.boolean()),
  /** Epoch ms when the current attempt started; set while state is 'sending'. */
  sendingSince: z.optional(z.number()),
  /** Epoch ms of the last attempt. */
  lastAttemptAt: z.optional(z.number()),
  /** The trace's updatedAt when it was submitted: the same version is not sent to the same portal twice. */
  traceVersion: z.optional(z.number()),
  /** The portal's name when the trace was queued, for display after the profile changes or is removed. */
  portalName: z.optional(z.string()),
});
export type Submission = z.infer<typeof Submission>;
