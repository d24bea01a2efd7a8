import type { TraceDocument } from '../model/trace-document';
import type { RedactionCandidate } from '../redaction/apply';
import type { TeacherProfile } from '../settings/profile';
import { ExportWorkerResponse, type ExportWorkerRequest } from './export-worker-messages';

type PaperSize = TeacherProfile['paperSize'];
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Answer = Extract<ExportWorkerResponse, { ok: true }>;

/** The User Timing measure each render adds (read by the fastest-path e2e). */
export const pdfRenderMeasure = 'showwork:pdf-render';

/**
 * The User Timing measure each answered worker request adds, from sending it to its answer, with
 * WorkerRequestDetail: how long it queued behind other work in the worker (the fastest-path e2e reports it).
 */
export const workerRequestMeasure = 'showwork:export-worker';

export interface WorkerRequestDetail {
  kind: ExportWorkerRequest['kind'];
  /** From sending the request to the worker starting its work: time spent behind other work (or starting up). */
  queuedMs: number;
  /** The work itself, in the worker. */
  workMs: number;
}

export interface StudentDataFindings {
  candidates: RedactionCandidate[];
  /** The document with everything found redacted: what Export writes when the teacher keeps the default. */
  preview: TraceDocument;
}

/** Export work done beside the side panel's page, never on its main thread where a worker can run. */
export interface ExportWorker {
  /** The trace's one-page PDF. */
  render(doc: TraceDocument, paperSize: PaperSize): Promise<Uint8Array>;
  /** Likely student data (the detectors with the teacher's roster). */
  findStudentData(doc: TraceDocument, roster: string[]): Promise<StudentDataFindings>;
  /** The copy with every candidate not in `keep` replaced by its label. */
  redact(doc: TraceDocument, candidates: RedactionCandidate[], keep: ReadonlySet<string>): Promise<TraceDocument>;
  /** The candidates with a term the teacher typed in the preview (the same list when it adds nothing). */
  addCustomTerm(doc: TraceDocument, candidates: RedactionCandidate[], term: string): Promise<RedactionCandidate[]>;
  /**
   * Starts the worker (its code loads and compiles) and has it read its fonts, behind any export. Once per worker.
   */
  warm(): void;
  /**
   * Has the worker lay out and scan a made-up trace once, while nothing waits on it, so the first real export is
   * not the slow first run of each; every export request goes before its remaining steps. Once per worker.
   */
  rehearse(): void;
  dispose(): void;
}

export interface ExportWorkerOptions {
  /** For tests; defaults to Vite's module worker for ./export-worker.ts, or none without Worker. */
  createWorker?: (() => Worker) | null;
}

function createDefaultWorker(): Worker {
  // Vite recognises this exact shape and bundles the worker as its own chunk.
  return new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
}

/** The same work on this thread, where no worker runs (or it died): slower, but an export is never lost. */
const onThisThread = {
  async render(doc: TraceDocument, paperSize: PaperSize): Promise<Uint8Array> {
    const [{ renderTracePdf }, { loadExtensionFont }] = await Promise.all([
      import('../export/pdf'),
      import('../export/extension-fonts'),
    ]);
    return renderTracePdf(doc, { paperSize, loadFont: loadExtensionFont });
  },
  async findStudentData(doc: TraceDocument, roster: string[]): Promise<StudentDataFindings> {
    const { findStudentData, redactTraceDocument } = await import('../redaction/apply');
    const candidates = findStudentData(doc, roster);
    return { candidates, preview: redactTraceDocument(doc, candidates, new Set()) };
  },
  async redact(doc: TraceDocument, candidates: RedactionCandidate[], keep: ReadonlySet<string>) {
    const { redactTraceDocument } = await import('../redaction/apply');
    return redactTraceDocument(doc, candidates, new Set(keep));
  },
  async addCustomTerm(doc: TraceDocument, candidates: RedactionCandidate[], term: string) {
    const { addCustomTerm } = await import('../redaction/apply');
    return addCustomTerm(doc, candidates, term);
  },
};

/**
 * Runs export work in a worker. A worker that fails to start or dies is replaced by this thread: an export must
 * never be lost to an optimisation. A document the worker refuses is refused here too: that is an error.
 */
