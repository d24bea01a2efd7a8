import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { outboxAlarmName } from './outbox';

/** side panel / options page → background: something was queued or retried; run the outbox now. */
export const OutboxWakeMessage = z.object({ type: z.literal('extension-page→background:outbox-wake') });
export type OutboxWakeMessage = z.infer<typeof OutboxWakeMessage>;

/**
 * Asks the service worker to send now. The message wakes it at once; the alarm is the backstop if the
 * message is lost (a packed extension's alarm fires no sooner than 30 s, an unpacked one's at once).
 */
export async function wakeOutbox(): Promise<void> {
  await browser.alarms.create(outboxAlarmName, { when: Date.now() }).catch(() => undefined);
  const message: OutboxWakeMessage = { type: 'extension-page→background:outbox-wake' };
  await browser.runtime.sendMessage(message).catch(() => undefined);
}
