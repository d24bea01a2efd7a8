import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { ShowWorkDatabase } from '../db/schema';
import { PortalProfile } from '../settings/portals';
import {
  BackupFile,
  backupFormatVersion,
  checkBackupSettings,
  computeIntegrity,
  type BackupFile as Backup,
  type RestorableSettingKey,
} from './format';

/** Why a file can't be restored. Each has a plain-language message (`options_backup_problem_<code>`). */
export type BackupProblem =
  | 'empty' // nothing in the file
  | 'truncated' // JSON that stops before its end: the file was cut short (download or copy interrupted)
  | 'not-json' // not JSON at all, or damaged in the middle
  | 'foreign' // JSON, but not a ShowWork backup
  | 'newer-version' // a ShowWork backup from a newer version than this one
  | 'invalid' // a ShowWork backup whose content doesn't fit the format
  | 'invalid-setting' // one of the settings ShowWork knows has a value it can't use (`setting` names it)
  | 'damaged'; // the integrity check or the counts don't match: something changed after it was written

export type BackupReadResult =
  | {
      ok: true;
      /** The backup with only the settings ShowWork knows, each validated (lib/backup/format.ts). */
      backup: Backup;
      /** Settings keys in the file that ShowWork doesn't know (or never restores): left out. */
      droppedSettings: string[];
    }
  | {
      ok: false;
      problem: BackupProblem;
      detail?: string;
      /** For 'invalid-setting': which setting, and the message key of its name for the teacher. */
      setting?: { key: RestorableSettingKey; label: string; field: string };
    };

/** True when JSON text ends inside a string or with brackets still open: it was cut short. */
export function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === 92 /* \ */) escaped = true;
      else if (ch === 34 /* " */) inString = false;
      continue;
    }
    if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) depth++;
    else if (ch === 125 || ch === 93) depth--;
    if (depth < 0) return false;
  }
  return inString || depth > 0;
}

/**
 * Reads and checks a backup file's text completely before anything is changed: JSON, the format and its
 * version, every record against the model schemas, turns pointing at conversations in the file, the counts
 * and the integrity hash.
 */
export async function readBackupText(text: string): Promise<BackupReadResult> {
  if (!text.trim()) return { ok: false, problem: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problem: looksTruncated(text) ? 'truncated' : 'not-json',
      detail: error instanceof Error ? error.message.slice(0, 200) : undefined,
    };
  }
  const format = raw && typeof raw === 'object' ? (raw as { format?: unknown }).format : undefined;
  const version = typeof format === 'string' ? /^showwork\.backup\/(\d+)$/.exec(format) : null;
  if (!version) return { ok: false, problem: 'foreign' };
  if (Number(version[1]) > backupFormatVersion)
    return { ok: false, problem: 'newer-version', detail: format as string };

  const parsed = BackupFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: 'invalid', detail: issue ? `${issue.path.join('.')}: ${issue.message}` : undefined };
  }
  const backup = parsed.data;
  // Integrity over what was parsed: JSON.stringify(JSON.parse(x)) reproduces what JSON.stringify wrote.
  const rawBackup = raw as { data: unknown; settings: unknown };
  if ((await computeIntegrity(rawBackup.data, rawBackup.settings)) !== backup.integrity) {
    return { ok: false, problem: 'damaged', detail: 'integrity' };
  }
  const { data, counts } = backup;
  if (
    counts.conversations !== data.conversations.length ||
    counts.turns !== data.turns.length ||
    counts.traces !== data.traces.length ||
    counts.frameworks !== data.frameworks.length
  ) {
    return { ok: false, problem: 'damaged', detail: 'counts' };
  }
  const conversationIds = new Set(data.conversations.map((c) => c.id));
  const orphan = data.turns.find((t) => !conversationIds.has(t.conversationId));
  if (orphan) return { ok: false, problem: 'invalid', detail: `turn ${orphan.id} has no conversation` };
  const settings = checkBackupSettings(backup.settings);
  if (!settings.ok) {
    const { key, label, field } = settings;
    return { ok: false, problem: 'invalid-setting', detail: `settings.${field}`, setting: { key, label, field } };
  }
  return { ok: true, backup: { ...backup, settings: settings.settings }, droppedSettings: settings.dropped };
}

/** What restoring a backup would add (and skip, because it is already here). */
export interface ImportPlan {
  add: { conversations: number; turns: number; traces: number; frameworks: number; settings: number; portals: number };
  skip: { conversations: number; turns: number; traces: number; frameworks: number };
}

interface Selection {
  plan: ImportPlan;
  conversations: Backup['data']['conversations'];
  turns: Backup['data']['turns'];
  words: Backup['data']['conversationWords'];
  traces: Backup['data']['traces'];
  frameworks: Backup['data']['frameworks'];
  settings: Record<string, unknown>;
}

