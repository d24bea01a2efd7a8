import type { ShowWorkDatabase } from '../db/schema';
import type { EditJournal } from './unsaved-edits-journal';
import { saveTraceFields, stampChange, TraceGoneError, type FieldChange, type TraceFieldPath } from './trace-updates';

export type AutosaveState = 'saved' | 'pending' | 'saving' | 'error' | 'gone';

export interface TraceAutosaver {
  /**
   * Queues a field change; saved after `debounceMs` of quiet, and at the latest `maxWaitMs` after the first.
   * Returns the change's timestamp (what fieldUpdatedAt[path] will hold once it is saved).
   */
  set(path: TraceFieldPath, value: unknown): number;
  /** Saves everything queued now. Resolves when it is in IndexedDB (or failed). */
  flush(): Promise<void>;
  /** True while a change to `path` is queued or being written. */
  isPending(path: TraceFieldPath): boolean;
  /**
   * Every change not yet known to be in IndexedDB (in flight first, then queued): what a closing panel hands to the
   * service worker (lib/trace/hand-off-trace-edits.ts).
   */
  unsavedChanges(): FieldChange[];
  /** The queued or in-flight value for `path`, if any. */
  pendingValue(path: TraceFieldPath): { value: unknown } | undefined;
  readonly state: AutosaveState;
  /** Flushes and stops the timers. */
  dispose(): Promise<void>;
}

export interface TraceAutosaverOptions {
  debounceMs?: number;
  maxWaitMs?: number;
  /** After a failed write, the next try. */
  retryMs?: number;
  onStateChange?: (state: AutosaveState) => void;
  /** Where each change is journaled the moment it is made, until it is saved (lib/trace/unsaved-edits-journal.ts). */
  journal?: EditJournal;
}

// The savers open in this page, per trace: an export or a submission started while a change is still queued
// (Export PDF right after Mark ready) must see that change, not the last saved record.
const openSavers = new Map<string, Set<TraceAutosaver>>();

/** Saves every change this page still holds for `traceId`; resolves once they are in IndexedDB (or failed). */
export async function flushTraceEdits(traceId: string): Promise<void> {
  await Promise.all([...(openSavers.get(traceId) ?? [])].map((saver) => saver.flush()));
}

/**
 * Autosave for one trace in one panel. Every change is timestamped when the teacher makes it and saved per
 * field (saveTraceFields), so a slow save or another panel can never put an older value over a newer one.
 * A failed write keeps the changes queued and tries again.
 */
export function createTraceAutosaver(
  db: ShowWorkDatabase,
  traceId: string,
  { debounceMs = 400, maxWaitMs = 900, retryMs = 2000, onStateChange, journal }: TraceAutosaverOptions = {},
): TraceAutosaver {
  const queued = new Map<TraceFieldPath, FieldChange>();
  const inFlight = new Map<TraceFieldPath, FieldChange>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstQueuedAt = 0;
  let state: AutosaveState = 'saved';
  let writing: Promise<void> = Promise.resolve();

  const setState = (next: AutosaveState) => {
    if (state === next) return;
    state = next;
    onStateChange?.(next);
  };

  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
  };

  const writeBatch = async () => {
    if (queued.size === 0 || state === 'gone') return;
    const batch = [...queued.values()];
    queued.clear();
    for (const change of batch) inFlight.set(change.path, change);
    setState('saving');
    try {
      await saveTraceFields(db, traceId, batch);
      journal?.forget(traceId, batch);
      for (const change of batch) if (inFlight.get(change.path) === change) inFlight.delete(change.path);
      setState(queued.size > 0 ? 'pending' : 'saved');
    } catch (error) {
      for (const change of batch) {
        if (inFlight.get(change.path) === change) inFlight.delete(change.path);
        // Keep a newer queued value if the teacher typed on while this write failed.
        if (!queued.has(change.path)) queued.set(change.path, change);
      }
      if (error instanceof TraceGoneError) {
        journal?.forget(traceId, [...queued.values()]);
        queued.clear();
        setState('gone');
        return;
      }
      setState('error');
      schedule(retryMs);
    }
  };

  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    firstQueuedAt = 0;
    // Writes run one after another, so the transaction order is the order of the teacher's changes.
    writing = writing.then(writeBatch, writeBatch);
    return writing;
  };

  const saver: TraceAutosaver = {
    set(path, value) {
      const at = stampChange();
      if (state === 'gone') return at;
      const now = Date.now();
      const change = { path, value, at };
      queued.set(path, change);
      journal?.record(traceId, change);
      if (firstQueuedAt === 0) firstQueuedAt = now;
      if (state !== 'error') setState('pending');
      schedule(Math.max(0, Math.min(debounceMs, firstQueuedAt + maxWaitMs - now)));
      return at;
    },
    flush,
    isPending(path) {
      return queued.has(path) || inFlight.has(path);
    },
    unsavedChanges() {
      return [...inFlight.values(), ...queued.values()];
    },
    pendingValue(path) {
      const change = queued.get(path) ?? inFlight.get(path);
      return change && { value: change.value };
    },
    get state() {
      return state;
    },
    async dispose() {
      openSavers.get(traceId)?.delete(saver);
      await flush();
      clearTimeout(timer);
    },
  };
  openSavers.set(traceId, (openSavers.get(traceId) ?? new Set()).add(saver));
  return saver;
}
