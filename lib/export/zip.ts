import { zipSync, type Zippable } from 'fflate';
import type { ShowWorkDatabase } from '../db/schema';
import type { TraceDocument } from '../model/trace-document';
import { buildTraceDocument } from '../trace/document';
import { redactAllFound } from '../redaction/export-step';
import { withPeopleTagger } from '../redaction/people-tagger';
import { exportFileName } from './download';
import { renderTraceJson } from './json';
import { renderTraceMarkdown } from './markdown';
import { renderTracePdf, type PaperSize } from './pdf';

export interface BulkExportOptions {
  /** Adds each trace's one-page PDF (about a quarter second per trace; JSON and Markdown take milliseconds). */
  includePdf: boolean;
  paperSize: PaperSize;
  loadFont: (file: string) => Promise<Uint8Array>;
  /**
   * Names to redact with the other likely student data. Bulk export redacts everything found (emails, phones,
   * IDs, addresses, dates of birth, roster names): there is no per-item preview.
   */
  roster: string[];
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  now?: Date;
}

export interface BulkExportResult {
  bytes: Uint8Array;
  /** Traces written, and those skipped because they were deleted meanwhile. */
  exported: number;
  skipped: number;
  /** Likely student data items redacted across all traces. */
  redactedItems: number;
}

function abortError(): Error {
  return new DOMException('The export was cancelled', 'AbortError');
}

function uniqueName(name: string, used: Set<string>): string {
  if (!used.has(name)) {
    used.add(name);
    return name;
  }
  const dot = name.indexOf('.');
  for (let i = 2; ; i++) {
    const candidate = `${name.slice(0, dot)}-${i}${name.slice(dot)}`;
    if (!used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
  }
}

/** Lets the page paint the progress bar and handle Cancel between traces. */
function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * One .zip of many traces: for each, the trace JSON and Markdown (and the PDF when asked), redacted of every
 * likely student data item found. Reports progress after each trace and stops between traces when `signal`
 * aborts (rejecting with an AbortError). Traces deleted meanwhile are skipped.
 */
export async function exportTracesZip(
  db: ShowWorkDatabase,
  traceIds: string[],
  options: BulkExportOptions,
): Promise<BulkExportResult> {
  const files: Zippable = {};
  const used = new Set<string>();
  let exported = 0;
  let skipped = 0;
  let redactedItems = 0;
  options.onProgress?.(0, traceIds.length);
  for (const [index, id] of traceIds.entries()) {
    if (options.signal?.aborted) throw abortError();
    let doc: TraceDocument;
    try {
      doc = await buildTraceDocument(db, id, { now: options.now });
    } catch {
      skipped++;
      options.onProgress?.(index + 1, traceIds.length);
      continue;
    }
    // Every detector, as in single exports: compromise now runs only on sentences with a class cue, so a
    // typical trace costs milliseconds (bench/export-bench.ts).
    const redacted = (await withPeopleTagger(() => redactAllFound(doc, options.roster))).doc;
    redactedItems += redacted.redaction.itemCount;
    files[uniqueName(exportFileName(redacted, 'json'), used)] = [
      new TextEncoder().encode(renderTraceJson(redacted)),
      { level: 6 },
    ];
    files[uniqueName(exportFileName(redacted, 'md'), used)] = [
      new TextEncoder().encode(renderTraceMarkdown(redacted)),
      { level: 6 },
    ];
    if (options.includePdf) {
      const pdf = await renderTracePdf(redacted, { paperSize: options.paperSize, loadFont: options.loadFont });
      // Already compressed inside: storing saves time for nothing lost.
      files[uniqueName(exportFileName(redacted, 'pdf'), used)] = [pdf, { level: 0 }];
    }
    exported++;
    options.onProgress?.(index + 1, traceIds.length);
    await yieldToUi();
  }
  if (options.signal?.aborted) throw abortError();
  return { bytes: zipSync(files), exported, skipped, redactedItems };
}
