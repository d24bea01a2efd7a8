import * as z from 'zod/mini';

/** Side panel → PDF worker: render one trace document (validated again by renderTracePdf), or get ready. */
export const PdfWorkerRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('render'), id: z.number(), doc: z.unknown(), paperSize: z.enum(['letter', 'a4']) }),
  /** Load the Latin faces now, so the first export does not wait for them. */
  z.object({ kind: z.literal('warm'), id: z.number() }),
]);
export type PdfWorkerRequest = z.infer<typeof PdfWorkerRequest>;

/** PDF worker → side panel. */
export const PdfWorkerResponse = z.union([
  z.object({
    id: z.number(),
    ok: z.literal(true),
    bytes: z.optional(z.custom<Uint8Array>((value) => value instanceof Uint8Array)),
  }),
  z.object({ id: z.number(), ok: z.literal(false), message: z.string() }),
]);
export type PdfWorkerResponse = z.infer<typeof PdfWorkerResponse>;
