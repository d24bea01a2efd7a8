// Renders the trace PDF off the side panel's main thread. Laying out one page with pdfkit and fontkit took
// 0.3–0.9 s of main-thread time in the fastest-path e2e (2026-11, CPU profile: fontkit shaping, font parsing,
// the PDF engine's own start-up); here it runs while the teacher reads the redaction preview, and the panel
// stays responsive. Started by lib/panel/pdf-render-client.ts with Vite's `new Worker(new URL(...))`.
// First: pdfkit needs it while it loads.
import './worker-document-stand-in';
import { renderTracePdf } from '../export/pdf';
import { fontAssetPath, fontFiles } from '../export/fonts';
import { PdfWorkerRequest, type PdfWorkerResponse } from './pdf-render-messages';

const scope = globalThis as unknown as {
  location: Location;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: PdfWorkerResponse, transfer?: Transferable[]): void;
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
  const parsed = PdfWorkerRequest.safeParse(event.data);
  if (!parsed.success) return;
  const request = parsed.data;
  void (async () => {
    try {
      if (request.kind === 'warm') {
        await Promise.all([loadFont(fontFiles.latin), loadFont(fontFiles.latinBold)]);
        scope.postMessage({ id: request.id, ok: true });
        return;
      }
      // renderTracePdf validates the document (zod) before laying it out.
      const bytes = await renderTracePdf(request.doc as Parameters<typeof renderTracePdf>[0], {
        paperSize: request.paperSize,
        loadFont,
      });
      scope.postMessage({ id: request.id, ok: true, bytes }, [bytes.buffer]);
    } catch (error) {
      scope.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