async function selectNew(
  db: ShowWorkDatabase,
  backup: Backup,
  localSettings: Record<string, unknown>,
): Promise<Selection> {
  const { data } = backup;
  const existingConversations = new Set(
    (await db.conversations.bulkGet(data.conversations.map((c) => c.id))).flatMap((c) => (c ? [c.id] : [])),
  );
  // The same chat stored under another id (captured again after the backup): keep the local one.
  const candidates = data.conversations.filter((c) => !existingConversations.has(c.id));
  const sameChats = new Set(
    (
      await db.conversations
        .where('[site+externalId]')
        .anyOf(candidates.map((c) => [c.site, c.externalId]))
        .toArray()
    ).map((c) => `${c.site}\u0000${c.externalId}`),
  );
  const conversations = candidates.filter((c) => !sameChats.has(`${c.site}\u0000${c.externalId}`));
  const newConversationIds = new Set(conversations.map((c) => c.id));
  const candidateTurns = data.turns.filter((t) => newConversationIds.has(t.conversationId));
  const existingTurns = new Set(
    (await db.turns.bulkGet(candidateTurns.map((t) => t.id))).flatMap((t) => (t ? [t.id] : [])),
  );
  const turns = candidateTurns.filter((t) => !existingTurns.has(t.id));
  const words = data.conversationWords.filter((w) => newConversationIds.has(w.conversationId));
  const existingTraces = new Set(
    (await db.traces.bulkGet(data.traces.map((t) => t.id))).flatMap((t) => (t ? [t.id] : [])),
  );
  const traces = data.traces.filter((t) => !existingTraces.has(t.id));
  const existingFrameworks = new Set(
    (await db.frameworks.bulkGet(data.frameworks.map((f) => f.id))).flatMap((f) => (f ? [f.id] : [])),
  );
  const frameworks = data.frameworks.filter((f) => !existingFrameworks.has(f.id));

  // Settings: only known, valid ones (again here, so a backup that skipped readBackupText can't write others);
  // a key the teacher already has keeps its current value; portal profiles merge by id.
  const checked = checkBackupSettings(backup.settings);
  if (!checked.ok) throw new Error(`The backup's setting ${checked.field} is not valid`);
  const settings: Record<string, unknown> = {};
  let portals = 0;
  for (const [key, value] of Object.entries(checked.settings)) {
    if (key === 'portalProfiles') {
      const local = z.array(PortalProfile).safeParse(localSettings[key] ?? []);
      const localList = local.success ? local.data : [];
      const ids = new Set(localList.map((p) => p.id));
      const added = (value as PortalProfile[]).filter((p) => !ids.has(p.id));
      if (added.length > 0) {
        settings[key] = [...localList, ...added];
        portals = added.length;
      }
      continue;
    }
    if (!(key in localSettings)) settings[key] = value;
  }
  return {
    plan: {
      add: {
        conversations: conversations.length,
        turns: turns.length,
        traces: traces.length,
        frameworks: frameworks.length,
        settings: Object.keys(settings).filter((k) => !k.endsWith('$') && k !== 'portalProfiles').length,
        portals,
      },
      skip: {
        conversations: data.conversations.length - conversations.length,
        turns: data.turns.length - turns.length,
        traces: data.traces.length - traces.length,
        frameworks: data.frameworks.length - frameworks.length,
      },
    },
    conversations,
    turns,
    words,
    traces,
    frameworks,
    settings,
  };
}

async function readLocalSettings(): Promise<Record<string, unknown>> {
  return (await browser.storage.local.get(null)) as Record<string, unknown>;
}

/** What `applyImport` would add, for the confirmation the teacher sees first. Changes nothing. */
export async function planImport(db: ShowWorkDatabase, backup: Backup): Promise<ImportPlan> {
  const localSettings = await readLocalSettings();
  return db.transaction(
    'r',
    [db.conversations, db.turns, db.traces, db.frameworks],
    async () => (await selectNew(db, backup, localSettings)).plan,
  );
}

/**
 * Merges a checked backup into the library: only records whose ids are not here yet, all in one transaction
 * (all or nothing); then the settings the teacher doesn't have yet. Returns what was added.
 */
export async function applyImport(db: ShowWorkDatabase, backup: Backup): Promise<ImportPlan> {
  const localSettings = await readLocalSettings();
  const selection = await db.transaction(
    'rw',
    [db.conversations, db.turns, db.conversationWords, db.traces, db.frameworks],
    async () => {
      const chosen = await selectNew(db, backup, localSettings);
      await db.conversations.bulkAdd(chosen.conversations);
      await db.turns.bulkAdd(chosen.turns);
      await db.conversationWords.bulkPut(chosen.words);
      await db.traces.bulkAdd(chosen.traces);
      await db.frameworks.bulkAdd(chosen.frameworks);
      return chosen;
    },
  );
  if (Object.keys(selection.settings).length > 0) await browser.storage.local.set(selection.settings);
  return selection.plan;
}
