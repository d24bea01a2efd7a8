import { useEffect } from 'react';
import { sharedExportWorker } from '@/lib/panel/export-worker-client';

/**
 * How long the rehearsal waits for the panel's main thread to go idle after the editor's first paint, at most: past
 * it the workers start anyway, so a busy panel still has them warm before a fast teacher's Mark ready.
 */
export const rehearsalIdleTimeoutMs = 1000;

/**
 * Once the trace editor is painted in full (its turns and marks, not its "Loading…" shell) and the panel's main
 * thread has gone idle, the export workers start and rehearse: the scan worker scans a made-up trace and the PDF
 * worker lays it out, once each. A first layout and scan take 0.6–1.3 s (fastest-path e2e, 2026-11) and the next
 * several times less, so the scan and PDF made when the trace is marked ready are not the slow first ones. Two
 * workers, so the redaction preview's scan never waits behind the rehearsal's layout (which can't be interrupted);
 * an export asked for meanwhile goes before any rehearsal step not yet started.
 *
 * Not earlier: started at panel load, even loading the workers' code (~1.2 MB) competed for the CPU with the
 * capture being shown (the draft took 328–482 ms to show in seven fastest-path runs, 184–258 ms with the worker
 * started after the paint; two cores, load 3–4, 2026-12-01). Asked as soon as the trace record was read, the
 * workers started while the editor was still showing "Loading…": a CPU profile of the panel (2026-12-01, load ~9)
 * had them start 80 ms after the capture's route arrived and the editor's own render stretched to 180 ms beside
 * them, so the wait is for the editor's full paint and then an idle period. Not much later either: asked from the
 * lazily loaded export part of the panel, the rehearsal began ~1.3 s after the capture and was still running when a
 * fast teacher's Mark ready asked for the PDF (the preview waited 397–477 ms). The workers are asked only once per
 * panel, whatever traces are opened after.
 */
export function useExportRehearsal(isEditorShown: boolean): void {
  useEffect(() => {
    if (!isEditorShown) return;
    let idle: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const rehearse = () => sharedExportWorker().rehearse();
    // The frame the editor was committed in is painted once the next animation frame's callbacks run.
    const frame = requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function')
        idle = requestIdleCallback(rehearse, { timeout: rehearsalIdleTimeoutMs });
      else timer = setTimeout(rehearse, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (idle !== undefined) cancelIdleCallback(idle);
      clearTimeout(timer);
    };
  }, [isEditorShown]);
}
