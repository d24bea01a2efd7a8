import type { ShowWorkDatabase } from '../db/schema';
import type { TraceDocument } from '../model/trace-document';
import type { RedactionCandidate } from '../redaction/apply';
import type { TeacherProfile } from '../settings/profile';
import { defaultFilenamePattern, expandFilenamePattern, type PortalProfile } from '../settings/portals';
import { fingerprintTraceDocument, serializeTraceDocument } from '../trace/fingerprint';
import { queueSubmission, type QueueSubmissionResult } from './outbox';
import type { PayloadParts } from './generic-portal';

/** The renderers a submission needs (the export part's functions; injected so tests can supply their own). */
export interface SubmissionRenderers {
  buildDocument: (db: ShowWorkDatabase, traceId: string) => Promise<TraceDocument>;
  /** Likely student data in the document (the export part's detector with the teacher's roster). */
  findStudentData?: (doc: TraceDocument) => Promise<RedactionCandidate[]>;
  /** A copy with every candidate not in `keep` replaced by its label. */
  redact?: (doc: TraceDocument, candidates: RedactionCandidate[], keep: Set<string>) => TraceDocument;
  renderPdf: (doc: TraceDocument, paperSize: TeacherProfile['paperSize']) => Promise<Uint8Array>;
  renderEvidence: (doc: TraceDocument) => unknown;
}

/** The PDF's file name: the download portal's pattern, or the default `{lastName}_{credential}_{date}.pdf`. */
export function submissionFileName(
  doc: TraceDocument,
  pattern: string = defaultFilenamePattern,
  date = new Date(),
): string {
  return expandFilenamePattern(pattern, {
    teacherName: doc.teacher.name,
    credential: doc.credential.credentialName ?? '',
    title: doc.title,
    level: doc.credential.levelName ?? doc.credential.level ?? '',
    date,
  });
}

/** Renders every part sent to a portal from one trace document: the exact bytes every retry will send. */
export async function renderSubmissionPayload(
  doc: TraceDocument,
  renderers: SubmissionRenderers,
  options: { paperSize: TeacherProfile['paperSize']; filenamePattern?: string },
): Promise<{ payload: PayloadParts; fingerprint: string }> {
  const [pdf, fingerprint] = await Promise.all([
    renderers.renderPdf(doc, options.paperSize),
    fingerprintTraceDocument(doc),
  ]);
  return {
    fingerprint,
    payload: {
      fileName: submissionFileName(doc, options.filenamePattern),
      traceJson: serializeTraceDocument(doc),
      pdf,
      evidenceJson: JSON.stringify(renderers.renderEvidence(doc), null, 2),
    },
  };
}

/**
 * What the Submit button does once the teacher confirmed the (redacted) document: render the PDF and the
 * evidence, then store the bytes and a queued outbox row in one transaction. Sending is the worker's job.
 */
export async function prepareSubmission(
  db: ShowWorkDatabase,
  input: {
    traceId: string;
    portal: PortalProfile;
    doc: TraceDocument;
    paperSize: TeacherProfile['paperSize'];
    /** The trace's updatedAt when the document was built. */
    traceVersion?: number;
  },
  renderers: SubmissionRenderers,
): Promise<QueueSubmissionResult> {
  const { payload, fingerprint } = await renderSubmissionPayload(input.doc, renderers, { paperSize: input.paperSize });
  return queueSubmission(db, {
    traceId: input.traceId,
    portal: input.portal,
    fingerprint,
    traceVersion: input.traceVersion,
    payload,
  });
}
