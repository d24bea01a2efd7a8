import * as z from 'zod/mini';
import type { PayloadParts } from './generic-portal';
import { safeLink } from './generic-portal';
import { classifyHttpError, readErrorDetail, type ConnectionTestResult, type SendOutcome } from './errors';
import { exchange, isAllowedPortalUrl, type FetchLike } from './http';

/**
 * Canvas LMS client for what ShowWork needs: list the teacher's courses and assignments, and submit a PDF to
 * an assignment through Canvas's documented file-upload flow (doc/api/file_uploads.md in canvas-lms):
 *   1. POST …/submissions/self/files {name, size, content_type} → {upload_url, upload_params}
 *   2. POST multipart to upload_url: every upload_params field verbatim, `file` last, WITHOUT the token
 *   3. 3xx → GET Location with the token; 201 → the File JSON (or GET Location) → File {id}
 *   4. POST …/submissions {submission[submission_type]=online_upload, submission[file_ids][], comment[text_comment]}
 * Canvas has no idempotency key, so the comment carries the trace fingerprint and every attempt first looks
 * for it among the assignment's submission comments: a retry never submits twice.
 */

const CanvasId = z.pipe(
  z.union([z.number(), z.string()]),
  z.transform((v) => String(v)),
);

const CanvasCourse = z.object({
  id: CanvasId,
  name: z.optional(z.nullable(z.string())),
  course_code: z.optional(z.nullable(z.string())),
});
const CanvasAssignment = z.object({
  id: CanvasId,
  name: z.optional(z.nullable(z.string())),
  submission_types: z.optional(z.array(z.string())),
  due_at: z.optional(z.nullable(z.string())),
  html_url: z.optional(z.nullable(z.string())),
});
const UploadSlot = z.object({
  upload_url: z.string(),
  upload_params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
});
const CanvasFile = z.object({ id: CanvasId });
const CanvasSubmission = z.object({
  id: z.optional(z.nullable(CanvasId)),
  user_id: z.optional(z.nullable(CanvasId)),
  attempt: z.optional(z.nullable(z.number())),
  submitted_at: z.optional(z.nullable(z.string())),
  preview_url: z.optional(z.nullable(z.string())),
  submission_comments: z.optional(z.nullable(z.array(z.object({ comment: z.optional(z.nullable(z.string())) })))),
});
const CanvasUser = z.object({ id: CanvasId, name: z.optional(z.nullable(z.string())) });

export interface CanvasCourseOption {
  id: string;
  name: string;
}
export interface CanvasAssignmentOption {
  id: string;
  name: string;
  acceptsUpload: boolean;
  dueAt?: string;
}

export interface CanvasConnection {
  baseUrl: string;
  token: string;
  timeoutMs: number;
  fetch?: FetchLike;
}

/** Most pages followed when listing; 100 per page × 20 is far beyond any teacher's courses. */
const maxPages = 20;

/** The origin of a Canvas address, e.g. https://district.instructure.com (no path). */
export function canvasOrigin(baseUrl: string): string {
  return new URL(baseUrl).origin;
}

/**
 * Canvas prefixes JSON with `while(1);` for cookie-authenticated requests (CSRF protection). Token requests
 * normally get plain JSON, but strip it defensively.
 */
async function readCanvasJson(response: Response): Promise<unknown> {
  const text = await response.text();
  return JSON.parse(text.replace(/^while\(1\);/, ''));
}

/** The `rel="next"` URL of an RFC 8288 Link header, as Canvas paginates (Canvas API, "Pagination"). */
export function parseNextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;(.*)/.exec(part.trim());
    if (match && /rel="?([^";]*\s)?next(\s[^";]*)?"?/.test(match[2] ?? '')) return match[1];
  }
  return undefined;
}

function apiUrl(connection: CanvasConnection, path: string): string {
  return new URL(path, canvasOrigin(connection.baseUrl)).href;
}

function authorized(connection: CanvasConnection, extra: Record<string, string> = {}): Record<string, string> {
  return { Authorization: `Bearer ${connection.token}`, Accept: 'application/json', ...extra };
}

type CanvasResult<T> = { ok: true; value: T } | { ok: false; outcome: SendOutcome };

