import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';

/**
 * What the side panel opens after a capture the teacher asked for: the conversation's trace (a new draft, or
 * its existing draft), or just the conversation, as in 0.1.0. Auto-record never opens anything.
 */
export const AfterCapture = z.enum(['trace', 'conversation']);
export type AfterCapture = z.infer<typeof AfterCapture>;

export const afterCaptureItem = storage.defineItem<AfterCapture>('local:afterCapture', {
  fallback: 'trace',
  version: 1,
});

/** The stored choice, validated: anything unexpected (a hand-edited or restored value) means the default. */
export async function readAfterCapture(): Promise<AfterCapture> {
  const parsed = AfterCapture.safeParse(await afterCaptureItem.getValue());
  return parsed.success ? parsed.data : 'trace';
}
