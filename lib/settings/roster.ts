import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';

/** At most this many names (a large secondary school's teaching load) and characters per name. */
export const rosterLimits = { maxNames: 2_000, maxNameChars: 120 } as const;

export const Roster = z
  .array(z.string().check(z.maxLength(rosterLimits.maxNameChars)))
  .check(z.maxLength(rosterLimits.maxNames));

/**
 * The student names the teacher keeps so exports can find and redact them. `local:` storage only: it never
 * syncs to other devices, is never sent anywhere, and is left out of backups.
 */
export const rosterItem = storage.defineItem<string[]>('local:redactionRoster', {
  fallback: [],
  version: 1,
});

/** Names from text: one per line (commas inside a line are kept: "Lopez, Maria" is one name), trimmed, deduplicated. */
export function parseRosterText(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const name = line.replace(/\s+/g, ' ').trim().slice(0, rosterLimits.maxNameChars);
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    names.push(name);
    if (names.length >= rosterLimits.maxNames) break;
  }
  return names;
}

/** The stored roster, validated; a damaged value reads as empty rather than breaking exports. */
export async function readRoster(): Promise<string[]> {
  const parsed = Roster.safeParse(await rosterItem.getValue());
  return parsed.success ? parsed.data : [];
}

export async function saveRoster(names: string[]): Promise<void> {
  await rosterItem.setValue(Roster.parse(parseRosterText(names.join('\n'))));
}
