// @vitest-environment node
import { afterEach, expect, test, vi } from 'vitest';
import { shortDoc } from '../export/sample-docs';
import { startWorkerModule } from './start-worker-module';

afterEach(() => vi.unstubAllGlobals());

const startWorker = () => startWorkerModule(() => import('../../lib/panel/export-pdf-worker'));
const isPdf = (bytes: Uint8Array | undefined) =>
  Boolean(bytes) && new TextDecoder().decode(bytes!.slice(0, 5)) === '%PDF-';

test('a PDF asked for during the warm-up is made first, and says how long it queued', async () => {
  const worker = await startWorker();
  worker.send({ kind: 'warm', id: 1 });
  worker.send({ kind: 'rehearse', id: 4 });
  worker.send({ kind: 'render', id: 3, doc: shortDoc(), paperSize: 'letter' });
  const render = await worker.answerTo(3);
  await worker.answerTo(4);
  // The order of the answers: the export before the warm-up's and the rehearsal's.
  expect(worker.answers.map((a) => a.id)).toEqual([3, 1, 4]);
  expect(render.ok && isPdf(render.bytes)).toBe(true);
  // Each answer carries the worker's timing: the warm-up started after the render finished.
  expect(worker.answers[1]!.timing!.startedAt).toBeGreaterThanOrEqual(render.timing!.finishedAt);
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
  expect(worker.answers[1]!.timing!.startedAt).toBeGreaterThanOrEqual(worker.answers[0]!.timing!.finishedAt);
});

test('a document that is not a trace is refused with an error; a scan request is not its work', async () => {
  const worker = await startWorker();
  worker.send({ kind: 'render', id: 1, doc: { title: 'not a trace' }, paperSize: 'letter' });
  expect(await worker.answerTo(1)).toMatchObject({ id: 1, ok: false });
  // The scan's requests belong to the scan worker: this one does not answer them.
  worker.send({ kind: 'find', id: 2, doc: shortDoc(), roster: [] });
  worker.send({ kind: 'render', id: 3, doc: shortDoc(), paperSize: 'a4' });
  await worker.answerTo(3);
  expect(worker.answers.map((a) => a.id)).toEqual([1, 3]);
});