export function createExportWorker(options: ExportWorkerOptions = {}): ExportWorker {
  const create =
    options.createWorker === undefined
      ? typeof Worker === 'undefined'
        ? null
        : createDefaultWorker
      : options.createWorker;
  let worker: Worker | null = null;
  let isBroken = create === null;
  let nextId = 1;
  const waiting = new Map<
    number,
    {
      kind: ExportWorkerRequest['kind'];
      /** performance.timeOrigin + performance.now() when sent: the worker's timing is on the same scale. */
      sentAt: number;
      resolve: (answer: Answer) => void;
      reject: (e: Error) => void;
    }
  >();
  const hasAsked = { warm: false, rehearse: false };

  const breakWorker = (reason: string) => {
    isBroken = true;
    worker?.terminate();
    worker = null;
    for (const entry of waiting.values()) entry.reject(new WorkerGoneError(reason));
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
      const parsed = ExportWorkerResponse.safeParse(event.data);
      if (!parsed.success) return;
      const entry = waiting.get(parsed.data.id);
      if (!entry) return;
      waiting.delete(parsed.data.id);
      const { timing } = parsed.data;
      if (timing) {
        const detail: WorkerRequestDetail = {
          kind: entry.kind,
          queuedMs: Math.max(0, timing.startedAt - entry.sentAt),
          workMs: timing.finishedAt - timing.startedAt,
        };
        performance.measure(workerRequestMeasure, {
          start: entry.sentAt - performance.timeOrigin,
          end: performance.now(),
          detail,
        });
      }
      if (parsed.data.ok) entry.resolve(parsed.data);
      else entry.reject(new Error(parsed.data.message));
    });
    worker.addEventListener('error', () => breakWorker('The export worker stopped.'));
    return worker;
  };

  /** The worker's answer, or null when there is no worker (any more): the caller then works on this thread. */
  const ask = async (request: WithoutId<ExportWorkerRequest>): Promise<Answer | null> => {
    const target = ensureWorker();
    if (!target) return null;
    const id = nextId++;
    try {
      return await new Promise<Answer>((resolve, reject) => {
        waiting.set(id, { kind: request.kind, sentAt: performance.timeOrigin + performance.now(), resolve, reject });
        target.postMessage({ ...request, id });
      });
    } catch (error) {
      if (error instanceof WorkerGoneError) return null;
      throw error;
    }
  };

  const sets = (keep: ReadonlySet<string>) => [...keep];

  return {
    async render(doc, paperSize) {
      const startedAt = performance.now();
      const answer = await ask({ kind: 'render', doc, paperSize });
      const bytes = answer?.bytes ?? (await onThisThread.render(doc, paperSize));
      // For the fastest-path e2e and profiling: how long one PDF took, and where it was made.
      const where = answer?.bytes ? 'worker' : 'page';
      performance.measure(pdfRenderMeasure, { start: startedAt, end: performance.now(), detail: { where } });
      return bytes;
    },
    async findStudentData(doc, roster) {
      const answer = await ask({ kind: 'find', doc, roster });
      if (answer?.candidates && answer.doc) return { candidates: answer.candidates, preview: answer.doc };
      return onThisThread.findStudentData(doc, roster);
    },
    async redact(doc, candidates, keep) {
      const answer = await ask({ kind: 'redact', doc, candidates, keep: sets(keep) });
      return answer?.doc ?? onThisThread.redact(doc, candidates, keep);
    },
    async addCustomTerm(doc, candidates, term) {
      const answer = await ask({ kind: 'add-term', doc, candidates, term });
      const next = answer?.candidates ?? (await onThisThread.addCustomTerm(doc, candidates, term));
      // The same list (by content) when the term adds nothing: the caller keeps its own and renders nothing anew.
      return JSON.stringify(next) === JSON.stringify(candidates) ? candidates : next;
    },
    warm() {
      // Once per worker: a second one would only add work behind the first.
      if (hasAsked.warm) return;
      hasAsked.warm = true;
      void ask({ kind: 'warm' }).catch(() => {});
    },
    rehearse() {
      if (hasAsked.rehearse) return;
      hasAsked.rehearse = true;
      void ask({ kind: 'rehearse' }).catch(() => {});
    },
    dispose() {
      breakWorker('The export worker was closed.');
    },
  };
}

class WorkerGoneError extends Error {
  override readonly name = 'WorkerGoneError';
}

let shared: ExportWorker | undefined;

/** The panel's one export worker (for every trace it opens). */
export function sharedExportWorker(): ExportWorker {
  return (shared ??= createExportWorker());
}
