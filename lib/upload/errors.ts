import * as z from 'zod/mini';

/**
 * Why a submission or a connection test did not succeed. Each code has a plain-language message
 * (`submit_error_<code>` in locales/<lang>/submit.json) that says what happened and what to do.
 */
export const uploadErrorCodes = [
  'unauthorized', // 401: the token is missing, wrong or expired
  'forbidden', // 403: the token works but may not do this
  'not-found', // 404: wrong portal address, course or assignment
  'too-large', // 413: the PDF or trace is bigger than the portal accepts
  'rate-limited', // 429: too many requests; Retry-After says when
  'in-flight', // 409: the first attempt is still being processed by the portal
  'key-conflict', // 422: the portal holds a different payload under this Idempotency-Key
  'rejected', // any other 4xx: the portal refused the request (its problem detail says why)
  'server', // 5xx: the portal is having trouble
  'network', // no answer at all: offline, DNS, connection dropped, or the portal doesn't answer CORS
  'timeout', // no answer within the time limit
  'bad-response', // the portal answered success but not with a receipt we can read
  'missing-token', // the profile needs a token and none is saved
  'portal-removed', // the portal profile was deleted after the trace was queued
  'permission', // the browser has not allowed ShowWork to reach the portal's site
  'upload-permission', // Canvas sent the file to an upload site ShowWork may not reach yet
  'insecure-url', // not https (only loopback may use http)
  'gave-up', // transient failures went on for too many attempts
  'payload-missing', // the stored bytes of the submission are gone
  'not-uploadable', // the Canvas assignment does not accept file uploads
] as const;
export const UploadErrorCode = z.enum(uploadErrorCodes);
export type UploadErrorCode = z.infer<typeof UploadErrorCode>;

/** The locale key of an error code's plain-language message. */
export function errorMessageKey(code: UploadErrorCode): string {
  return `submit_error_${code.replaceAll('-', '_')}`;
}

/** What one attempt to send a submission came to. */
export type SendOutcome =
  | { kind: 'sent'; receipt: { id: string; receivedAt: string; url?: string } }
  /** Worth trying again later with the same key. `outcomeUnknown`: the portal may have received it. */
  | {
      kind: 'retry';
      code: UploadErrorCode;
      detail?: string;
      retryAfterMs?: number;
      outcomeUnknown?: boolean;
    }
  /** Trying again won't help until the teacher fixes something (token, address, size…). */
  | { kind: 'failed'; code: UploadErrorCode; detail?: string };

/** Result of the "Test connection" button. */
export type ConnectionTestResult =
  { ok: true; portalName?: string; userName?: string } | { ok: false; code: UploadErrorCode; detail?: string };

const maxDetailChars = 500;

/** RFC 9457 problem details, as much of them as we show. Untrusted: shown as plain text only. */
const ProblemDetails = z.object({
  title: z.optional(z.string()),
  detail: z.optional(z.string()),
});

/**
 * The portal's own explanation from an error response: `title` and `detail` of application/problem+json,
 * or Canvas's `errors[].message`, shortened. Never throws; undefined when there is nothing readable.
 */
export async function readErrorDetail(response: Response): Promise<string | undefined> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    return undefined;
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (!/json/i.test(contentType)) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  const problem = ProblemDetails.safeParse(body);
  const parts: string[] = [];
  if (problem.success) {
    if (problem.data.title) parts.push(problem.data.title);
    if (problem.data.detail && problem.data.detail !== problem.data.title) parts.push(problem.data.detail);
  }
  // Canvas answers errors as {"errors":[{"message":"…"}]} (Canvas REST API, "Errors").
  const canvas = z.object({ errors: z.array(z.object({ message: z.string() })) }).safeParse(body);
  if (canvas.success) parts.push(...canvas.data.errors.map((e) => e.message));
  const joined = parts.join(' — ').trim();
  return joined ? joined.slice(0, maxDetailChars) : undefined;
}

/**
 * Retry-After as milliseconds from `now`: either delay-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The outcome for an HTTP error status shared by every portal (the generic contract adds 409/422 itself). */
export function classifyHttpError(status: number, detail: string | undefined, retryAfterMs?: number): SendOutcome {
  if (status === 401) return { kind: 'failed', code: 'unauthorized', detail };
  if (status === 403) return { kind: 'failed', code: 'forbidden', detail };
  if (status === 404 || status === 410) return { kind: 'failed', code: 'not-found', detail };
  if (status === 413) return { kind: 'failed', code: 'too-large', detail };
  if (status === 429) return { kind: 'retry', code: 'rate-limited', detail, retryAfterMs };
  if (status === 408) return { kind: 'retry', code: 'timeout', detail, outcomeUnknown: true };
  if (status >= 500) return { kind: 'retry', code: 'server', detail, retryAfterMs, outcomeUnknown: true };
  return { kind: 'failed', code: 'rejected', detail: detail ?? `HTTP ${status}` };
}

/** Converts a thrown fetch error into an outcome: our own timeout, or a network failure. */
export function classifyFetchFailure(error: unknown, timedOut: boolean): SendOutcome {
  if (timedOut) return { kind: 'retry', code: 'timeout', outcomeUnknown: true };
  const detail = error instanceof Error ? error.message.slice(0, maxDetailChars) : undefined;
  return { kind: 'retry', code: 'network', detail, outcomeUnknown: true };
}
