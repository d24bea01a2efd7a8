/**
 * A district portal implementing docs/portal-contract.openapi.yaml, on 127.0.0.1, for tests and the benchmark.
 * It honours Idempotency-Key as the IETF draft describes (replay → 200 with the first receipt, in flight → 409,
 * same key with a different payload → 422), answers CORS for browser-extension origins, and lets a test
 * inject faults into the next submission requests.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type PortalFault =
  /** Cut the connection while the body is arriving; nothing is stored. */
  | { kind: 'drop-mid-upload' }
  /** Store the submission, then cut the connection without answering (the client can't know it arrived). */
  | { kind: 'drop-after-store' }
  /** Answer with this status (problem+json) without storing, e.g. 500 or 429 with Retry-After. */
  | { kind: 'status'; status: number; retryAfter?: string; title?: string; detail?: string }
  /** Store at once but answer only after `delayMs`; the key stays "in flight" until then. */
  | { kind: 'slow'; delayMs: number };

export interface StoredSubmission {
  id: string;
  idempotencyKey: string;
  payloadHash: string;
  receivedAt: string;
  authorization: string | undefined;
  traceText: string;
  trace: unknown;
  pdf: Buffer;
  pdfFileName: string;
  pdfType: string;
  evidence: unknown;
  partOrder: string[];
}

export interface LoggedRequest {
  method: string;
  path: string;
  origin: string | undefined;
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  status?: number;
}

export interface GenericPortalServerOptions {
  /** Bearer token required on every request; null = the portal needs none. Default 'portal-token'. */
  token?: string | null;
  /** Largest accepted body in bytes (413 beyond). Default 20 MB. */
  maxBytes?: number;
  /** Answer CORS for chrome-extension:// and moz-extension:// origins. Default true. */
  cors?: boolean;
  /** Name given by the connection check. */
  name?: string;
  /** Further origins answered with CORS, e.g. happy-dom's http://localhost:3000 in component tests. */
  extraCorsOrigins?: string[];
}

export interface GenericPortalServer {
  /** The submission URL to configure in ShowWork. */
  url: string;
  origin: string;
  submissions: StoredSubmission[];
  requests: LoggedRequest[];
  /** Faults applied, in order, to the next POST requests. */
  injectFault(...faults: PortalFault[]): void;
  /** Resolves once a POST has started arriving (for tests that stop the worker mid-request). */
  waitForPost(): Promise<void>;
  close(): Promise<void>;
}

const submissionPath = '/showwork/submissions';
const extensionOrigin = /^(chrome-extension|moz-extension):\/\/[a-z0-9-]+$/i;

interface KeyState {
  state: 'in-flight' | 'done';
  payloadHash: string;
  receipt?: object;
}

