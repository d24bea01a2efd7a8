import * as z from 'zod/mini';
import { $ZodError } from 'zod/v4/core';
import type { ShowWorkDatabase } from '../db/schema';
import { isTraceFieldPath, saveTraceFields, TraceGoneError, type FieldChange } from './trace-updates';

/**
 * A write-ahead journal of the trace edits a page has not yet saved, in the extension's `localStorage`. Its writes
 * are synchronous in the page and leave it at once, so a change journaled at the keystroke survives a panel that is
 * closed, reloaded or killed before its IndexedDB transaction (read the trace, then write it) could finish — on a busy
 * machine Chrome tears a closing page down before its `pagehide` listeners run (trace-editor e2e, load ~30). The
 * next ShowWork page that opens saves what is left (replayJournaledEdits); a change saved twice is written once
 * (same field, same timestamp, same value: saveTraceFields).
 */
export interface EditJournal {
  record(traceId: string, change: FieldChange): void;
  /** Drops these changes once saved; a newer change to the same field, journaled meanwhile, stays. */
  forget(traceId: string, changes: readonly FieldChange[]): void;
  /** Every journaled change, by trace (of one trace when `traceId` is given). */
  read(traceId?: string): Map<string, FieldChange[]>;
  /** Drops every journaled change ("Delete all my data"). */
  forgetAll(): void;
}

const keyPrefix = 'showwork:unsaved-edit:';
const keyOf = (traceId: string, path: string) => `${keyPrefix}${traceId} ${path}`;

// Stored as "<at>\n<JSON>": forget() compares the time without parsing a 20,000-word artifact.
const JournaledValue = z.object({ value: z.optional(z.unknown()) });

/** The journal in this page's `localStorage` (shared by the side panel and the options page). */
export function localStorageJournal(storage: Storage | undefined = globalThis.localStorage): EditJournal {
  return {
    record(traceId, change) {
      try {
        storage?.setItem(keyOf(traceId, change.path), `${change.at}\n${JSON.stringify({ value: change.value })}`);
      } catch {
        // Storage full or unavailable: the autosave to IndexedDB goes on as before.
      }
    },
    forget(traceId, changes) {
      for (const change of changes) {
        const key = keyOf(traceId, change.path);
        const entry = storage?.getItem(key);
        if (entry !== null && entry !== undefined && entry.startsWith(`${change.at}\n`)) storage?.removeItem(key);
      }
    },
    forgetAll() {
      if (!storage) return;
      const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
      for (const key of keys) if (key?.startsWith(keyPrefix)) storage.removeItem(key);
    },
    read(onlyTraceId) {
      const byTrace = new Map<string, FieldChange[]>();
      if (!storage) return byTrace;
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (!key?.startsWith(keyPrefix)) continue;
        const change = parseEntry(key, storage.getItem(key));
        if (!change || (onlyTraceId !== undefined && change.traceId !== onlyTraceId)) continue;
        byTrace.set(change.traceId, [...(byTrace.get(change.traceId) ?? []), change.change]);
      }
      return byTrace;
    },
  };
}

function parseEntry(key: string, entry: string | null): { traceId: string; change: FieldChange } | undefined {
  const space = key.indexOf(' ', keyPrefix.length);
  const newline = entry?.indexOf('\n') ?? -1;
  if (space < 0 || entry === null || newline < 0) return undefined;
  const traceId = key.slice(keyPrefix.length, space);
  const path = key.slice(space + 1);
  const at = Number(entry.slice(0, newline));
  if (!isTraceFieldPath(path) || !Number.isSafeInteger(at) || at <= 0) return undefined;
  try {
    const parsed = JournaledValue.safeParse(JSON.parse(entry.slice(newline + 1)));
    return parsed.success ? { traceId, change: { path, value: parsed.data.value, at } } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Saves what the journal still holds (of one trace, or of all) and forgets what was saved. A trace deleted meanwhile,
 * or a value the trace schema refuses, is forgotten too: it can never be saved. A database that can't be written now
 * keeps the journal for the next try.
 */
export async function replayJournaledEdits(
  db: ShowWorkDatabase,
  journal: EditJournal,
  traceId?: string,
): Promise<void> {
  for (const [id, changes] of journal.read(traceId)) {
    try {
      await saveTraceFields(db, id, changes);
    } catch (error) {
      if (!(error instanceof TraceGoneError || error instanceof $ZodError)) continue;
    }
    journal.forget(id, changes);
  }
}
