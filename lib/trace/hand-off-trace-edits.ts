import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { isTraceFieldPath, type FieldChange, type TraceFieldPath } from './trace-updates';

/**
 * side panel → background: save these edits of a trace for me. Sent when the panel is being hidden or closed: a
 * closing page may be torn down before its own IndexedDB transaction (read the trace, then write it) gets its read
 * back, and the teacher's last words would be lost. The service worker outlives the panel and runs the same per-field
 * save (saveTraceFields), so a change saved by both is written once: the same timestamp, the same value.
 */
export const HandOffTraceEditsMessage = z.object({
  type: z.literal('extension-page→background:save-trace-edits'),
  traceId: z.string().check(z.minLength(1), z.maxLength(200)),
  changes: z
    .array(
      z.object({
        path: z.string().check(z.refine(isTraceFieldPath)),
        // Checked where it is written: saveTraceFields parses the whole merged trace before it puts it.
        value: z.unknown(),
        at: z.number().check(z.int(), z.positive()),
      }),
    )
    .check(z.minLength(1), z.maxLength(500)),
});
export type HandOffTraceEditsMessage = z.infer<typeof HandOffTraceEditsMessage>;

/**
 * Hands unsaved edits to the service worker. Synchronous up to the send, so a `pagehide` listener gets the message
 * out before the page goes; no answer is awaited (the page may be gone by then).
 */
export function handOffTraceEdits(traceId: string, changes: readonly FieldChange[]): void {
  if (changes.length === 0) return;
  const message: HandOffTraceEditsMessage = {
    type: 'extension-page→background:save-trace-edits',
    traceId,
    changes: changes.map(({ path, value, at }) => ({ path, value, at })),
  };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/** The paths of a parsed message, typed as the save expects (the schema checked each one). */
export function changesOf(message: HandOffTraceEditsMessage): FieldChange[] {
  return message.changes.map(({ path, value, at }) => ({ path: path as TraceFieldPath, value, at }));
}
