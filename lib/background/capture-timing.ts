/**
 * User-timing marks of the background's part of a capture, so a profile or the bench (bench/capture-bench.ts)
 * can split click-to-"Captured" into the page's part, the message, the background's part and the answer. Each
 * capture clears the previous one's marks: the worker keeps one capture's worth.
 */
export type CaptureStep =
  | 'received'
  /** The message is checked (schema, sender) and the turns' texts rebuilt. */
  | 'checked'
  /** The whole turns are hashed; the transaction starts. */
  | 'hashed'
  /** The conversation and its turns are committed. */
  | 'stored'
  /** The conversation's trace is found or made (a first capture's is made before 'stored', in its transaction). */
  | 'traced'
  /** The side panel is routed to it. */
  | 'landed'
  | 'replied';

const prefix = 'showwork:capture-';

export function markCaptureStep(step: CaptureStep): void {
  if (step === 'received') {
    for (const entry of performance.getEntriesByType('mark'))
      if (entry.name.startsWith(prefix)) performance.clearMarks(entry.name);
  }
  performance.mark(`${prefix}${step}`);
}
