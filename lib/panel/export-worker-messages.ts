import * as z from 'zod/mini';
import type { TraceDocument } from '../model/trace-document';
import type { RedactionCandidate } from '../redaction/apply';

const paperSize = z.enum(['letter', 'a4']);

/**
 * Side panel → export worker. Documents and candidates are checked where they are used: renderTracePdf parses the
 * document with its zod schema; the redaction functions take what the panel found with them a moment before.
 */
export const ExportWorkerRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('render'), id: z.number(), doc: z.unknown(), paperSize }),
  /** Start (the worker's code loads) and read the Latin faces. Gives way to every other request. */
  z.object({ kind: z.literal('warm'), id: z.number() }),
  /**
   * Lay out and scan a made-up trace once, so the first real export is not the first of each (several times
   * slower than the next). Gives way to every other request; answered once done.
   */
  z.object({ kind: z.literal('rehearse'), id: z.number() }),
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
]);
export type ExportWorkerRequest = z.infer<typeof ExportWorkerRequest>;

const isObject = (value: unknown) => typeof value === 'object' && value !== null;

/**
 * When the worker received a request, started its work and finished it (milliseconds since the epoch, from
 * performance.timeOrigin + performance.now(), comparable with the panel's): started − sent is how long the
 * request waited behind other work in the worker.
 */
const WorkerTiming = z.object({ receivedAt: z.number(), startedAt: z.number(), finishedAt: z.number() });
export type WorkerTiming = z.infer<typeof WorkerTiming>;

/** Export worker → side panel. */
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
