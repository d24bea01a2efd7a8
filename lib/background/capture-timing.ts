/**
 * User-timing marks of the background's part of a capture, so a profile or the bench (bench/capture-bench.ts)
 * can split click-to-"Captured" into the page's part, the message, the background's part and the answer. Each
 * capture clears the previous one's marks: the worker keeps one capture's worth.
 */
export type CaptureStep = 'received' | 'stored' | 'landed' | 'replied';

const prefix = 'showwork:capture-';

export function markCaptureStep(step: CaptureStep): void {
  if (step === 'received') {
    for (const entry of performance.getEntriesByType('mark'))
      if (entry.name.startsWith(prefix)) performance.clearMarks(entry.name);
  }
  performance.mark(`${prefix}${step}`);
}
