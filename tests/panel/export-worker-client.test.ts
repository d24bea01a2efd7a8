import { describe, expect, test, vi } from 'vitest';
import { createExportWorker, pdfRenderMeasure } from '../../lib/panel/export-worker-client';
import { workerRequestMeasure, type WorkerRequestDetail } from '../../lib/panel/export-worker-connection';
import type { ExportWorkerRequest, ExportWorkerResponse } from '../../lib/panel/export-worker-messages';
import { shortDoc } from '../export/sample-docs';
import { loadFont } from '../export/pdf-helpers';

// On this thread the renderer reads fonts from the extension; in Node they come from node_modules (the same files).
vi.mock('../../lib/export/extension-fonts', () => ({ loadExtensionFont: (file: string) => loadFont(file) }));

/** A stand-in for the worker: answers each request with `answer`, asynchronously, as a real worker would. */
class FakeWorker extends EventTarget {
  requests: ExportWorkerRequest[] = [];
  terminated = false;
  constructor(private readonly answer: (request: ExportWorkerRequest) => ExportWorkerResponse | 'crash' | 'silence') {
    super();
  }
  postMessage(request: ExportWorkerRequest) {
    this.requests.push(request);
    const reply = this.answer(request);
    setTimeout(() => {
      if (reply === 'silence') return;
      if (reply === 'crash') this.dispatchEvent(new Event('error'));
      else this.dispatchEvent(new MessageEvent('message', { data: reply }));
    }, 1);
  }
  terminate() {
    this.terminated = true;
  }
}

const isPdf = (bytes: Uint8Array) => new TextDecoder().decode(bytes.slice(0, 5)) === '%PDF-';

