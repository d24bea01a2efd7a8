import { browser } from 'wxt/browser';
import type { ShowWorkDatabase } from '../db/schema';
import { outboxAlarmName } from '../upload/outbox';
import { localStorageJournal, type EditJournal } from '../trace/unsaved-edits-journal';

/** The words a teacher types to confirm "Delete all my data" (compared case-sensitively after trimming). */
export function isDeleteConfirmation(typed: string, expected: string): boolean {
  return typed.trim() === expected;
}

/**
 * Empties everything ShowWork keeps: every table of the database (conversations, turns, traces, frameworks,
 * the outbox and its payloads, portal tokens) in one transaction, then the edits journaled but not yet saved, the
 * settings in extension storage and the outbox alarm. District policy (managed storage) is read-only and stays.
 */
export async function deleteAllData(db: ShowWorkDatabase, journal: EditJournal = localStorageJournal()): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
  journal.forgetAll();
  await browser.storage.local.clear();
  await browser.storage.session?.clear().catch(() => undefined);
  await browser.alarms.clear(outboxAlarmName).catch(() => false);
}
