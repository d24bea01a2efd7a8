/**
 * A stand-in for Canvas LMS, which cannot run here (it is a large Rails application with its own database and
 * file service). It implements, on 127.0.0.1, only the endpoints ShowWork calls, shaped as Canvas documents them
 * (canvas-lms doc/api: file_uploads.md, submissions, courses, assignments, pagination):
 *   GET  /api/v1/users/self
 *   GET  /api/v1/courses?enrollment_type=student…              (paginated with a Link header)
 *   GET  /api/v1/courses/:course_id/assignments                 (paginated)
 *   GET  /api/v1/courses/:course_id/assignments/:id
 *   POST /api/v1/courses/:course_id/assignments/:id/submissions/self/files  → {upload_url, upload_params}
 *   POST <upload host>/files_api/upload/:slot   (a second server on another port: another origin, like Canvas's
 *        file service). Refuses the access token, checks every upload_params field verbatim and `file` last,
 *        answers 301 → /api/v1/files/:id/create_success (token required) or 201 + Location.
 *   POST /api/v1/courses/:course_id/assignments/:id/submissions
 *   GET  /api/v1/courses/:course_id/assignments/:id/submissions/self?include[]=submission_comments
 * Fault hooks let tests lose an answer after Canvas acted, or fail a step.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type CanvasStep = 'slot' | 'upload' | 'confirm' | 'submit' | 'check';
export type CanvasFault =
  /** Do the step, then cut the connection without answering. */
  | { kind: 'drop-after'; step: CanvasStep }
  /** Answer the step with this status, doing nothing. */
  | { kind: 'status'; step: CanvasStep; status: number };

export interface CanvasFile {
  id: number;
  name: string;
  size: number;
  contentType: string;
  bytes?: Buffer;
  confirmed: boolean;
  uploadParams: Record<string, string>;
}
export interface CanvasSubmissionRecord {
  id: number;
  courseId: string;
  assignmentId: string;
  attempt: number;
  fileIds: string[];
  comments: string[];
  submittedAt: string;
}
export interface CanvasLoggedRequest {
  host: 'api' | 'upload';
  method: string;
  path: string;
  authorization: string | undefined;
  status?: number;
}

export interface CanvasServerOptions {
  token?: string;
  courseCount?: number;
  /** Largest page Canvas returns whatever per_page asks (Canvas caps at 100; small here to force paging). */
  maxPerPage?: number;
  /** How the upload host confirms: a 301 to create_success (classic) or 201 Created with a Location. */
  confirmMode?: 'redirect' | 'created';
}

export interface CanvasServer {
  baseUrl: string;
  uploadOrigin: string;
  files: CanvasFile[];
  submissions: CanvasSubmissionRecord[];
  requests: CanvasLoggedRequest[];
  injectFault(...faults: CanvasFault[]): void;
  close(): Promise<void>;
}

const userId = 42;
const signingKey = 'stand-in-signing-key';

