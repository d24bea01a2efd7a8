// @vitest-environment node
// Against tests/servers/canvas-server.ts, which stands in for Canvas LMS (it cannot run here) and implements
// the endpoints ShowWork uses as Canvas documents them, with a separate upload host on another port.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ShowWorkDatabase } from '../../lib/db/schema';
import { savePortalProfile, type CanvasPortalProfile } from '../../lib/settings/portals';
import {
  canvasCommentText,
  listCanvasAssignments,
  listCanvasCourses,
  parseNextLink,
  sendToCanvas,
  testCanvasConnection,
} from '../../lib/upload/canvas';
import { processOutbox, queueSubmission } from '../../lib/upload/outbox';
import { startCanvasServer, type CanvasServer, type CanvasServerOptions } from '../servers/canvas-server';
import { drainOutbox, fastTuning, openTestDatabase, samplePayload } from './helpers';

let canvas: CanvasServer;
let db: ShowWorkDatabase;
let portal: CanvasPortalProfile;
const allow = async () => true;

async function setUp(options: CanvasServerOptions = {}) {
  canvas = await startCanvasServer(options);
  portal = {
    kind: 'canvas',
    id: 'canvas',
    name: 'District Canvas',
    baseUrl: canvas.baseUrl,
    courseId: '100',
    courseName: 'PD Course 1',
    assignmentId: '1001',
    assignmentName: 'AI trace evidence',
    uploadOrigins: [],
  };
  await savePortalProfile(db, portal, 'canvas-token');
}

async function queueOne(label = 'one') {
  const result = await queueSubmission(db, {
    traceId: `trace-${label}`,
    portal,
    fingerprint: `sha256:${label.padEnd(64, '0')}`,
    payload: samplePayload(label),
  });
  return result.submission;
}

beforeEach(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  await canvas?.close();
  db.close();
});

describe('Canvas lists', () => {
  test('courses follow Link-header pagination to the end', async () => {
    await setUp({ courseCount: 25, maxPerPage: 10 });
    const result = await listCanvasCourses({ baseUrl: canvas.baseUrl, token: 'canvas-token', timeoutMs: 2_000 });
    expect(result.ok && result.value.map((c) => c.name)).toEqual(
      Array.from({ length: 25 }, (_, i) => `PD Course ${i + 1}`),
    );
    const pages = canvas.requests.filter((r) => r.path === '/api/v1/courses');
    expect(pages).toHaveLength(3);
    expect(pages.every((r) => r.authorization === 'Bearer canvas-token')).toBe(true);
  });

  test('assignments say which accept file uploads', async () => {
    await setUp();
    const result = await listCanvasAssignments(
      { baseUrl: canvas.baseUrl, token: 'canvas-token', timeoutMs: 2_000 },
      '100',
    );
    expect(result.ok && result.value).toEqual([
      { id: '1001', name: 'AI trace evidence', acceptsUpload: true, dueAt: undefined },
      { id: '1002', name: 'Reflection post', acceptsUpload: false, dueAt: undefined },
      { id: '1003', name: 'Portfolio upload', acceptsUpload: true, dueAt: '2026-12-01T23:59:00Z' },
    ]);
  });

  test('a wrong token gives unauthorized', async () => {
    await setUp();
    const result = await listCanvasCourses({ baseUrl: canvas.baseUrl, token: 'nope', timeoutMs: 2_000 });
    expect(result).toMatchObject({ ok: false, outcome: { code: 'unauthorized', detail: 'Invalid access token.' } });
  });

  test('parseNextLink reads rel="next" among other relations', () => {
    const header =
      '<https://c.example/api/v1/courses?page=1>; rel="current",<https://c.example/api/v1/courses?page=2>; rel="next",<https://c.example/api/v1/courses?page=1>; rel="first"';
    expect(parseNextLink(header)).toBe('https://c.example/api/v1/courses?page=2');
    expect(parseNextLink('<https://c.example/x?page=3>; rel="last"')).toBeUndefined();
    expect(parseNextLink(null)).toBeUndefined();
  });
});

describe('Canvas Test connection', () => {
  test('token and assignment right', async () => {
    await setUp();
    const result = await testCanvasConnection(
      { baseUrl: canvas.baseUrl, token: 'canvas-token', timeoutMs: 2_000 },
      { courseId: '100', assignmentId: '1001' },
    );
    expect(result).toEqual({ ok: true, userName: 'Ana Rivera' });
  });
  test.each([
    ['wrong token', 'nope', '1001', 'unauthorized'],
    ['unknown assignment', 'canvas-token', '9999', 'not-found'],
    ['assignment without file uploads', 'canvas-token', '1002', 'not-uploadable'],
  ])('%s', async (_name, token, assignmentId, code) => {
    await setUp();
    const result = await testCanvasConnection(
      { baseUrl: canvas.baseUrl, token, timeoutMs: 2_000 },
      { courseId: '100', assignmentId },
    );
    expect(result).toMatchObject({ ok: false, code });
  });
});