describe('the panel export workers', () => {
  test('sends the document to the worker and gives each request its own bytes', async () => {
    const worker = new FakeWorker((request) =>
      request.kind === 'render'
        ? {
            id: request.id,
            ok: true,
            bytes: new TextEncoder().encode(`pdf ${(request.doc as { title: string }).title}`),
          }
        : { id: request.id, ok: true },
    );
    const renderer = createExportWorker({ createPdfWorker: () => worker as unknown as Worker, createScanWorker: null });
    const [a, b] = await Promise.all([
      renderer.render({ ...shortDoc(), title: 'A' }, 'letter'),
      renderer.render({ ...shortDoc(), title: 'B' }, 'a4'),
    ]);
    expect(new TextDecoder().decode(a)).toBe('pdf A');
    expect(new TextDecoder().decode(b)).toBe('pdf B');
    expect(worker.requests.map((r) => r.kind === 'render' && r.paperSize)).toEqual(['letter', 'a4']);
    expect(performance.getEntriesByName(pdfRenderMeasure).length).toBeGreaterThanOrEqual(2);
  });

  test('a document the worker refuses is an error, not rendered a second time here', async () => {
    const worker = new FakeWorker((request) => ({ id: request.id, ok: false, message: 'not valid' }));
    const renderer = createExportWorker({ createPdfWorker: () => worker as unknown as Worker, createScanWorker: null });
    await expect(renderer.render(shortDoc(), 'letter')).rejects.toThrow('not valid');
  });

  test('a worker that dies mid-render is replaced by rendering on this thread: the export is not lost', async () => {
    const worker = new FakeWorker(() => 'crash');
    const renderer = createExportWorker({ createPdfWorker: () => worker as unknown as Worker, createScanWorker: null });
    const bytes = await renderer.render(shortDoc(), 'letter');
    expect(isPdf(bytes)).toBe(true);
    expect(worker.terminated).toBe(true);
    // Later renders go straight to this thread.
    expect(isPdf(await renderer.render(shortDoc(), 'a4'))).toBe(true);
    expect(worker.requests).toHaveLength(1);
  });

  test('with no worker at all (a worker that cannot start) it renders here', async () => {
    const noWorker = createExportWorker({ createPdfWorker: null, createScanWorker: null });
    expect(isPdf(await noWorker.render(shortDoc(), 'letter'))).toBe(true);
    const failing = createExportWorker({
      createScanWorker: null,
      createPdfWorker: () => {
        throw new Error('Workers are not allowed here');
      },
    });
    expect(isPdf(await failing.render(shortDoc(), 'letter'))).toBe(true);
  });

  test('warm asks the worker to load its fonts and never fails the page', async () => {
    const worker = new FakeWorker(() => 'crash');
    const renderer = createExportWorker({ createPdfWorker: () => worker as unknown as Worker, createScanWorker: null });
    renderer.warm();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(worker.requests).toEqual([{ kind: 'warm', id: 1 }]);
  });

  test('warms once and rehearses both workers once: a second one would only queue behind the first', async () => {
    const pdf = new FakeWorker((request) => ({ id: request.id, ok: true }));
    const scan = new FakeWorker((request) => ({ id: request.id, ok: true }));
    const renderer = createExportWorker({
      createPdfWorker: () => pdf as unknown as Worker,
      createScanWorker: () => scan as unknown as Worker,
    });
    renderer.warm();
    renderer.warm();
    renderer.rehearse();
    await new Promise((resolve) => setTimeout(resolve, 10));
    renderer.warm();
    renderer.rehearse();
    expect(pdf.requests.map((r) => r.kind)).toEqual(['warm', 'rehearse']);
    expect(scan.requests.map((r) => r.kind)).toEqual(['rehearse']);
  });

  test('a scan never waits on the PDF worker: it goes to its own worker while a layout is still running', async () => {
    // The PDF worker is busy (it never answers here: a long first layout); the scan worker answers at once.
    const pdf = new FakeWorker(() => 'silence');
    const scan = new FakeWorker((request) =>
      request.kind === 'find'
        ? { id: request.id, ok: true, candidates: [], doc: request.doc as never }
        : { id: request.id, ok: true, doc: ('doc' in request ? request.doc : undefined) as never },
    );
    const exporter = createExportWorker({
      createPdfWorker: () => pdf as unknown as Worker,
      createScanWorker: () => scan as unknown as Worker,
    });
    exporter.rehearse();
    void exporter.render(shortDoc(), 'letter');
    const found = await exporter.findStudentData(shortDoc(), []);
    expect(found.preview.title).toBe(shortDoc().title);
    expect(await exporter.redact(shortDoc(), [], new Set())).toMatchObject({ title: shortDoc().title });
    expect(pdf.requests.map((r) => r.kind)).toEqual(['rehearse', 'render']);
    expect(scan.requests.map((r) => r.kind)).toEqual(['rehearse', 'find', 'redact']);
  });

  test('a scan worker that dies leaves the PDF worker alone, and its scans are done on this thread', async () => {
    const pdf = new FakeWorker((request) =>
      request.kind === 'render'
        ? { id: request.id, ok: true, bytes: new Uint8Array([37]) }
        : { id: request.id, ok: true },
    );
    const scan = new FakeWorker(() => 'crash');
    const exporter = createExportWorker({
      createPdfWorker: () => pdf as unknown as Worker,
      createScanWorker: () => scan as unknown as Worker,
    });
    const doc = { ...shortDoc(), title: 'Notes on Maria Lopez' };
    const { candidates } = await exporter.findStudentData(doc, ['Maria Lopez']);
    expect(candidates.some((c) => c.text === 'Maria Lopez')).toBe(true);
    expect(scan.terminated).toBe(true);
    expect(Array.from(await exporter.render(doc, 'letter'))).toEqual([37]);
    expect(pdf.terminated).toBe(false);
  });

  test("records how long each request queued in the worker, from the worker's own timing", async () => {
    // The clock stands still, so the figures are the worker's alone, not how long a loaded machine took to deliver.
    vi.spyOn(performance, 'now').mockReturnValue(performance.now());
    const worker = new FakeWorker((request) => {
      // The worker started this request 40 ms after it was sent (busy with something else) and worked 15 ms.
      const sent = performance.timeOrigin + performance.now();
      return {
        id: request.id,
        ok: true,
        bytes: new Uint8Array([37]),
        timing: { receivedAt: sent + 1, startedAt: sent + 40, finishedAt: sent + 55 },
      };
    });
    const renderer = createExportWorker({ createPdfWorker: () => worker as unknown as Worker, createScanWorker: null });
    performance.clearMeasures(workerRequestMeasure);
    await renderer.render(shortDoc(), 'letter');
    const [entry] = performance.getEntriesByName(workerRequestMeasure) as PerformanceMeasure[];
    const detail = entry!.detail as WorkerRequestDetail;
    expect(detail).toMatchObject({ worker: 'pdf', kind: 'render' });
    expect(detail.queuedMs).toBe(40);
    expect(detail.workMs).toBe(15);
  });

  test('answers that are not the worker protocol are ignored', async () => {
    const worker = new FakeWorker(() => 'silence');
    const renderer = createExportWorker({ createPdfWorker: () => worker as unknown as Worker, createScanWorker: null });
    const result = renderer.render(shortDoc(), 'letter');
    worker.dispatchEvent(new MessageEvent('message', { data: { id: 1, ok: true, bytes: 'not bytes' } }));
    worker.dispatchEvent(new MessageEvent('message', { data: { id: 1, ok: true, bytes: new Uint8Array([37, 80]) } }));
    expect(Array.from(await result)).toEqual([37, 80]);
  });

  test('finds student data, redacts and adds a term in the worker; on this thread when it is gone', async () => {
    const doc = { ...shortDoc(), title: 'Notes on Maria Lopez' };
    const worker = new FakeWorker((request) =>
      request.kind === 'find'
        ? {
            id: request.id,
            ok: true,
            candidates: [],
            doc: { ...(request.doc as object), title: 'from the worker' } as never,
          }
        : { id: request.id, ok: true },
    );
    const viaWorker = createExportWorker({
      createPdfWorker: null,
      createScanWorker: () => worker as unknown as Worker,
    });
    expect((await viaWorker.findStudentData(doc, ['Maria Lopez'])).preview.title).toBe('from the worker');
    expect(worker.requests[0]).toMatchObject({ kind: 'find', roster: ['Maria Lopez'] });

    // The real detectors, here: the roster name is found and the preview redacts it by default.
    const here = createExportWorker({ createPdfWorker: null, createScanWorker: null });
    const { candidates, preview } = await here.findStudentData(doc, ['Maria Lopez']);
    expect(candidates.some((c) => c.text === 'Maria Lopez')).toBe(true);
    expect(preview.title).not.toContain('Maria Lopez');
    const kept = await here.redact(doc, candidates, new Set(candidates.map((c) => c.id)));
    expect(kept.title).toBe('Notes on Maria Lopez');
    expect(await here.addCustomTerm(doc, candidates, 'Zanzibar')).toBe(candidates);
    const withTerm = await here.addCustomTerm(doc, candidates, 'Notes');
    expect(withTerm).not.toBe(candidates);
    expect(withTerm.some((c) => c.kind === 'custom' && c.text === 'Notes')).toBe(true);
  });
});
