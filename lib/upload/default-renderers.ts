import { renderOpenBadgesEvidence } from '../export/open-badges';
import type { TraceDocument } from '../model/trace-document';
import { buildTraceDocument } from '../trace/document';
import type { SubmissionRenderers } from './prepare-submission';

type PdfModule = {
  renderTracePdf: (doc: TraceDocument, options: { paperSize: 'letter' | 'a4'; loadFont?: unknown }) => Promise<Uint8Array>;
};

// The PDF renderer is written by the export part in parallel; it is loaded lazily (it is large) and found by name.
const pdfModules = import.meta.glob<PdfModule>('../export/pdf.ts');

/** The export part's renderers, as the side panel uses them for Submit and for download-only portals. */
export const defaultRenderers: SubmissionRenderers = {
  buildDocument: (db, traceId) => buildTraceDocument(db, traceId),
  renderEvidence: (doc) => renderOpenBadgesEvidence(doc),
  renderPdf: async (doc, paperSize) => {
    const load = pdfModules['../export/pdf.ts'];
    if (!load) throw new Error('The PDF renderer is not available in this build.');
    return (await load()).renderTracePdf(doc, { paperSize });
  },
};