/** GET every page of a Canvas list; the token only ever goes to the Canvas origin, so foreign `next` links stop the walk. */
async function getAllPages<T>(
  connection: CanvasConnection,
  firstUrl: string,
  item: z.ZodMiniType<T>,
): Promise<CanvasResult<T[]>> {
  const origin = canvasOrigin(connection.baseUrl);
  const items: T[] = [];
  let url: string | undefined = firstUrl;
  for (let page = 0; url && page < maxPages; page++) {
    const pageUrl: string = url;
    const result = await exchange(
      connection.fetch ?? fetch,
      pageUrl,
      { method: 'GET', headers: authorized(connection), credentials: 'omit' },
      connection.timeoutMs,
      async (response): Promise<CanvasResult<{ items: unknown[]; next?: string }>> => {
        if (!response.ok)
          return { ok: false, outcome: classifyHttpError(response.status, await readErrorDetail(response)) };
        const body = await readCanvasJson(response).catch(() => undefined);
        if (!Array.isArray(body)) return { ok: false, outcome: { kind: 'failed', code: 'bad-response' } };
        return { ok: true, value: { items: body, next: parseNextLink(response.headers.get('link')) } };
      },
    );
    if (!result.ok) return result;
    if (!result.value.ok) return result.value;
    for (const raw of result.value.value.items) {
      const parsed = item.safeParse(raw);
      if (parsed.success) items.push(parsed.data);
    }
    const next = result.value.value.next;
    url = next && new URL(next, pageUrl).origin === origin ? new URL(next, pageUrl).href : undefined;
  }
  return { ok: true, value: items };
}

/** Courses the teacher is enrolled in as a learner (PD courses), for the course picker. */
export async function listCanvasCourses(connection: CanvasConnection): Promise<CanvasResult<CanvasCourseOption[]>> {
  const url = apiUrl(connection, '/api/v1/courses?enrollment_type=student&enrollment_state=active&per_page=100');
  const result = await getAllPages(connection, url, CanvasCourse);
  if (!result.ok) return result;
  return {
    ok: true,
    value: result.value.map((c) => ({ id: c.id, name: c.name || c.course_code || `Course ${c.id}` })),
  };
}

/** Assignments of a course; `acceptsUpload` is true when the assignment takes file uploads. */
export async function listCanvasAssignments(
  connection: CanvasConnection,
  courseId: string,
): Promise<CanvasResult<CanvasAssignmentOption[]>> {
  const url = apiUrl(
    connection,
    `/api/v1/courses/${encodeURIComponent(courseId)}/assignments?per_page=100&order_by=name`,
  );
  const result = await getAllPages(connection, url, CanvasAssignment);
  if (!result.ok) return result;
  return {
    ok: true,
    value: result.value.map((a) => ({
      id: a.id,
      name: a.name || `Assignment ${a.id}`,
      acceptsUpload: (a.submission_types ?? []).includes('online_upload'),
      dueAt: a.due_at ?? undefined,
    })),
  };
}

/** "Test connection": the token works (users/self), and the chosen assignment exists and takes uploads. */
export async function testCanvasConnection(
  connection: CanvasConnection,
  target?: { courseId: string; assignmentId: string },
): Promise<ConnectionTestResult> {
  if (!isAllowedPortalUrl(connection.baseUrl)) return { ok: false, code: 'insecure-url' };
  const me = await exchange(
    connection.fetch ?? fetch,
    apiUrl(connection, '/api/v1/users/self'),
    { method: 'GET', headers: authorized(connection), credentials: 'omit' },
    connection.timeoutMs,
    async (response): Promise<CanvasResult<string | undefined>> => {
      if (!response.ok)
        return { ok: false, outcome: classifyHttpError(response.status, await readErrorDetail(response)) };
      const user = CanvasUser.safeParse(await readCanvasJson(response).catch(() => undefined));
      if (!user.success) return { ok: false, outcome: { kind: 'failed', code: 'bad-response' } };
      return { ok: true, value: user.data.name ?? undefined };
    },
  );
  const failure = (outcome: SendOutcome): ConnectionTestResult =>
    outcome.kind === 'sent' ? { ok: true } : { ok: false, code: outcome.code, detail: outcome.detail };
  if (!me.ok) return failure(me.outcome);
  if (!me.value.ok) return failure(me.value.outcome);
  if (target?.courseId && target.assignmentId) {
    const path = `/api/v1/courses/${encodeURIComponent(target.courseId)}/assignments/${encodeURIComponent(target.assignmentId)}`;
    const assignment = await exchange(
      connection.fetch ?? fetch,
      apiUrl(connection, path),
      { method: 'GET', headers: authorized(connection), credentials: 'omit' },
      connection.timeoutMs,
      async (response): Promise<ConnectionTestResult> => {
        if (!response.ok) return failure(classifyHttpError(response.status, await readErrorDetail(response)));
        const parsed = CanvasAssignment.safeParse(await readCanvasJson(response).catch(() => undefined));
        if (!parsed.success) return { ok: false, code: 'bad-response' };
        if (!(parsed.data.submission_types ?? []).includes('online_upload'))
          return { ok: false, code: 'not-uploadable' };
        return { ok: true, userName: me.value.ok ? me.value.value : undefined };
      },
    );
    return assignment.ok ? assignment.value : failure(assignment.outcome);
  }
  return { ok: true, userName: me.value.value };
}

