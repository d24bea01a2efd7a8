import type { TraceDocument } from '../model/trace-document';
import type { RedactionCandidate } from '../redaction/apply';
import type { TeacherProfile } from '../settings/profile';
import { connectWorker } from './export-worker-connection';
import type { PdfWorkerRequest, ScanWorkerRequest } from './export-worker-messages';

type PaperSize = TeacherProfile['paperSize'];

/** The User Timing measure each render adds (read by the fastest-path e2e). */
export const pdfRenderMeasure = 'showwork:pdf-render';

export interface StudentDataFindings {
  candidates: RedactionCandidate[];
  /** The document with everything found redacted: what Export writes when the teacher keeps the default. */
  preview: TraceDocument;
}

/** Export work done beside the side panel's page, never on its main thread where a worker can run. */
export interface ExportWorker {
  /** The trace's one-page PDF (in the PDF worker). */
  render(doc: TraceDocument, paperSize: PaperSize): Promise<Uint8Array>;
  /** Likely student data (the detectors with the teacher's roster; in the scan worker). */
  findStudentData(doc: TraceDocument, roster: string[]): Promise<StudentDataFindings>;
  /** The copy with every candidate not in `keep` replaced by its label. */
  redact(doc: TraceDocument, candidates: RedactionCandidate[], keep: ReadonlySet<string>): Promise<TraceDocument>;
  /** The candidates with a term the teacher typed in the preview (the same list when it adds nothing). */
  addCustomTerm(doc: TraceDocument, candidates: RedactionCandidate[], term: string): Promise<RedactionCandidate[]>;
  /**
   * Starts the PDF worker (its code loads and compiles) and has it read its fonts, behind any export. Once per
   * panel.
   */
  warm(): void;
  /**
   * Starts both workers and has each do its slow first run on a made-up trace while nothing waits on it: the scan
   * worker scans it, the PDF worker lays it out. A request the teacher waits on goes before a step not yet started.
   * Once per panel.
   */
  rehearse(): void;
  dispose(): void;
}

export interface ExportWorkerOptions {
  /** For tests; defaults to Vite's module worker for ./export-pdf-worker.ts, or none without Worker. */
  createPdfWorker?: (() => Worker) | null;
  /** For tests; defaults to Vite's module worker for ./export-scan-worker.ts, or none without Worker. */
  createScanWorker?: (() => Worker) | null;
}

// Vite recognises these exact shapes and bundles each worker as its own chunk.
function createDefaultPdfWorker(): Worker {
  return new Worker(new URL('./export-pdf-worker.ts', import.meta.url), { type: 'module' });
}
function createDefaultScanWorker(): Worker {
  return new Worker(new URL('./export-scan-worker.ts', import.meta.url), { type: 'module' });
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
    const [{ findStudentData, redactTraceDocument }, { withPeopleTagger }] = await Promise.all([
      import('../redaction/apply'),
      import('../redaction/people-tagger'),
    ]);
    const candidates = await withPeopleTagger(() => findStudentData(doc, roster));
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

const defaultOr = (option: (() => Worker) | null | undefined, fallback: () => Worker) =>
  option === undefined ? (typeof Worker === 'undefined' ? null : fallback) : option;

/**
 * Runs export work in two workers: the PDF layout in one, the student-data scan in the other, so the redaction
 * preview (which needs only a scan) never waits behind a layout, which can't be interrupted. A worker that fails to
 * start or dies is replaced by this thread: an export must never be lost to an optimisation. A document a worker
 * refuses is refused here too: that is an error.
 */
export function createExportWorker(options: ExportWorkerOptions = {}): ExportWorker {
  const pdf = connectWorker<PdfWorkerRequest>('pdf', defaultOr(options.createPdfWorker, createDefaultPdfWorker));
  const scan = connectWorker<ScanWorkerRequest>('scan', defaultOr(options.createScanWorker, createDefaultScanWorker));
  const hasAsked = { warm: false, rehearse: false };

  return {
    async render(doc, paperSize) {
      const startedAt = performance.now();
      const answer = await pdf.ask({ kind: 'render', doc, paperSize });
      const bytes = answer?.bytes ?? (await onThisThread.render(doc, paperSize));
      // For the fastest-path e2e and profiling: how long one PDF took, and where it was made.
      const where = answer?.bytes ? 'worker' : 'page';
      performance.measure(pdfRenderMeasure, { start: startedAt, end: performance.now(), detail: { where } });
      return bytes;
    },
    async findStudentData(doc, roster) {
      const answer = await scan.ask({ kind: 'find', doc, roster });
      if (answer?.candidates && answer.doc) return { candidates: answer.candidates, preview: answer.doc };
      return onThisThread.findStudentData(doc, roster);
    },
    async redact(doc, candidates, keep) {
      const answer = await scan.ask({ kind: 'redact', doc, candidates, keep: [...keep] });
      return answer?.doc ?? onThisThread.redact(doc, candidates, keep);
    },
    async addCustomTerm(doc, candidates, term) {
      const answer = await scan.ask({ kind: 'add-term', doc, candidates, term });
      const next = answer?.candidates ?? (await onThisThread.addCustomTerm(doc, candidates, term));
      // The same list (by content) when the term adds nothing: the caller keeps its own and renders nothing anew.
      return JSON.stringify(next) === JSON.stringify(candidates) ? candidates : next;
    },
    warm() {
      // Once: a second one would only add work behind the first.
      if (hasAsked.warm) return;
      hasAsked.warm = true;
      void pdf.ask({ kind: 'warm' }).catch(() => {});
    },
    rehearse() {
      if (hasAsked.rehearse) return;
      hasAsked.rehearse = true;
      // The scan first: the redaction preview needs only it, and its worker is the smaller to load.
      void scan.ask({ kind: 'rehearse' }).catch(() => {});
      void pdf.ask({ kind: 'rehearse' }).catch(() => {});
    },
    dispose() {
      pdf.dispose();
      scan.dispose();
    },
  };
}

let shared: ExportWorker | undefined;

/** The panel's export workers (for every trace it opens). */
export function sharedExportWorker(): ExportWorker {
  return (shared ??= createExportWorker());
}
