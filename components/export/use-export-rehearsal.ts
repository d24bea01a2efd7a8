import { useEffect } from 'react';
import { sharedExportWorker } from '@/lib/panel/export-worker-client';

/**
 * Once a trace is painted, the export workers start and rehearse: the scan worker scans a made-up trace and the
 * PDF worker lays it out, once each. A first layout and scan take 0.6–1.3 s (fastest-path e2e, 2026-11) and the
 * next several times less, so the scan and PDF made when the trace is marked ready are not the slow first ones.
 * Two workers, so the redaction preview's scan never waits behind the rehearsal's layout (which can't be
 * interrupted); an export asked for meanwhile goes before any rehearsal step not yet started.
 *
 * Not earlier: started at panel load, even loading the worker's code (~1 MB) competed for the CPU with the
 * capture being shown (the draft took 328–482 ms to show in seven fastest-path runs, 184–258 ms with the worker
 * started after the paint; two cores, load 3–4, 2026-12-01). Not later either: asked from the lazily loaded
 * export part of the panel, the rehearsal began ~1.3 s after the capture and was still running when a fast
 * teacher's Mark ready asked for the PDF (the preview waited 397–477 ms). Hence the trace editor asks, right
 * after the trace's first paint (the workers are asked only once per panel, whatever traces are opened after).
 */
export function useExportRehearsal(isTraceShown: boolean): void {
  useEffect(() => {
    if (!isTraceShown) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => sharedExportWorker().rehearse(), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [isTraceShown]);
}
