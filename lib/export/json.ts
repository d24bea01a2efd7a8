import type { TraceDocument } from '../model/trace-document';
import { serializeTraceDocument } from '../trace/fingerprint';

/**
 * The JSON export: exactly the canonical bytes embedded in the PDF as trace.json, so a JSON file and a PDF
 * of the same document have the same SHA-256 fingerprint.
 */
export function renderTraceJson(doc: TraceDocument): string {
  return serializeTraceDocument(doc);
}