describe('Canvas submission', () => {
  test.each(['redirect', 'created'] as const)(
    'file-upload flow (%s confirmation): token never sent to the upload host',
    async (confirmMode) => {
      await setUp({ confirmMode });
      const queued = await queueOne();
      await processOutbox({ db, tuning: fastTuning });
      const row = await db.submissions.get(queued.id);
      expect(row).toMatchObject({ state: 'sent', receipt: { id: '10001/1' } });
      expect(row?.receipt?.url).toContain(`${canvas.baseUrl}/courses/100/assignments/1001/submissions/42`);

      expect(canvas.submissions).toHaveLength(1);
      const submission = canvas.submissions[0]!;
      expect(submission.comments).toEqual([canvasCommentText(queued.fingerprint)]);
      const file = canvas.files.find((f) => String(f.id) === submission.fileIds[0]);
      expect(file).toMatchObject({
        confirmed: true,
        name: 'Rivera_AI-Foundations_one.pdf',
        contentType: 'application/pdf',
      });
      expect(Buffer.compare(file!.bytes!, Buffer.from(samplePayload('one').pdf))).toBe(0);

      const uploads = canvas.requests.filter((r) => r.host === 'upload');
      expect(uploads).toHaveLength(1);
      expect(uploads[0]!.authorization).toBeUndefined();
      expect(uploads[0]!.status).toBe(confirmMode === 'redirect' ? 301 : 201);
    },
  );

  test('the answer to the submission is lost: the retry finds the fingerprint and does not submit twice', async () => {
    await setUp();
    canvas.injectFault({ kind: 'drop-after', step: 'submit' });
    const queued = await queueOne();
    await processOutbox({ db, tuning: fastTuning });
    expect(await db.submissions.get(queued.id)).toMatchObject({ state: 'queued', outcomeUnknown: true });
    expect(canvas.submissions).toHaveLength(1);

    await drainOutbox({ db, tuning: fastTuning });
    expect(canvas.submissions).toHaveLength(1);
    expect(await db.submissions.get(queued.id)).toMatchObject({ state: 'sent', receipt: { id: '10001/1' } });
    expect(canvas.requests.filter((r) => r.path.endsWith('/submissions/self'))).toHaveLength(2);
  });

  test('a worker stopped after Canvas accepted: recovery checks first, still one submission', async () => {
    await setUp();
    const queued = await queueOne();
    // The first worker's whole flow reached Canvas; it was stopped before recording the result.
    await sendToCanvas({
      baseUrl: canvas.baseUrl,
      token: 'canvas-token',
      timeoutMs: 2_000,
      courseId: '100',
      assignmentId: '1001',
      payload: samplePayload('one'),
      fingerprint: queued.fingerprint,
      hasHostPermission: allow,
    });
    await db.submissions.update(queued.id, { state: 'sending', attempts: 1, sendingSince: Date.now() - 60_000 });
    const summary = await processOutbox({ db, tuning: fastTuning });
    expect(summary).toMatchObject({ recovered: 1, sent: 1 });
    expect(canvas.submissions).toHaveLength(1);
  });

  test('the upload failed before anything was submitted: the retry uploads again and submits once', async () => {
    await setUp();
    canvas.injectFault({ kind: 'drop-after', step: 'upload' }, { kind: 'status', step: 'slot', status: 503 });
    const queued = await queueOne();
    await drainOutbox({ db, tuning: fastTuning });
    expect(await db.submissions.get(queued.id)).toMatchObject({ state: 'sent' });
    expect(canvas.submissions).toHaveLength(1);
  });

  test('a different trace version is a new submission (a new Canvas attempt)', async () => {
    await setUp();
    await queueOne('one');
    await processOutbox({ db, tuning: fastTuning });
    await queueOne('two');
    await processOutbox({ db, tuning: fastTuning });
    expect(canvas.submissions.map((s) => s.attempt)).toEqual([1, 2]);
  });

  test('an upload host ShowWork may not reach yet: permanent, says which host, nothing submitted', async () => {
    await setUp();
    const queued = await queueOne();
    await processOutbox({
      db,
      tuning: fastTuning,
      hasOriginPermission: async (origin) => origin === canvas.baseUrl,
    });
    expect(await db.submissions.get(queued.id)).toMatchObject({
      state: 'failed',
      errorCode: 'upload-permission',
      lastError: canvas.uploadOrigin,
    });
    expect(canvas.submissions).toHaveLength(0);
  });

  test('no permission for the Canvas host itself', async () => {
    await setUp();
    const queued = await queueOne();
    await processOutbox({ db, tuning: fastTuning, hasOriginPermission: async () => false });
    expect(await db.submissions.get(queued.id)).toMatchObject({ state: 'failed', errorCode: 'permission' });
    expect(canvas.requests).toHaveLength(0);
  });

  test("an assignment that takes no uploads is a permanent failure with Canvas's message", async () => {
    await setUp();
    portal = { ...portal, assignmentId: '1002' };
    await savePortalProfile(db, portal, undefined);
    const queued = await queueOne();
    await processOutbox({ db, tuning: fastTuning });
    expect(await db.submissions.get(queued.id)).toMatchObject({
      state: 'failed',
      errorCode: 'rejected',
      lastError: 'This assignment does not accept file uploads',
    });
  });

  test('a missing token fails before any request', async () => {
    await setUp();
    await savePortalProfile(db, portal, '');
    const queued = await queueOne();
    await processOutbox({ db, tuning: fastTuning });
    expect(await db.submissions.get(queued.id)).toMatchObject({ state: 'failed', errorCode: 'missing-token' });
    expect(canvas.requests).toHaveLength(0);
  });
});
