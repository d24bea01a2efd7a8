import * as z from 'zod/mini';
import type { TraceDocument } from '../model/trace-document';
import type { RedactionCandidate } from '../redaction/apply';

const paperSize = z.enum(['letter', 'a4']);

/**
 * Side panel → PDF worker (export-pdf-worker.ts). The document is checked where it is used: renderTracePdf parses
 * it with its zod schema.
 */
export const PdfWorkerRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('render'), id: z.number(), doc: z.unknown(), paperSize }),
  /** Start (the worker's code loads) and read the Latin faces. Gives way to every other request. */
  z.object({ kind: z.literal('warm'), id: z.number() }),
  /**
   * Lay out a made-up trace once, so the first real PDF is not the first layout (several times slower than the
   * next). Gives way to every other request; answered once done.
   */
  z.object({ kind: z.literal('rehearse'), id: z.number() }),
]);
export type PdfWorkerRequest = z.infer<typeof PdfWorkerRequest>;

/**
 * Side panel → scan worker (export-scan-worker.ts): finding and redacting student data, nothing else, so a scan
 * never waits behind a PDF layout. Candidates are the ones the panel got from this worker a moment before.
 */
export const ScanWorkerRequest = z.discriminatedUnion('kind', [
  /** Likely student data in the document, and the copy with all of it redacted (the preview's default). */
  z.object({ kind: z.literal('find'), id: z.number(), doc: z.unknown(), roster: z.array(z.string()) }),
  /** The copy with every candidate not kept replaced by its label. */
  z.object({
    kind: z.literal('redact'),
    id: z.number(),
    doc: z.unknown(),
    candidates: z.array(z.unknown()),
    keep: z.array(z.string()),
  }),
  /** The candidates with a term the teacher typed in the preview. */
  z.object({
    kind: z.literal('add-term'),
    id: z.number(),
    doc: z.unknown(),
    candidates: z.array(z.unknown()),
    term: z.string(),
  }),
  /** Scan a made-up trace once (the detectors' first run is the slow one). Gives way to every other request. */
  z.object({ kind: z.literal('rehearse'), id: z.number() }),
]);
export type ScanWorkerRequest = z.infer<typeof ScanWorkerRequest>;

export type ExportWorkerRequest = PdfWorkerRequest | ScanWorkerRequest;

const isObject = (value: unknown) => typeof value === 'object' && value !== null;

/**
 * When the worker received a request, started its work and finished it (milliseconds since the epoch, from
 * performance.timeOrigin + performance.now(), comparable with the panel's): started − sent is how long the
 * request waited behind other work in the worker.
 */
const WorkerTiming = z.object({ receivedAt: z.number(), startedAt: z.number(), finishedAt: z.number() });
export type WorkerTiming = z.infer<typeof WorkerTiming>;

/** Either worker → side panel. */
export const ExportWorkerResponse = z.union([
  z.object({
    id: z.number(),
    ok: z.literal(true),
    timing: z.optional(WorkerTiming),
    bytes: z.optional(z.custom<Uint8Array>((value) => value instanceof Uint8Array)),
    doc: z.optional(z.custom<TraceDocument>(isObject)),
    candidates: z.optional(z.array(z.custom<RedactionCandidate>(isObject))),
  }),
  z.object({ id: z.number(), ok: z.literal(false), message: z.string(), timing: z.optional(WorkerTiming) }),
]);
export type ExportWorkerResponse = z.infer<typeof ExportWorkerResponse>;