export async function startGenericPortalServer(options: GenericPortalServerOptions = {}): Promise<GenericPortalServer> {
  const token = options.token === undefined ? 'portal-token' : options.token;
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const cors = options.cors ?? true;
  const isAllowedOrigin = (value: string | undefined): value is string =>
    Boolean(value) && (extensionOrigin.test(value!) || (options.extraCorsOrigins ?? []).includes(value!));
  const submissions: StoredSubmission[] = [];
  const requests: LoggedRequest[] = [];
  const faults: PortalFault[] = [];
  const keys = new Map<string, KeyState>();
  const postWaiters: (() => void)[] = [];
  let origin = '';

  function applyCors(req: IncomingMessage, res: ServerResponse): void {
    const requestOrigin = req.headers.origin;
    if (!cors || !isAllowedOrigin(requestOrigin)) return;
    res.setHeader('Access-Control-Allow-Origin', requestOrigin);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After, Location');
  }

  function sendJson(
    res: ServerResponse,
    status: number,
    body: unknown,
    type = 'application/json',
    extra: Record<string, string> = {},
  ): void {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(status, { 'Content-Type': type, ...extra });
    res.end(JSON.stringify(body));
  }

  function sendProblem(
    res: ServerResponse,
    status: number,
    title: string,
    detail?: string,
    extra: Record<string, string> = {},
  ): void {
    sendJson(
      res,
      status,
      { type: 'about:blank', title, status, ...(detail ? { detail } : {}) },
      'application/problem+json',
      extra,
    );
  }

  function isAuthorized(req: IncomingMessage): boolean {
    return token === null || req.headers.authorization === `Bearer ${token}`;
  }

  async function readBody(
    req: IncomingMessage,
    fault: PortalFault | undefined,
  ): Promise<Buffer | 'dropped' | 'too-large'> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        if (fault?.kind === 'drop-mid-upload') {
          req.socket.destroy();
          resolve('dropped');
          return;
        }
        size += chunk.length;
        if (size > maxBytes) {
          req.pause();
          resolve('too-large');
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
      req.on('close', () => resolve('dropped'));
    });
  }

  async function handlePost(req: IncomingMessage, res: ServerResponse, log: LoggedRequest): Promise<void> {
    for (const resolve of postWaiters.splice(0)) resolve();
    const fault = faults.shift();
    if (!isAuthorized(req)) return sendProblem(res, 401, 'Unauthorized', 'The bearer token is missing or not valid.');
    const key = log.idempotencyKey;
    if (!key) return sendProblem(res, 400, 'Idempotency-Key required', 'Send an Idempotency-Key header.');
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBytes)
      return sendProblem(res, 413, 'Payload too large', `This portal accepts up to ${maxBytes} bytes.`);
    const body = await readBody(req, fault);
    if (body === 'dropped') return;
    if (body === 'too-large')
      return sendProblem(res, 413, 'Payload too large', `This portal accepts up to ${maxBytes} bytes.`);

    const form = await new Request('http://portal.invalid/', {
      method: 'POST',
      headers: { 'content-type': req.headers['content-type'] ?? '' },
      body: new Uint8Array(body),
    })
      .formData()
      .catch(() => undefined);
    const trace = form?.get('trace');
    const pdf = form?.get('pdf');
    const evidence = form?.get('evidence');
    if (!(trace instanceof Blob) || !(pdf instanceof Blob) || !(evidence instanceof Blob)) {
      return sendProblem(res, 400, 'Missing parts', 'Send multipart/form-data with parts trace, pdf and evidence.');
    }
    const traceText = await trace.text();
    const pdfBytes = Buffer.from(await pdf.arrayBuffer());
    const evidenceText = await evidence.text();
    let traceJson: unknown;
    let evidenceJson: unknown;
    try {
      traceJson = JSON.parse(traceText);
      evidenceJson = JSON.parse(evidenceText);
    } catch {
      return sendProblem(res, 400, 'Invalid JSON', 'The trace and evidence parts must be JSON.');
    }
    const schema = (traceJson as { schema?: unknown }).schema;
    if (typeof schema !== 'string' || !schema.startsWith('showwork.trace/')) {
      return sendProblem(res, 400, 'Not a ShowWork trace', 'The trace part must have schema "showwork.trace/1".');
    }
    const payloadHash = createHash('sha256')
      .update(traceText)
      .update('\0')
      .update(pdfBytes)
      .update('\0')
      .update(evidenceText)
      .digest('hex');

    const known = keys.get(key);
    if (known) {
      if (known.payloadHash !== payloadHash) {
        return sendProblem(
          res,
          422,
          'Idempotency-Key reused',
          'This Idempotency-Key was already used with a different payload.',
        );
      }
      if (known.state === 'in-flight') {
        return sendProblem(
          res,
          409,
          'Request in progress',
          'The first request with this key is still being processed.',
          { 'Retry-After': '1' },
        );
      }
      return sendJson(res, 200, known.receipt);
    }
    if (fault?.kind === 'status') {
      return sendProblem(
        res,
        fault.status,
        fault.title ?? 'Injected failure',
        fault.detail,
        fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {},
      );
    }

    const id = `sub_${submissions.length + 1}`;
    const receivedAt = new Date().toISOString();
    const receipt = { id, receivedAt, url: `${origin}/showwork/receipts/${id}` };
    const state: KeyState = { state: 'in-flight', payloadHash };
    keys.set(key, state);
    submissions.push({
      id,
      idempotencyKey: key,
      payloadHash,
      receivedAt,
      authorization: req.headers.authorization,
      traceText,
      trace: traceJson,
      pdf: pdfBytes,
      pdfFileName: (pdf as File).name,
      pdfType: pdf.type,
      evidence: evidenceJson,
      partOrder: [...form!.keys()],
    });
    const finish = () => {
      state.state = 'done';
      state.receipt = receipt;
    };
    if (fault?.kind === 'drop-after-store') {
      finish();
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'slow') {
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    }
    finish();
    sendJson(res, 201, receipt, 'application/json', { Location: receipt.url });
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rawKey = req.headers['idempotency-key'];
    const log: LoggedRequest = {
      method: req.method ?? '',
      path: url.pathname,
      origin: req.headers.origin,
      authorization: req.headers.authorization,
      // The draft's Structured Field String is quoted; accept it bare too, as the contract asks.
      idempotencyKey: typeof rawKey === 'string' ? rawKey.replace(/^"(.*)"$/, '$1') : undefined,
    };
    requests.push(log);
    res.on('finish', () => (log.status = res.statusCode));
    applyCors(req, res);
    if (req.method === 'OPTIONS') {
      if (cors && isAllowedOrigin(req.headers.origin)) {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
        res.setHeader('Access-Control-Allow-Headers', 'Authorization, Idempotency-Key, Content-Type, Accept');
        res.setHeader('Access-Control-Max-Age', '600');
        if (req.headers['access-control-request-private-network'])
          res.setHeader('Access-Control-Allow-Private-Network', 'true');
      }
      res.writeHead(204).end();
      return;
    }
    if (url.pathname !== submissionPath) return sendProblem(res, 404, 'Not found');
    if (req.method === 'GET') {
      if (!isAuthorized(req)) return sendProblem(res, 401, 'Unauthorized', 'The bearer token is missing or not valid.');
      return sendJson(res, 200, { name: options.name ?? 'Loopback district portal' });
    }
    if (req.method !== 'POST') return sendProblem(res, 405, 'Method not allowed');
    handlePost(req, res, log).catch((error: unknown) => sendProblem(res, 500, 'Server error', String(error)));
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin + submissionPath,
    origin,
    submissions,
    requests,
    injectFault: (...added) => faults.push(...added),
    waitForPost: () => new Promise((resolve) => postWaiters.push(resolve)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
