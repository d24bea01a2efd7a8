// @vitest-environment node
import { afterEach, expect, test, vi } from 'vitest';
import type { ExportWorkerResponse } from '../../lib/panel/export-worker-messages';
import { loadFont } from '../export/pdf-helpers';
import { shortDoc } from '../export/sample-docs';

afterEach(() => vi.unstubAllGlobals());

/**
 * The real worker module, run in a stand-in worker scope: messages in through its 'message' listener, answers
 * out through postMessage, fonts fetched from the extension (here: the same files from node_modules).
 */
async function startWorker() {
  const listeners: Array<(event: { data: unknown }) => void> = [];
  const answers: ExportWorkerResponse[] = [];
  vi.stubGlobal('location', new URL('https://extension.invalid/export-worker.js'));
  vi.stubGlobal('addEventListener', (type: string, listener: (event: { data: unknown }) => void) => {
    if (type === 'message') listeners.push(listener);
  });
  vi.stubGlobal('postMessage', (answer: ExportWorkerResponse) => answers.push(answer));
  vi.stubGlobal('fetch', async (url: URL) => new Response((await loadFont(url.pathname.split('/').pop()!)).slice()));
  vi.resetModules();
  await import('../../lib/panel/export-worker');
  const send = (data: unknown) => listeners.forEach((listener) => listener({ data }));
  const answerTo = async (id: number) => {
    await vi.waitFor(() => expect(answers.some((a) => a.id === id)).toBe(true), { timeout: 15_000 });
    return answers.find((a) => a.id === id)!;
  };
  return { send, answers, answerTo };
}

test('an export asked for during the warm-up is answered first, and says how long it queued', async () => {
  const worker = await startWorker();
  worker.send({ kind: 'warm', id: 1 });
  worker.send({ kind: 'rehearse', id: 4 });
  worker.send({ kind: 'find', id: 2, doc: shortDoc(), roster: [] });
  worker.send({ kind: 'render', id: 3, doc: shortDoc(), paperSize: 'letter' });
  const render = await worker.answerTo(3);
  await worker.answerTo(4);
  // The order of the answers: both export requests before the warm-up's and the rehearsal's.
  expect(worker.answers.map((a) => a.id)).toEqual([2, 3, 1, 4]);
  expect(render.ok && new TextDecoder().decode(render.bytes!.slice(0, 5))).toBe('%PDF-');
  // Each answer carries the worker's timing: the render started after the scan, not after the warm-up's layout.
  const find = worker.answers[0]!;
  expect(render.timing!.startedAt).toBeGreaterThanOrEqual(find.timing!.finishedAt);
  expect(worker.answers[2]!.timing!.startedAt).toBeGreaterThanOrEqual(render.timing!.finishedAt);
});

test('the warm-up and the rehearsal alone answer ok once their steps are done', async () => {
  const worker = await startWorker();
  worker.send({ kind: 'warm', id: 7 });
  worker.send({ kind: 'rehearse', id: 8 });
  for (const id of [7, 8]) {
    const answer = await worker.answerTo(id);
    expect(answer.ok ? '' : answer.message).toBe('');
    expect(answer).toMatchObject({ id, ok: true });
  }
  expect(worker.answers).toHaveLength(2);
  // The rehearsal's timing spans its layout and its scan.
  const rehearsal = worker.answers[1]!;
  expect(rehearsal.timing!.startedAt).toBeGreaterThanOrEqual(worker.answers[0]!.timing!.finishedAt);
});
