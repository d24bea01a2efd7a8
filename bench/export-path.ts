/**
 * The whole path of the Export PDF button for one stored trace, timed step by step (issue 9): the document built
 * from the database (with its word diff), the redaction scan, the export step that redacts everything found (the
 * preview's default), and the PDF. One step after the other in one thread, as the panel's workers would run them
 * with no other work to overlap. Shared by export-bench.ts's figures for a lesson-only trace and for the redaction
 * bench's trace holding student details.
 */
import type { ShowWorkDatabase } from '../lib/db/schema';
import { renderTracePdf } from '../lib/export/pdf';
import { findStudentData } from '../lib/redaction/apply';
import { applyRedactionChoice } from '../lib/redaction/export-step';
import { buildTraceDocument } from '../lib/trace/document';

export type ExportPathStep = 'build' | 'scan' | 'redact' | 'render';

export interface ExportPathRun {
  /** Wall time of the whole path. */
  ms: number;
  /** CPU time of the process meanwhile: on a loaded machine the wall clock also counts other processes' turns. */
  cpu: number;
  steps: Record<ExportPathStep, number>;
  /** How many items the scan found (all redacted). */
  found: number;
  bytes: number;
}

/**
 * The median run of `runs` (by wall time) of the export of `traceId`, after one run not counted: the extension
 * rehearses its scan worker and warms its PDF worker before the teacher exports, so the first (cold) pass is not
 * the export's figure.
 */
export async function timeExportPath(
  db: ShowWorkDatabase,
  traceId: string,
  roster: string[],
  loadFont: (file: string) => Promise<Uint8Array>,
  runs = 3,
): Promise<ExportPathRun> {
  const done: ExportPathRun[] = [];
  for (let i = -1; i < runs; i++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const steps: Record<ExportPathStep, number> = { build: 0, scan: 0, redact: 0, render: 0 };
    let at = started;
    const lap = (step: ExportPathStep) => {
      const now = performance.now();
      steps[step] = now - at;
      at = now;
    };
    const doc = await buildTraceDocument(db, traceId);
    lap('build');
    const candidates = findStudentData(doc, roster);
    lap('scan');
    const redacted = applyRedactionChoice(doc, { candidates, keep: new Set() });
    lap('redact');
    const pdf = await renderTracePdf(redacted.doc, { paperSize: 'letter', loadFont });
    lap('render');
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    if (i < 0) continue;
    done.push({
      ms,
      cpu: (cpu.user + cpu.system) / 1000,
      steps,
      found: candidates.length,
      bytes: pdf.length,
    });
  }
  done.sort((a, b) => a.ms - b.ms);
  return done[Math.floor(done.length / 2)]!;
}
