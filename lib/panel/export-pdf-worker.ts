// The side panel's PDF layout, off its main thread (pdfkit and fontkit: 0.3–0.9 s of main-thread time in the
// fastest-path e2e, 2026-11, CPU profile). Only layout: finding student data runs in its own worker
// (export-scan-worker.ts), so the redaction preview's scan never waits behind a layout that can't be interrupted
// (fastest-path e2e, 2026-12-01: with one worker, the scan asked at Mark ready queued 0.3–0.6 s behind the
// rehearsal's first layout). Started by export-worker-client.ts with Vite's `new Worker(new URL(...))`.
// First: pdfkit needs it while it loads.
import './worker-document-stand-in';
import { renderTracePdf } from '../export/pdf';
import { fontAssetPath, fontFiles } from '../export/fonts';
import type { TraceDocument } from '../model/trace-document';
import { PdfWorkerRequest } from './export-worker-messages';
import { warmUpDocument } from './export-warm-up-document';
import { serveExportWorkerRequests, type ExportWorkerScope } from './export-worker-tasks';

const scope = globalThis as unknown as ExportWorkerScope;

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

/** Whether a real layout has run here: the rehearsal then skips its own (the code is compiled already). */
let hasRendered = false;

serveExportWorkerRequests(scope, PdfWorkerRequest, {
  // The worker has started (its code is loaded by now): read the fonts too.
  warm: () => ({
    isBackground: true,
    work: async () => {
      await Promise.all([loadFont(fontFiles.latin), loadFont(fontFiles.latinBold)]);
      return {};
    },
  }),
  // One layout of a made-up trace (compiles pdfkit's and fontkit's code: the first layout in a worker is several
  // times slower than the next). A render asked for before it starts goes first, and then it is skipped.
  rehearse: () => ({
    isBackground: true,
    work: async () => {
      if (!hasRendered) await renderTracePdf(warmUpDocument(), { paperSize: 'letter', loadFont });
      return {};
    },
  }),
  // renderTracePdf validates the document (zod) before laying it out.
  render: (request) => ({
    work: async () => {
      const bytes = await renderTracePdf(request.doc as TraceDocument, { paperSize: request.paperSize, loadFont });
      hasRendered = true;
      return { bytes };
    },
    transfer: (answer) => (answer.bytes ? [answer.bytes.buffer] : []),
  }),
});