export interface CanvasSubmitOptions extends CanvasConnection {
  courseId: string;
  assignmentId: string;
  payload: PayloadParts;
  /** sha256:… of the trace document; written in the submission comment and looked for before submitting. */
  fingerprint: string;
  /** Whether ShowWork may reach an upload host (match pattern check); Canvas often uploads to another host. */
  hasHostPermission: (origin: string) => Promise<boolean>;
  now?: () => number;
}

/** The text of the submission comment; the fingerprint in it is how a retry recognises an earlier success. */
export function canvasCommentText(fingerprint: string): string {
  return `Submitted with ShowWork. Trace fingerprint (SHA-256): ${fingerprint}`;
}

function receiptFrom(
  options: CanvasSubmitOptions,
  submission: z.infer<typeof CanvasSubmission>,
  now: number,
): SendOutcome {
  const origin = canvasOrigin(options.baseUrl);
  const assignmentPage = `${origin}/courses/${encodeURIComponent(options.courseId)}/assignments/${encodeURIComponent(options.assignmentId)}`;
  const preview = safeLink(submission.preview_url ?? undefined);
  const url = preview && new URL(preview).origin === origin ? preview : assignmentPage;
  const id = submission.id
    ? `${submission.id}${submission.attempt ? `/${submission.attempt}` : ''}`
    : `assignment-${options.assignmentId}`;
  return { kind: 'sent', receipt: { id, receivedAt: submission.submitted_at ?? new Date(now).toISOString(), url } };
}

/** Looks for an earlier submission carrying this fingerprint in its comments. */
async function findExistingSubmission(
  options: CanvasSubmitOptions,
): Promise<CanvasResult<z.infer<typeof CanvasSubmission> | undefined>> {
  const path =
    `/api/v1/courses/${encodeURIComponent(options.courseId)}/assignments/${encodeURIComponent(options.assignmentId)}` +
    '/submissions/self?include[]=submission_comments';
  const result = await exchange(
    options.fetch ?? fetch,
    apiUrl(options, path),
    { method: 'GET', headers: authorized(options), credentials: 'omit' },
    options.timeoutMs,
    async (response): Promise<CanvasResult<z.infer<typeof CanvasSubmission> | undefined>> => {
      if (!response.ok)
        return { ok: false, outcome: classifyHttpError(response.status, await readErrorDetail(response)) };
      const parsed = CanvasSubmission.safeParse(await readCanvasJson(response).catch(() => undefined));
      if (!parsed.success) return { ok: false, outcome: { kind: 'retry', code: 'bad-response' } };
      const found = (parsed.data.submission_comments ?? []).some((c) =>
        (c.comment ?? '').includes(options.fingerprint),
      );
      return { ok: true, value: found ? parsed.data : undefined };
    },
  );
  return result.ok ? result.value : result;
}

/** Step 3: the File id after the upload, following Canvas's 3xx / 201 confirmation. */
async function confirmUpload(options: CanvasSubmitOptions, response: Response): Promise<CanvasResult<string>> {
  const origin = canvasOrigin(options.baseUrl);
  const fetchImpl = options.fetch ?? fetch;
  const getFile = async (location: string): Promise<CanvasResult<string>> => {
    const url = new URL(location, options.baseUrl);
    // The token goes only to the Canvas host, never to the upload host or anywhere a Location points.
    const headers = url.origin === origin ? authorized(options) : { Accept: 'application/json' };
    const confirm = await exchange(
      fetchImpl,
      url.href,
      { method: 'GET', headers, credentials: 'omit' },
      options.timeoutMs,
      async (r): Promise<CanvasResult<string>> => {
        if (!r.ok) return { ok: false, outcome: classifyHttpError(r.status, await readErrorDetail(r)) };
        const file = CanvasFile.safeParse(await readCanvasJson(r).catch(() => undefined));
        return file.success
          ? { ok: true, value: file.data.id }
          : { ok: false, outcome: { kind: 'retry', code: 'bad-response' } };
      },
    );
    return confirm.ok ? confirm.value : confirm;
  };

  // fetch followed a 3xx itself (browsers can't read a manual redirect's Location: it is an opaque response).
  // The GET it made completes the upload; if Canvas wanted the token for it, repeat it with the token.
  if (response.redirected) {
    if (response.ok) {
      const file = CanvasFile.safeParse(await readCanvasJson(response).catch(() => undefined));
      if (file.success) return { ok: true, value: file.data.id };
    }
    return getFile(response.url);
  }
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.get('location');
    if (location) return getFile(location);
  }
  if (response.status === 201 || response.status === 200) {
    const file = CanvasFile.safeParse(await readCanvasJson(response).catch(() => undefined));
    if (file.success) return { ok: true, value: file.data.id };
    const location = response.headers.get('location');
    if (location) return getFile(location);
    return { ok: false, outcome: { kind: 'retry', code: 'bad-response' } };
  }
  return { ok: false, outcome: classifyHttpError(response.status, await readErrorDetail(response)) };
}

