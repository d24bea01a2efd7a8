import { browser } from 'wxt/browser';
import type { ShowWorkDatabase } from '../db/schema';
import { backupFormat, computeIntegrity, isExcludedSettingKey, type BackupFile } from './format';

/** Removes any `token`-like field from stored values defensively (none should exist: tokens live in IndexedDB). */
function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !isExcludedSettingKey(key))
        .map(([key, v]) => [key, withoutSecrets(v)]),
    );
  }
  return value;
}

/** The settings part of a backup: extension storage (local area) minus excluded keys and secrets. */
export async function collectBackupSettings(): Promise<Record<string, unknown>> {
  const all = (await browser.storage.local.get(null)) as Record<string, unknown>;
  const settings: Record<string, unknown> = {};
  for (const key of Object.keys(all).sort()) {
    if (!isExcludedSettingKey(key)) settings[key] = withoutSecrets(all[key]);
  }
  return settings;
}

/**
 * The whole library as one backup file (JSON text). Tables are read in one transaction so the file is
 * consistent even while the worker captures. Portal tokens (portalSecrets) and the outbox are left out.
 */
export async function createBackup(
  db: ShowWorkDatabase,
  options: { now?: Date; appVersion?: string } = {},
): Promise<{ text: string; backup: BackupFile }> {
  const data = await db.transaction(
    'r',
    [db.conversations, db.turns, db.conversationWords, db.traces, db.frameworks],
    async () => ({
      conversations: await db.conversations.toArray(),
      turns: await db.turns.toArray(),
      conversationWords: await db.conversationWords.toArray(),
      traces: await db.traces.toArray(),
      frameworks: await db.frameworks.toArray(),
    }),
  );
  const settings = await collectBackupSettings();
  const backup: BackupFile = {
    format: backupFormat,
    createdAt: (options.now ?? new Date()).toISOString(),
    app: { name: 'ShowWork', version: options.appVersion ?? readAppVersion() },
    counts: {
      conversations: data.conversations.length,
      turns: data.turns.length,
      traces: data.traces.length,
      frameworks: data.frameworks.length,
      settings: Object.keys(settings).filter((k) => !k.endsWith('$')).length,
    },
    integrity: await computeIntegrity(data, settings),
    data,
    settings,
  };
  return { text: JSON.stringify(backup), backup };
}

function readAppVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

/** File name for a backup made on `date`: showwork-backup-YYYY-MM-DD.json */
export function backupFileName(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `showwork-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}
