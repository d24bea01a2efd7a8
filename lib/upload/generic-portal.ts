import * as z from 'zod/mini';
import { Receipt } from '../model/submission';
import {
  classifyHttpError,
  parseRetryAfter,
  readErrorDetail,
  type ConnectionTestResult,
  type SendOutcome,
} from './errors';
import { exchange, isAllowedPortalUrl, type FetchLike } from './http';

/** The stored bytes of one submission (see SubmissionPayload in lib/db/schema.ts). */
export interface PayloadParts {
  fileName: string;
  traceJson: string;
  pdf: Uint8Array;
  evidenceJson: string;
}

export interface GenericSendOptions {
  url: string;
  token?: string;
  idempotencyKey: string;
  payload: PayloadParts;
  timeoutMs: number;
  fetch?: FetchLike;
  now?: () => number;
}

/** The receipt a portal answers with (docs/portal-contract.openapi.yaml, `Receipt`). */
const PortalReceipt = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(500)),
  receivedAt: z.string().check(z.maxLength(100)),
  url: z.optional(z.string().check(z.maxLength(2000))),
});

/** A receipt link is shown as a link only when it is http(s); anything else (javascript:, data:) is dropped. */
export function safeLink(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Optional body of the connection check (`PortalInfo`). */
const PortalInfo = z.object({ name: z.optional(z.string().check(z.maxLength(200))) });

/**
 * The Idempotency-Key header value. The IETF draft (draft-ietf-httpapi-idempotency-key-header) defines it
 * as a Structured Field String, i.e. quoted; the contract asks receivers to accept it with or without quotes.
 */
export function formatIdempotencyKey(key: string): string {
  return `"${key}"`;
}

function authHeaders(token: string | undefined): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** The multipart body of the generic contract: parts `trace`, `pdf`, `evidence`, in that order. */
export function buildMultipartBody(payload: PayloadParts): FormData {
  const form = new FormData();
  form.append('trace', new Blob([payload.traceJson], { type: 'application/json' }), 'trace.json');
  // Copy into a fresh ArrayBuffer-backed view: a Uint8Array read back from IndexedDB can be a view of a larger buffer.
  form.append('pdf', new Blob([payload.pdf.slice()], { type: 'application/pdf' }), payload.fileName);
  form.append('evidence', new Blob([payload.evidenceJson], { type: 'application/json' }), 'evidence.json');
  return form;
}

/**
 * Sends one stored submission to a generic HTTPS portal (docs/portal-contract.openapi.yaml).
 * 201 and 200 (replay) carry the receipt; 409 (first attempt still in flight), 429 and 5xx are retried;
 * 422 (this key was used with a different payload) and other 4xx are permanent. Never throws.
 */
export async function sendToGenericPortal(options: GenericSendOptions): Promise<SendOutcome> {
  if (!isAllowedPortalUrl(options.url)) return { kind: 'failed', code: 'insecure-url' };
  const fetchImpl = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const result = await exchange(
    fetchImpl,
    options.url,
    {
      method: 'POST',
      headers: {
        ...authHeaders(options.token),
        'Idempotency-Key': formatIdempotencyKey(options.idempotencyKey),
        Accept: 'application/json',
      },
      body: buildMultipartBody(options.payload),
      credentials: 'omit',
      redirect: 'error',
    },
    options.timeoutMs,
    async (response): Promise<SendOutcome> => {
      if (response.status === 200 || response.status === 201) {
        let body: unknown;
        try {
          body = await response.json();
        } catch {
          return { kind: 'failed', code: 'bad-response' };
        }
        const receipt = PortalReceipt.safeParse(body);
        if (!receipt.success) return { kind: 'failed', code: 'bad-response' };
        return { kind: 'sent', receipt: Receipt.parse({ ...receipt.data, url: safeLink(receipt.data.url) }) };
      }
      const detail = await readErrorDetail(response);
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
      if (response.status === 409) return { kind: 'retry', code: 'in-flight', detail, retryAfterMs };
      if (response.status === 422) return { kind: 'failed', code: 'key-conflict', detail };
      return classifyHttpError(response.status, detail, retryAfterMs);
    },
  );
  return result.ok ? result.value : result.outcome;
}

/**
 * "Test connection" for a generic portal: GET on the submission URL with the token; 200 means the address
 * and token are right. Nothing is submitted.
 */
export async function testGenericPortal(options: {
  url: string;
  token?: string;
  timeoutMs: number;
  fetch?: FetchLike;
}): Promise<ConnectionTestResult> {
  if (!isAllowedPortalUrl(options.url)) return { ok: false, code: 'insecure-url' };
  const result = await exchange(
    options.fetch ?? fetch,
    options.url,
    {
      method: 'GET',
      headers: { ...authHeaders(options.token), Accept: 'application/json' },
      credentials: 'omit',
      redirect: 'error',
    },
    options.timeoutMs,
    async (response): Promise<ConnectionTestResult> => {
      if (response.ok) {
        const info = PortalInfo.safeParse(await response.json().catch(() => ({})));
        return { ok: true, portalName: info.success ? info.data.name : undefined };
      }
      const outcome = classifyHttpError(response.status, await readErrorDetail(response));
      return outcome.kind === 'sent' ? { ok: true } : { ok: false, code: outcome.code, detail: outcome.detail };
    },
  );
  if (result.ok) return result.value;
  const outcome = result.outcome;
  return outcome.kind === 'sent' ? { ok: true } : { ok: false, code: outcome.code, detail: outcome.detail };
}
