import { exportFileName } from '../export/download';
import type { TraceDocument } from '../model/trace-document';
import { findStudentData, redactTraceDocument, type RedactionCandidate } from './apply';

/**
 * The one redaction step every export goes through (Export PDF / JSON / Markdown / Open Badges evidence, the
 * bulk zip, Submit): the teacher's choices in the preview, applied to a copy of the document. Everything an
 * export writes — the rendered bytes, the attached trace.json, the evidence and the file name — is made from
 * the document this returns, never from the stored trace.
 */
export interface RedactionChoice {
  candidates: RedactionCandidate[];
  /** Ids of candidates the teacher chose to keep as written. */
  keep: Set<string>;
}

export interface RedactedExport {
  doc: TraceDocument;
  /** The download's file name, made from the redacted title. */
  fileName: (extension: Parameters<typeof exportFileName>[1]) => string;
}

export function applyRedactionChoice(doc: TraceDocument, choice: RedactionChoice): RedactedExport {
  const redacted = redactTraceDocument(doc, choice.candidates, choice.keep);
  return { doc: redacted, fileName: (extension) => exportFileName(redacted, extension) };
}

/** For exports with no preview (the bulk zip): everything found is redacted. */
export function redactAllFound(doc: TraceDocument, roster: string[]): RedactedExport {
  return applyRedactionChoice(doc, { candidates: findStudentData(doc, roster), keep: new Set() });
}
