import * as z from 'zod/mini';
import { StoredConversation } from '../model/conversation';
import { Framework } from '../model/framework';
import { Trace } from '../model/trace';
import { StoredTurn } from '../model/turn';
import { AutoRecordSettings } from '../settings/auto-record';
import { TeacherProfile } from '../settings/profile';
import { ManagedPortalChoice, PortalProfile } from '../settings/portals';
import { RetentionDays } from '../settings/retention';

/** The backup format this version writes and reads. A later format number is refused as "newer". */
export const backupFormat = 'showwork.backup/1';
export const backupFormatVersion = 1;

export const ConversationWordsRecord = z.object({
  conversationId: z.string(),
  words: z.array(z.string()),
});

export const BackupCounts = z.object({
  conversations: z.number().check(z.int(), z.nonnegative()),
  turns: z.number().check(z.int(), z.nonnegative()),
  traces: z.number().check(z.int(), z.nonnegative()),
  frameworks: z.number().check(z.int(), z.nonnegative()),
  settings: z.number().check(z.int(), z.nonnegative()),
});
export type BackupCounts = z.infer<typeof BackupCounts>;

export const BackupData = z.object({
  conversations: z.array(StoredConversation),
  turns: z.array(StoredTurn),
  conversationWords: z.array(ConversationWordsRecord),
  traces: z.array(Trace),
  frameworks: z.array(Framework),
});
export type BackupData = z.infer<typeof BackupData>;

/**
 * One file holding the whole library: conversations, turns, their search words, traces, frameworks and the
 * settings in extension storage — never portal tokens (they live in IndexedDB's portalSecrets table, which is
 * not exported) and never the outbox. `integrity` is the SHA-256 of JSON.stringify({data, settings}), so a file
 * damaged in a way that still parses is caught too.
 */
export const BackupFile = z.object({
  format: z.literal(backupFormat),
  createdAt: z.string(),
  app: z.object({ name: z.string(), version: z.string() }),
  counts: BackupCounts,
  integrity: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)),
  data: BackupData,
  settings: z.record(z.string(), z.unknown()),
});
export type BackupFile = z.infer<typeof BackupFile>;

/**
 * Storage keys never written to (or restored from) a backup: test-only tuning; the redaction roster (student
 * names stay in this browser: lib/settings/roster.ts); and anything that looks like a secret.
 */
const excludedKeys = new Set(['outboxTuning', 'redactionRoster']);

export function isExcludedSettingKey(key: string): boolean {
  const base = key.endsWith('$') ? key.slice(0, -1) : key;
  return excludedKeys.has(base) || /token|secret|password|credential_?key/i.test(base);
}

export async function computeIntegrity(data: unknown, settings: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify({ data, settings }));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Every setting a backup may restore, with its schema and the message naming it for the teacher
 * (locales/<lang>/backup.json). A key not listed here is dropped on restore: a file edited by hand, or
 * written by a later version or another tool, must never put unknown values into storage that every page
 * and the content script read.
 */
export const restorableSettings = {
  teacherProfile: { schema: TeacherProfile, label: 'backup_setting_teacherProfile' },
  autoRecord: { schema: AutoRecordSettings, label: 'backup_setting_autoRecord' },
  portalProfiles: { schema: z.array(PortalProfile), label: 'backup_setting_portalProfiles' },
  managedPortalChoices: {
    schema: z.record(z.string(), ManagedPortalChoice),
    label: 'backup_setting_managedPortalChoices',
  },
  retentionDays: { schema: RetentionDays, label: 'backup_setting_retentionDays' },
  activeFrameworkId: {
    schema: z.string().check(z.minLength(1), z.maxLength(200)),
    label: 'backup_setting_activeFrameworkId',
  },
} as const satisfies Record<string, { schema: z.ZodMiniType; label: string }>;
export type RestorableSettingKey = keyof typeof restorableSettings;

/** WXT's storage metadata beside a value (`<key>$`): the value's schema version. */
const StorageMeta = z.object({ v: z.number().check(z.int(), z.positive()) });

export type SettingsCheck =
  | { ok: true; settings: Record<string, unknown>; dropped: string[] }
  | { ok: false; key: RestorableSettingKey; label: string; field: string };

function isRestorable(key: string): key is RestorableSettingKey {
  return Object.hasOwn(restorableSettings, key);
}

/**
 * Keeps only the settings ShowWork knows (and their `$` metadata), each checked against its schema. One invalid
 * known setting refuses the whole backup (`ok: false` names it and the field), so nothing is written half-way.
 */
export function checkBackupSettings(settings: Record<string, unknown>): SettingsCheck {
  const kept: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(settings)) {
    const isMeta = key.endsWith('$');
    const base = isMeta ? key.slice(0, -1) : key;
    if (isExcludedSettingKey(key) || !isRestorable(base)) {
      dropped.push(key);
      continue;
    }
    const parsed = isMeta ? StorageMeta.safeParse(value) : restorableSettings[base].schema.safeParse(value);
    if (!parsed.success) {
      const path = parsed.error.issues[0]?.path ?? [];
      return {
        ok: false,
        key: base,
        label: restorableSettings[base].label,
        field: [isMeta ? `${base}$` : base, ...path.map(String)].join('.'),
      };
    }
    kept[key] = parsed.data;
  }
  return { ok: true, settings: kept, dropped };
}
