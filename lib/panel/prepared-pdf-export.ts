import type { ShowWorkDatabase } from '../db/schema';
import { isoDay } from '../export/labels';
import type { TraceDocument } from '../model/trace-document';
import type { RedactionCandidate } from '../redaction/apply';
import { readTeacherProfile, type TeacherProfile } from '../settings/profile';
import { readRoster } from '../settings/roster';
import { buildTraceDocument } from '../trace/document';
import { serializeTraceDocument } from '../trace/fingerprint';
import type { ExportWorker } from './export-worker-client';

/** What an export of one trace is made from, read at one moment. */
export interface ExportBasics {
  doc: TraceDocument;
  roster: string[];
  paperSize: TeacherProfile['paperSize'];
}

/** The student data found in it, and the copy written when the teacher keeps the default (everything redacted). */
export interface ExportFindings {
  candidates: RedactionCandidate[];
  preview: TraceDocument;
}

/** A PDF export made ahead of the click: its inputs, findings and (still rendering, maybe) bytes. */
export interface PreparedPdfExport extends ExportBasics, ExportFindings {
  preparedAt: number;
  bytes: Promise<Uint8Array>;
}

/** How long a prepared export may stand in: its document carries the time it was made (trace.json, exportedAt). */
export const preparedExportMaxAgeMs = 15 * 60_000;

export async function readExportBasics(db: ShowWorkDatabase, traceId: string, now?: Date): Promise<ExportBasics> {
  const [doc, roster, profile] = await Promise.all([
    buildTraceDocument(db, traceId, now ? { now } : undefined),
    readRoster(),
    readTeacherProfile(),
  ]);
  return { doc, roster, paperSize: profile.paperSize };
}

/** Done in the scan worker: the detectors (compromise, ~350 KB) never load on the panel's main thread. */
export function findExportFindings({ doc, roster }: ExportBasics, worker: ExportWorker): Promise<ExportFindings> {
  return worker.findStudentData(doc, roster);
}

/**
 * Builds the trace's export document, finds its student data and starts rendering the default PDF (everything
 * found redacted) in the PDF worker, so the Export click that follows only writes bytes already made. Started
 * when a trace is marked ready; used by Export PDF only while it is still current (isPreparedFor).
 */
export async function preparePdfExport(
  db: ShowWorkDatabase,
  traceId: string,
  worker: ExportWorker,
  now = new Date(),
): Promise<PreparedPdfExport> {
  return prepareFromBasics(await readExportBasics(db, traceId, now), worker, now);
}

/** The document the default export writes when the scan finds nothing: the trace as it is, nothing redacted. */
function unredacted(doc: TraceDocument): TraceDocument {
  return { ...doc, redaction: { applied: false, itemCount: 0 } };
}

/**
 * The scan and the PDF at once, in their two workers: the PDF of the trace as it is starts while the scan runs,
 * and stands as the export when the scan finds nothing (the default export is then that very document, checked
 * below). That is the expected case at Mark ready: the teacher has just ticked "no student data". The PDF is then
 * ready a scan sooner, and a fast teacher's Export click no longer waits for the scan and the layout one after the
 * other (fastest-path e2e, 2026-12-01, A/B at load ~12: longest export wait 175–307 vs 356–548 ms; with few free
 * cores the two share the CPU and the scan itself is slower). When the scan finds something, the redacted copy is
 * rendered after it and the first bytes are dropped unused, never written anywhere; the teacher then has findings
 * to read in the preview before Export.
 */
export async function prepareFromBasics(
  basics: ExportBasics,
  worker: ExportWorker,
  now = new Date(),
): Promise<PreparedPdfExport> {
  const asItIs = unredacted(basics.doc);
  const early = worker.render(asItIs, basics.paperSize);
  early.catch(() => {}); // a failure is reported when (and if) the teacher exports
  const findings = await findExportFindings(basics, worker);
  const isAsItIs = serializeTraceDocument(findings.preview) === serializeTraceDocument(asItIs);
  const bytes = isAsItIs ? early : worker.render(findings.preview, basics.paperSize);
  bytes.catch(() => {});
  return { ...basics, ...findings, preparedAt: now.getTime(), bytes };
}

/**
 * Whether a prepared export is the one the teacher would get now: the same trace content, teacher, roster and
 * paper, made today (the PDF prints the day) and recently. Anything changed means it is made again.
 */
export function isPreparedFor(prepared: PreparedPdfExport, fresh: ExportBasics, now = Date.now()): boolean {
  if (now - prepared.preparedAt > preparedExportMaxAgeMs || now < prepared.preparedAt) return false;
  if (isoDay(prepared.doc.exportedAt) !== isoDay(fresh.doc.exportedAt)) return false;
  if (prepared.paperSize !== fresh.paperSize || prepared.roster.join('\n') !== fresh.roster.join('\n')) return false;
  return contentOf(prepared.doc) === contentOf(fresh.doc);
}

function contentOf(doc: TraceDocument): string {
  return serializeTraceDocument({ ...doc, exportedAt: '' });
}
