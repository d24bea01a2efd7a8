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
import { warmUpDocument } from './export-warm-up-document';
import { createWorkerQueue } from './export-worker-queue';

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

/** A point in time comparable across the panel and this worker (both clocks count from the same epoch). */
const now = () => performance.timeOrigin + performance.now();

// One task at a time, an export before any remaining warm-up step; each answer says when its task started, so
// the panel can see any wait.
const queue = createWorkerQueue();

type Answer = Omit<Extract<ExportWorkerResponse, { ok: true }>, 'id' | 'ok' | 'timing'>;

/** Queues the work of one request; its answer (or error) carries when it was received, started and finished. */
function handle(
  id: number,
  isBackground: boolean,
  work: () => Promise<Answer>,
  transfer?: (answer: Answer) => Transferable[],
  /** For a request done in several tasks: when its first one started. */
  firstStartedAt?: () => number | undefined,
): void {
  const receivedAt = now();
  queue.add({
    isBackground,
    run: async () => {
      const startedAt = firstStartedAt?.() ?? now();
      try {
        const answer = await work();
        const timing = { receivedAt, startedAt, finishedAt: now() };
        scope.postMessage({ ...answer, id, ok: true, timing }, transfer?.(answer) ?? []);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        scope.postMessage({ id, ok: false, message, timing: { receivedAt, startedAt, finishedAt: now() } });
      }
    },
  });
}

/** Whether a real layout or scan has run here: the rehearsal then skips its own (the code is compiled already). */
const hasRun = { render: false, find: false };

/**
 * The rehearsal, in steps that each give way to an export: one layout of a made-up trace (compiles pdfkit's and
 * fontkit's code: the first layout in a worker is several times slower than the next), then one scan of it (the
 * detectors' first run). One answer, after the last step.
 */
function rehearse(id: number): void {
  const doc = warmUpDocument();
  let startedAt: number | undefined;
  let failure: unknown;
  queue.add({
    isBackground: true,
    run: async () => {
      startedAt = now();
      if (!hasRun.render)
        await renderTracePdf(doc, { paperSize: 'letter', loadFont }).catch((error: unknown) => (failure = error));
    },
  });
  handle(
    id,
    true,
    async () => {
      if (!hasRun.find) findStudentData(doc, []);
      if (failure) throw failure;
      return {};
    },
    undefined,
    () => startedAt,
  );
}

scope.addEventListener('message', (event) => {
  const parsed = ExportWorkerRequest.safeParse(event.data);
  if (!parsed.success) return;
  const request = parsed.data;
  const { id } = request;
  switch (request.kind) {
    case 'warm':
      // The worker has started (its code is loaded by now): read the fonts too.
      handle(id, true, async () => {
        await Promise.all([loadFont(fontFiles.latin), loadFont(fontFiles.latinBold)]);
        return {};
      });
      return;
    case 'rehearse':
      rehearse(id);
      return;
    case 'render':
      // renderTracePdf validates the document (zod) before laying it out.
      handle(
        id,
        false,
        async () => {
          const bytes = await renderTracePdf(request.doc as TraceDocument, { paperSize: request.paperSize, loadFont });
          hasRun.render = true;
          return { bytes };
        },
        (answer) => (answer.bytes ? [answer.bytes.buffer] : []),
      );
      return;
    case 'find':
      handle(id, false, async () => {
        const doc = request.doc as TraceDocument;
        const candidates = findStudentData(doc, request.roster);
        hasRun.find = true;
        return { candidates, doc: redactTraceDocument(doc, candidates, new Set()) };
      });
      return;
    case 'redact':
      handle(id, false, async () => {
        const candidates = request.candidates as RedactionCandidate[];
        return { doc: redactTraceDocument(request.doc as TraceDocument, candidates, new Set(request.keep)) };
      });
      return;
    case 'add-term':
      handle(id, false, async () => {
        const candidates = request.candidates as RedactionCandidate[];
        return { candidates: addCustomTerm(request.doc as TraceDocument, candidates, request.term) };
      });
      return;
  }
});
