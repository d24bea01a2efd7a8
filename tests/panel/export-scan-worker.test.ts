// @vitest-environment node
import { afterEach, expect, test, vi } from 'vitest';
import type { TraceDocument } from '../../lib/model/trace-document';
import type { RedactionCandidate } from '../../lib/redaction/apply';
import { shortDoc } from '../export/sample-docs';
import { devCorpus } from '../fixtures/redaction/corpus-dev';
import { docOfSample } from '../redaction/evaluate-corpus';
import { startWorkerModule } from './start-worker-module';

afterEach(() => vi.unstubAllGlobals());

const startWorker = () => startWorkerModule(() => import('../../lib/panel/export-scan-worker'));

test('finds student data (roster and detectors) and answers with the redacted copy', async () => {
  const worker = await startWorker();
  const doc = { ...shortDoc(), title: 'Notes on Maria Lopez' };
  worker.send({ kind: 'find', id: 1, doc, roster: ['Maria Lopez'] });
  const answer = await worker.answerTo(1);
  expect(answer.ok).toBe(true);
  if (!answer.ok) return;
  expect(answer.candidates!.some((c) => c.text === 'Maria Lopez')).toBe(true);
  expect(answer.doc!.title).not.toContain('Maria Lopez');
  expect(answer.timing!.finishedAt).toBeGreaterThanOrEqual(answer.timing!.startedAt);

  // Keeping every candidate gives the document back as it was; a typed term adds a custom candidate.
  const candidates = answer.candidates as RedactionCandidate[];
  worker.send({ kind: 'redact', id: 2, doc, candidates, keep: candidates.map((c) => c.id) });
  expect(((await worker.answerTo(2)) as { doc: TraceDocument }).doc.title).toBe('Notes on Maria Lopez');
  worker.send({ kind: 'add-term', id: 3, doc, candidates, term: 'Notes' });
  const withTerm = (await worker.answerTo(3)) as { candidates: RedactionCandidate[] };
  expect(withTerm.candidates.some((c) => c.kind === 'custom' && c.text === 'Notes')).toBe(true);
});

test('a scan asked for while the rehearsal is queued goes first; a PDF request is not its work', async () => {
  const worker = await startWorker();
  worker.send({ kind: 'rehearse', id: 1 });
  worker.send({ kind: 'find', id: 2, doc: shortDoc(), roster: [] });
  worker.send({ kind: 'render', id: 3, doc: shortDoc(), paperSize: 'letter' });
  await worker.answerTo(1);
  expect(worker.answers.map((a) => a.id)).toEqual([2, 1]);
  expect(worker.answers.every((a) => a.ok)).toBe(true);
});

test("a trace only compromise's tagger reads: the worker loads the tagger then, and finds what a scan with it finds", async () => {
  const worker = await startWorker();
  // The worker's module graph, fresh: compromise's tagger is not loaded, and this trace's scan needs it.
  const { findStudentData } = await import('../../lib/redaction/apply');
  const { PeopleTaggerNotLoaded } = await import('../../lib/redaction/people-tagger');
  const doc = docOfSample(devCorpus.find((s) => s.id === 'en-lunch-table')!);
  expect(() => findStudentData(doc, [])).toThrow(PeopleTaggerNotLoaded);

  worker.send({ kind: 'find', id: 1, doc, roster: [] });
  const answer = await worker.answerTo(1);
  expect(answer.ok).toBe(true);
  if (!answer.ok) return;
  // The tagger is loaded now: the same scan on this thread gives the worker's findings, names it tagged among them.
  const expected = findStudentData(doc, []);
  expect(answer.candidates).toEqual(expected);
  expect(expected.some((c) => c.kind === 'studentName')).toBe(true);
});

test("after the rehearsal the worker loads compromise's tagger on its own, a few seconds later", async () => {
  const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
  const worker = await startWorker();
  const { findStudentData } = await import('../../lib/redaction/apply');
  const { loadPeopleTagger, PeopleTaggerNotLoaded } = await import('../../lib/redaction/people-tagger');
  const doc = docOfSample(devCorpus.find((s) => s.id === 'en-lunch-table')!);

  worker.send({ kind: 'rehearse', id: 1 });
  expect((await worker.answerTo(1)).ok).toBe(true);
  // The rehearsal's made-up trace needs no tagger: it is not loaded yet, and the load waits for its delay.
  expect(() => findStudentData(doc, [])).toThrow(PeopleTaggerNotLoaded);
  const preload = setTimeoutSpy.mock.calls.find(([, delay]) => delay === 5_000);
  expect(preload).toBeDefined();
  setTimeoutSpy.mockRestore();

  (preload![0] as () => void)();
  await loadPeopleTagger();
  expect(findStudentData(doc, []).some((c) => c.kind === 'studentName')).toBe(true);
});
