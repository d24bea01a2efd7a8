import type { TraceDocument } from '../model/trace-document';
import type { TeacherProfile } from '../settings/profile';
import { PdfWorkerResponse, type PdfWorkerRequest } from './pdf-render-messages';

type PaperSize = TeacherProfile['paperSize'];

/** The User Timing measure each render adds (read by the fastest-path e2e). */
export const pdfRenderMeasure = 'showwork:pdf-render';
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export interface PdfRenderer {
  /** The trace's one-page PDF, rendered in the worker (on this thread where workers are unavailable). */
  render(doc: TraceDocument, paperSize: PaperSize): Promise<Uint8Array>;
  /** Starts the worker and loads its fonts, so the first export does not wait for them. */
  warm(): void;
  dispose(): void;
}

export interface PdfRendererOptions {
  /** For tests; defaults to Vite's module worker for ./pdf-render-worker.ts, or none without Worker. */
  createWorker?: (() => Worker) | null;
}

function createDefaultWorker(): Worker {
  // Vite recognises this exact shape and bundles the worker as its own chunk.
  return new Worker(new URL('./pdf-render-worker.ts', import.meta.url), { type: 'module' });
}

async function renderOnThisThread(doc: TraceDocument, paperSize: PaperSize): Promise<Uint8Array> {
  const [{ renderTracePdf }, { loadExtensionFont }] = await Promise.all([
    import('../export/pdf'),
    import('../export/extension-fonts'),
  ]);
  return renderTracePdf(doc, { paperSize, loadFont: loadExtensionFont });
}

/**
 * Renders trace PDFs in a worker. A worker that fails to start or dies is replaced by rendering on this thread:
 * an export must never be lost to an optimisation.
 */
export function createPdfRenderer(options: PdfRendererOptions = {}): PdfRenderer {
  const create =
    options.createWorker === undefined
      ? typeof Worker === 'undefined'
        ? null
        : createDefaultWorker
      : options.createWorker;
  let worker: Worker | null = null;
  let isBroken = create === null;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (bytes: Uint8Array | undefined) => void; reject: (e: Error) => void }>();

  const breakWorker = (reason: string) => {
    isBroken = true;
    worker?.terminate();
    worker = null;
    for (const entry of waiting.values()) entry.reject(new Error(reason));
    waiting.clear();
  };

  const ensureWorker = (): Worker | null => {
    if (isBroken || !create) return null;
    if (worker) return worker;
    try {
      worker = create();
    } catch {
      isBroken = true;
      return null;
    }
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const parsed = PdfWorkerResponse.safeParse(event.data);
      if (!parsed.success) return;
      const entry = waiting.get(parsed.data.id);
      if (!entry) return;
      waiting.delete(parsed.data.id);
      if (parsed.data.ok) entry.resolve(parsed.data.bytes);
      else entry.reject(new Error(parsed.data.message));
    });
    worker.addEventListener('error', () => breakWorker('The PDF worker stopped.'));
    return worker;
  };

  const send = (request: WithoutId<PdfWorkerRequest>): Promise<Uint8Array | undefined> | null => {
    const target = ensureWorker();
    if (!target) return null;
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      target.postMessage({ ...request, id });
    });
  };

  const renderSomewhere = async (
    doc: TraceDocument,
    paperSize: PaperSize,
  ): Promise<{ bytes: Uint8Array; where: 'worker' | 'page' }> => {
    const inWorker = send({ kind: 'render', doc, paperSize });
    if (inWorker) {
      try {
        const bytes = await inWorker;
        if (bytes) return { bytes, where: 'worker' };
      } catch (error) {
        // A document the renderer refuses is refused on this thread too: say so rather than try twice.
        if (!isBroken) throw error;
      }
    }
    return { bytes: await renderOnThisThread(doc, paperSize), where: 'page' };
  };

  return {
    async render(doc, paperSize) {
      const startedAt = performance.now();
      const { bytes, where } = await renderSomewhere(doc, paperSize);
      // For the fastest-path e2e and profiling: how long one PDF took, and where it was made.
      performance.measure(pdfRenderMeasure, { start: startedAt, end: performance.now(), detail: { where } });
      return bytes;
    },
    warm() {
      void send({ kind: 'warm' })?.catch(() => {});
    },
    dispose() {
      breakWorker('The PDF renderer was closed.');
    },
  };
}

let shared: PdfRenderer | undefined;

/** The panel's one PDF renderer (one worker for every trace it opens). */
export function sharedPdfRenderer(): PdfRenderer {
  return (shared ??= createPdfRenderer());
}