/** Sends one stored submission to a Canvas assignment. Never throws. */
export async function sendToCanvas(options: CanvasSubmitOptions): Promise<SendOutcome> {
  if (!isAllowedPortalUrl(options.baseUrl)) return { kind: 'failed', code: 'insecure-url' };
  const now = options.now ?? Date.now;
  const fetchImpl = options.fetch ?? fetch;
  const assignmentPath = `/api/v1/courses/${encodeURIComponent(options.courseId)}/assignments/${encodeURIComponent(options.assignmentId)}`;

  // 0. Never twice: an earlier attempt may have reached Canvas without our hearing back.
  const existing = await findExistingSubmission(options);
  if (!existing.ok) return existing.outcome;
  if (existing.value) return receiptFrom(options, existing.value, now());

  // 1. Ask for an upload slot.
  const slot = await exchange(
    fetchImpl,
    apiUrl(options, `${assignmentPath}/submissions/self/files`),
    {
      method: 'POST',
      headers: authorized(options),
      body: new URLSearchParams({
        name: options.payload.fileName,
        size: String(options.payload.pdf.byteLength),
        content_type: 'application/pdf',
      }),
      credentials: 'omit',
    },
    options.timeoutMs,
    async (response): Promise<CanvasResult<z.infer<typeof UploadSlot>>> => {
      if (!response.ok)
        return { ok: false, outcome: classifyHttpError(response.status, await readErrorDetail(response)) };
      const parsed = UploadSlot.safeParse(await readCanvasJson(response).catch(() => undefined));
      return parsed.success
        ? { ok: true, value: parsed.data }
        : { ok: false, outcome: { kind: 'retry', code: 'bad-response' } };
    },
  );
  if (!slot.ok) return slot.outcome;
  if (!slot.value.ok) return slot.value.outcome;
  const { upload_url: uploadUrl, upload_params: uploadParams } = slot.value.value;
  let uploadOrigin: string;
  try {
    const parsedUrl = new URL(uploadUrl);
    if (parsedUrl.protocol !== 'https:' && !isAllowedPortalUrl(uploadUrl))
      return { kind: 'failed', code: 'insecure-url', detail: parsedUrl.origin };
    uploadOrigin = parsedUrl.origin;
  } catch {
    return { kind: 'retry', code: 'bad-response' };
  }
  if (uploadOrigin !== canvasOrigin(options.baseUrl) && !(await options.hasHostPermission(uploadOrigin))) {
    return { kind: 'failed', code: 'upload-permission', detail: uploadOrigin };
  }

  // 2. Upload the PDF: every upload_params field verbatim, `file` last, no token.
  const form = new FormData();
  for (const [key, value] of Object.entries(uploadParams)) form.append(key, String(value));
  form.append('file', new Blob([options.payload.pdf.slice()], { type: 'application/pdf' }), options.payload.fileName);
  const uploaded = await exchange(
    fetchImpl,
    uploadUrl,
    { method: 'POST', body: form, credentials: 'omit', redirect: 'follow' },
    options.timeoutMs,
    (response) => confirmUpload(options, response),
  );
  if (!uploaded.ok) return uploaded.outcome;
  if (!uploaded.value.ok) return uploaded.value.outcome;
  const fileId = uploaded.value.value;

  // 4. Create the online_upload submission with the fingerprint in its comment.
  const body = new URLSearchParams();
  body.append('submission[submission_type]', 'online_upload');
  body.append('submission[file_ids][]', fileId);
  body.append('comment[text_comment]', canvasCommentText(options.fingerprint));
  const submitted = await exchange(
    fetchImpl,
    apiUrl(options, `${assignmentPath}/submissions`),
    { method: 'POST', headers: authorized(options), body, credentials: 'omit' },
    options.timeoutMs,
    async (response): Promise<SendOutcome> => {
      if (!response.ok) return classifyHttpError(response.status, await readErrorDetail(response));
      const parsed = CanvasSubmission.safeParse(await readCanvasJson(response).catch(() => undefined));
      // Created but unreadable: the next attempt will find it by its fingerprint.
      if (!parsed.success) return { kind: 'retry', code: 'bad-response', outcomeUnknown: true };
      return receiptFrom(options, parsed.data, now());
    },
  );
  return submitted.ok ? submitted.value : submitted.outcome;
}