export async function startCanvasServer(options: CanvasServerOptions = {}): Promise<CanvasServer> {
  const token = options.token ?? 'canvas-token';
  const maxPerPage = options.maxPerPage ?? 10;
  const confirmMode = options.confirmMode ?? 'redirect';
  const courses = Array.from({ length: options.courseCount ?? 3 }, (_, i) => ({
    id: 100 + i,
    name: `PD Course ${i + 1}`,
    course_code: `PD${i + 1}`,
  }));
  const assignmentsOf = (courseId: number) => [
    { id: courseId * 10 + 1, name: 'AI trace evidence', submission_types: ['online_upload'], due_at: null },
    { id: courseId * 10 + 2, name: 'Reflection post', submission_types: ['online_text_entry'], due_at: null },
    {
      id: courseId * 10 + 3,
      name: 'Portfolio upload',
      submission_types: ['online_upload', 'online_url'],
      due_at: '2026-12-01T23:59:00Z',
    },
  ];
  const files: CanvasFile[] = [];
  const submissions: CanvasSubmissionRecord[] = [];
  const requests: CanvasLoggedRequest[] = [];
  const faults: CanvasFault[] = [];
  const slots = new Map<string, CanvasFile>();
  let baseUrl = '';
  let uploadOrigin = '';

  const takeFault = (step: CanvasStep) => {
    const index = faults.findIndex((f) => f.step === step);
    return index >= 0 ? faults.splice(index, 1)[0] : undefined;
  };
  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };
  // Canvas's error body: {"errors":[{"message":"…"}]}.
  const error = (res: ServerResponse, status: number, message: string) => json(res, status, { errors: [{ message }] });
  const readBody = (req: IncomingMessage) =>
    new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });
  const authorized = (req: IncomingMessage) => req.headers.authorization === `Bearer ${token}`;
  const paginate = (res: ServerResponse, url: URL, items: unknown[]) => {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 10), maxPerPage);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) => {
      const u = new URL(url.href);
      u.searchParams.set('page', String(p));
      u.searchParams.set('per_page', String(perPage));
      return `<${u.href}>; rel="${rel}"`;
    };
    const links = [link(page, 'current'), link(1, 'first'), link(last, 'last')];
    if (page < last) links.splice(1, 0, link(page + 1, 'next'));
    json(res, 200, items.slice((page - 1) * perPage, page * perPage), { Link: links.join(',') });
  };
  const fileJson = (file: CanvasFile) => ({
    id: file.id,
    display_name: file.name,
    filename: file.name,
    'content-type': file.contentType,
    size: file.size,
    url: `${baseUrl}/files/${file.id}/download`,
  });
  const submissionJson = (
    s: CanvasSubmissionRecord | undefined,
    courseId: string,
    assignmentId: string,
    withComments: boolean,
  ) => ({
    id: s ? 9000 + Number(assignmentId) : null,
    assignment_id: Number(assignmentId),
    user_id: userId,
    attempt: s ? s.attempt : null,
    workflow_state: s ? 'submitted' : 'unsubmitted',
    submitted_at: s ? s.submittedAt : null,
    submission_type: s ? 'online_upload' : null,
    preview_url: s
      ? `${baseUrl}/courses/${courseId}/assignments/${assignmentId}/submissions/${userId}?preview=1&version=${s.attempt}`
      : null,
    ...(withComments
      ? {
          submission_comments: submissions
            .filter((x) => x.courseId === courseId && x.assignmentId === assignmentId)
            .flatMap((x) => x.comments.map((comment, i) => ({ id: x.id * 10 + i, author_id: userId, comment }))),
        }
      : {}),
  });

  async function handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    log: CanvasLoggedRequest,
  ): Promise<void> {
    const path = url.pathname;
    // The confirmation a 301 from the upload host points at. Canvas asks for the token here.
    let match = /^\/api\/v1\/files\/(\d+)(\/create_success)?$/.exec(path);
    if (match && req.method === 'GET') {
      const fault = takeFault('confirm');
      if (fault?.kind === 'status') return error(res, fault.status, 'Injected failure');
      if (!authorized(req)) return error(res, 401, 'Invalid access token.');
      const file = files.find((f) => f.id === Number(match![1]));
      if (!file || !file.bytes) return error(res, 404, 'The specified resource does not exist.');
      if (match[2] && url.searchParams.get('uuid') !== file.uploadParams.uuid) return error(res, 400, 'Bad uuid');
      file.confirmed = true;
      return json(res, 200, fileJson(file));
    }
    if (!authorized(req)) return error(res, 401, 'Invalid access token.');
    if (path === '/api/v1/users/self' && req.method === 'GET')
      return json(res, 200, { id: userId, name: 'Ana Rivera' });
    if (path === '/api/v1/courses' && req.method === 'GET') return paginate(res, url, courses);
    match = /^\/api\/v1\/courses\/(\d+)\/assignments$/.exec(path);
    if (match && req.method === 'GET') {
      const course = courses.find((c) => c.id === Number(match![1]));
      return course
        ? paginate(res, url, assignmentsOf(course.id))
        : error(res, 404, 'The specified resource does not exist.');
    }
    match = /^\/api\/v1\/courses\/(\d+)\/assignments\/(\d+)(\/.*)?$/.exec(path);
    if (!match) return error(res, 404, 'The specified resource does not exist.');
    const [, courseId = '', assignmentId = '', rest = ''] = match;
    const course = courses.find((c) => c.id === Number(courseId));
    const assignment = course && assignmentsOf(course.id).find((a) => a.id === Number(assignmentId));
    if (!assignment) return error(res, 404, 'The specified resource does not exist.');
    log.path = path;

    if (rest === '' && req.method === 'GET') return json(res, 200, assignment);
    if (rest === '/submissions/self' && req.method === 'GET') {
      const fault = takeFault('check');
      if (fault?.kind === 'status') return error(res, fault.status, 'Injected failure');
      const latest = submissions.filter((s) => s.courseId === courseId && s.assignmentId === assignmentId).at(-1);
      return json(
        res,
        200,
        submissionJson(
          latest,
          courseId,
          assignmentId,
          url.searchParams.getAll('include[]').includes('submission_comments'),
        ),
      );
    }
    if (rest === '/submissions/self/files' && req.method === 'POST') {
      const fault = takeFault('slot');
      if (fault?.kind === 'status') return error(res, fault.status, 'Injected failure');
      const params = new URLSearchParams((await readBody(req)).toString('utf8'));
      const name = params.get('name');
      if (!name) return error(res, 400, 'name is required');
      if (!assignment.submission_types.includes('online_upload'))
        return error(res, 400, 'This assignment does not accept file uploads');
      const slot = randomUUID();
      const uuid = randomUUID();
      const uploadParams: Record<string, string> = {
        filename: name,
        content_type: params.get('content_type') ?? 'application/octet-stream',
        key: `submissions/${userId}/${slot}/${name}`,
        uuid,
      };
      uploadParams.signature = createHmac('sha256', signingKey).update(JSON.stringify(uploadParams)).digest('hex');
      const file: CanvasFile = {
        id: 5000 + files.length + 1,
        name,
        size: Number(params.get('size') ?? 0),
        contentType: uploadParams.content_type!,
        confirmed: false,
        uploadParams,
      };
      files.push(file);
      slots.set(slot, file);
      const body = { upload_url: `${uploadOrigin}/files_api/upload/${slot}`, upload_params: uploadParams };
      if (fault?.kind === 'drop-after') return void req.socket.destroy();
      return json(res, 200, body);
    }
    if (rest === '/submissions' && req.method === 'POST') {
      const fault = takeFault('submit');
      if (fault?.kind === 'status') return error(res, fault.status, 'Injected failure');
      const params = new URLSearchParams((await readBody(req)).toString('utf8'));
      if (params.get('submission[submission_type]') !== 'online_upload')
        return error(res, 400, 'Invalid submission type');
      const fileIds = params.getAll('submission[file_ids][]');
      if (fileIds.length === 0) return error(res, 400, 'No files');
      for (const id of fileIds) {
        const file = files.find((f) => String(f.id) === id);
        if (!file?.confirmed) return error(res, 400, `File ${id} is not available`);
      }
      const previous = submissions.filter((s) => s.courseId === courseId && s.assignmentId === assignmentId);
      const record: CanvasSubmissionRecord = {
        id: 9000 + Number(assignmentId),
        courseId,
        assignmentId,
        attempt: previous.length + 1,
        fileIds,
        comments: params.get('comment[text_comment]') ? [params.get('comment[text_comment]')!] : [],
        submittedAt: new Date().toISOString(),
      };
      submissions.push(record);
      if (fault?.kind === 'drop-after') return void req.socket.destroy();
      return json(res, 201, submissionJson(record, courseId, assignmentId, false));
    }
    return error(res, 404, 'The specified resource does not exist.');
  }

  async function handleUpload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const match = /^\/files_api\/upload\/([\w-]+)$/.exec(url.pathname);
    const file = match ? slots.get(match[1]!) : undefined;
    if (req.method !== 'POST' || !file) return error(res, 404, 'No such upload');
    const fault = takeFault('upload');
    if (fault?.kind === 'status') return error(res, fault.status, 'Injected failure');
    // The file service is not Canvas: the access token must not be sent to it (file_uploads.md, step 2).
    if (req.headers.authorization) return error(res, 400, 'Do not send the access token to the upload host');
    const body = await readBody(req);
    const form = await new Request('http://upload.invalid/', {
      method: 'POST',
      headers: { 'content-type': req.headers['content-type'] ?? '' },
      body: new Uint8Array(body),
    })
      .formData()
      .catch(() => undefined);
    if (!form) return error(res, 400, 'Expected multipart/form-data');
    const keys = [...form.keys()];
    if (keys.at(-1) !== 'file') return error(res, 400, 'The file must be the last field');
    for (const [key, value] of Object.entries(file.uploadParams)) {
      if (form.get(key) !== value) return error(res, 400, `Signature mismatch: ${key}`);
    }
    if (keys.length !== Object.keys(file.uploadParams).length + 1)
      return error(res, 400, 'Signature mismatch: extra fields');
    const blob = form.get('file');
    if (!(blob instanceof Blob)) return error(res, 400, 'No file');
    file.bytes = Buffer.from(await blob.arrayBuffer());
    file.size = file.bytes.length;
    slots.delete(match![1]!);
    if (fault?.kind === 'drop-after') return void req.socket.destroy();
    if (confirmMode === 'redirect') {
      res.writeHead(301, {
        Location: `${baseUrl}/api/v1/files/${file.id}/create_success?uuid=${file.uploadParams.uuid}`,
      });
      res.end();
      return;
    }
    file.confirmed = true;
    json(
      res,
      201,
      { location: `${baseUrl}/api/v1/files/${file.id}`, uuid: file.uploadParams.uuid },
      { Location: `${baseUrl}/api/v1/files/${file.id}` },
    );
  }

  const listen = async (server: Server) => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
  const serve = (host: 'api' | 'upload') =>
    createServer((req, res) => {
      const url = new URL(req.url ?? '/', host === 'api' ? baseUrl : uploadOrigin);
      const log: CanvasLoggedRequest = {
        host,
        method: req.method ?? '',
        path: url.pathname,
        authorization: req.headers.authorization,
      };
      requests.push(log);
      res.on('finish', () => (log.status = res.statusCode));
      const handler = host === 'api' ? handleApi(req, res, url, log) : handleUpload(req, res, url);
      handler.catch((e: unknown) => error(res, 500, String(e)));
    });
  const api = serve('api');
  const upload = serve('upload');
  baseUrl = await listen(api);
  uploadOrigin = await listen(upload);

  return {
    baseUrl,
    uploadOrigin,
    files,
    submissions,
    requests,
    injectFault: (...added) => faults.push(...added),
    close: async () => {
      for (const server of [api, upload]) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  };
}
