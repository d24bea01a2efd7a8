import { browser } from 'wxt/browser';
import { getDatabase } from '../db/schema';
import { retentionAlarmName, runRetentionSweep } from '../privacy/retention-sweep';
import { OutboxWakeMessage } from './messages';
import { outboxAlarmName, processOutbox } from './outbox';

function runOutbox(reason: string): void {
  processOutbox({ db: getDatabase() }).catch((error: unknown) => {
    // Never log payloads or headers: they can carry the token or student text.
    console.warn(`ShowWork outbox (${reason}) stopped:`, error instanceof Error ? error.name : 'error');
  });
}

function runRetention(): void {
  runRetentionSweep(getDatabase()).catch((error: unknown) => {
    console.warn('ShowWork retention sweep failed:', error instanceof Error ? error.name : 'error');
  });
}

async function ensureRetentionAlarm(): Promise<void> {
  if (!(await browser.alarms.get(retentionAlarmName))) {
    await browser.alarms.create(retentionAlarmName, { periodInMinutes: 24 * 60, delayInMinutes: 24 * 60 });
  }
}

/**
 * Registers the outbox and retention listeners. Call synchronously at the top level of the background's
 * main(), so events that started the worker (the alarm, the wake message, browser start-up) reach them.
 * Each worker start also resumes the outbox: rows left 'sending' by a stopped worker are retried (same
 * Idempotency-Key, or a fingerprint check on Canvas) and the alarm is re-armed — alarms may not survive a
 * browser restart (chrome.alarms docs), the database does.
 */
export function registerOutboxListeners(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === outboxAlarmName) runOutbox('alarm');
    else if (alarm.name === retentionAlarmName) runRetention();
  });
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!OutboxWakeMessage.safeParse(message).success) return undefined;
    // Only ShowWork's own pages may wake the outbox (a content script's sender has a web page URL).
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
    runOutbox('wake');
    sendResponse({ ok: true });
    return undefined;
  });
  browser.runtime.onStartup.addListener(() => {
    runRetention();
  });
  runOutbox('worker start');
  ensureRetentionAlarm().catch(() => undefined);
}
