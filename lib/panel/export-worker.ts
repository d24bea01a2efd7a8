// The side panel's export work, off its main thread: laying out the PDF (pdfkit and fontkit: 0.3–0.9 s of
// main-thread time in the fastest-path e2e, 2026-11, CPU profile) and finding student data (compromise: its module
// alone took ~0.5 s of the panel's main thread right after a capture's trace appeared, delaying the teacher's
// first click). Here both run beside the page, which stays responsive. Started by export-worker-client.ts with
// Vite's `new Worker(new URL(...))`.
// First: pdfkit needs it while it loads.
import './worker-document-stand-in';
import { renderTracePdf } from '../export/pdf';
import { fontAssetPath, fontFiles } from '../export/fonts';
import type { TraceDocument } from '../model/trace-document';
import { addCustomTerm, findStudentData, redactTraceDocument, type RedactionCandidate } from '../redaction/apply';
import { ExportWorkerRequest, type ExportWorkerResponse } from './export-worker-messages';

const scope = globalThis as unknown as {
  location: Location;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: ExportWorkerResponse, transfer?: Transferable[]): void;
};

// Font files are read once per worker: they are the extension's own (its origin is this worker's), never fetched
// from the network, and do not change while it runs.
const fontBytes = new Map<string, Promise<Uint8Array>>();
function loadFont(file: string): Promise<Uint8Array> {
  let bytes = fontBytes.get(file);
  if (!bytes) {
    bytes = fetch(new URL(fontAssetPath(file), scope.location.origin)).then(async (response) => {
      if (!response.ok) throw new Error(`Font ${file} is missing from the extension (${response.status})`);
      return new Uint8Array(await response.arrayBuffer());
    });
    bytes.catch(() => fontBytes.delete(file));
    fontBytes.set(file, bytes);
  }
  // A copy: pdfkit may keep or change the buffer it is given.
  return bytes.then((b) => b.slice());
}

scope.addEventListener('message', (event) => {
  const parsed = ExportWorkerRequest.safeParse(event.data);
  if (!parsed.success) return;
  const request = parsed.data;
  void (async () => {
    try {
      switch (request.kind) {
        case 'warm':
          await Promise.all([loadFont(fontFiles.latin), loadFont(fontFiles.latinBold)]);
          scope.postMessage({ id: request.id, ok: true });
          return;
        case 'render': {
          // renderTracePdf validates the document (zod) before laying it out.
          const bytes = await renderTracePdf(request.doc as TraceDocument, { paperSize: request.paperSize, loadFont });
          scope.postMessage({ id: request.id, ok: true, bytes }, [bytes.buffer]);
          return;
        }
        case 'find': {
          const doc = request.doc as TraceDocument;
          const candidates = findStudentData(doc, request.roster);
          const preview = redactTraceDocument(doc, candidates, new Set());
          scope.postMessage({ id: request.id, ok: true, candidates, doc: preview });
          return;
        }
        case 'redact': {
          const candidates = request.candidates as RedactionCandidate[];
          const doc = redactTraceDocument(request.doc as TraceDocument, candidates, new Set(request.keep));
          scope.postMessage({ id: request.id, ok: true, doc });
          return;
        }
        case 'add-term': {
          const candidates = request.candidates as RedactionCandidate[];
          scope.postMessage({
            id: request.id,
            ok: true,
            candidates: addCustomTerm(request.doc as TraceDocument, candidates, request.term),
          });
          return;
        }
      }
    } catch (error) {
      scope.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
