import * as z from 'zod/mini';
import { StoredConversation } from '../model/conversation';
import { Framework } from '../model/framework';
import { Trace } from '../model/trace';
import { StoredTurn } from '../model/turn';

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
