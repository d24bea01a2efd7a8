// Finding and redacting student data for an export, off the side panel's main thread (compromise: its module
// alone took ~0.5 s of the panel's main thread right after a capture's trace appeared, 2026-11). A worker of its
// own, apart from the PDF layout (export-pdf-worker.ts): a layout is one run that can't be interrupted, and the
// redaction preview, which needs only this scan, waited behind one (0.3–0.6 s, fastest-path e2e, 2026-12-01).
// Its bundle is the detectors only (no pdfkit, no fonts), so it also starts sooner. Started by
// export-worker-client.ts with Vite's `new Worker(new URL(...))`.
import type { TraceDocument } from '../model/trace-document';
import { addCustomTerm, findStudentData, redactTraceDocument, type RedactionCandidate } from '../redaction/apply';
import { loadPeopleTagger, withPeopleTagger } from '../redaction/people-tagger';
import { ScanWorkerRequest } from './export-worker-messages';
import { warmUpDocument } from './export-warm-up-document';
import { serveExportWorkerRequests, type ExportWorkerScope } from './export-worker-tasks';

const scope = globalThis as unknown as ExportWorkerScope;

/** Whether a real scan has run here: the rehearsal then skips its own (the detectors have run once already). */
let hasScanned = false;

/**
 * How long after the rehearsal the worker loads compromise's tagger on its own. A trace holding names a student's
 * context must settle (most traces a teacher pastes student details into) needs the tagger; loaded here, in the
 * minutes a teacher spends writing the reflection, it is ready before Export. Not at once: the load is ~0.3–0.7 s of
 * this worker's thread, and an Export soon after a capture (a trace without such names) should not wait behind it.
 */
const taggerPreloadDelayMs = 5_000;

serveExportWorkerRequests(scope, ScanWorkerRequest, {
  // One scan of a made-up trace: the detectors' first run is several times slower than the next.
  rehearse: () => ({
    isBackground: true,
    work: async () => {
      if (!hasScanned) await withPeopleTagger(() => findStudentData(warmUpDocument(), []));
      setTimeout(() => void loadPeopleTagger(), taggerPreloadDelayMs);
      return {};
    },
  }),
  find: (request) => ({
    work: async () => {
      const doc = request.doc as TraceDocument;
      // compromise's tagger loads only if this trace needs it (people-tagger.ts): most never do.
      const candidates = await withPeopleTagger(() => findStudentData(doc, request.roster));
      hasScanned = true;
      return { candidates, doc: redactTraceDocument(doc, candidates, new Set()) };
    },
  }),
  redact: (request) => ({
    work: async () => {
      const candidates = request.candidates as RedactionCandidate[];
      return { doc: redactTraceDocument(request.doc as TraceDocument, candidates, new Set(request.keep)) };
    },
  }),
  'add-term': (request) => ({
    work: async () => {
      const candidates = request.candidates as RedactionCandidate[];
      return { candidates: addCustomTerm(request.doc as TraceDocument, candidates, request.term) };
    },
  }),
});
