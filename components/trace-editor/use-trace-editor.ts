import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { getDatabase } from '@/lib/db/schema';
import type { Trace } from '@/lib/model/trace';
import { localStorageJournal, replayJournaledEdits } from '@/lib/trace/unsaved-edits-journal';
import { handOffTraceEdits } from '@/lib/trace/hand-off-trace-edits';
import { createTraceAutosaver, type AutosaveState, type TraceAutosaver } from '@/lib/trace/trace-autosave';
import { overlayFieldValues, readField, UndoHistory, type TraceFieldPath } from '@/lib/trace/trace-updates';

interface Override {
  value: unknown;
  at: number;
}

export interface TraceEditorState {
  /** undefined while loading, null when the trace does not exist (deleted). */
  trace: Trace | null | undefined;
  saveState: AutosaveState;
  setField(path: TraceFieldPath, value: unknown): void;
  /** Several fields as one undo step (e.g. credential and the competency that goes with it). */
  setFields(changes: { path: TraceFieldPath; value: unknown }[]): void;
  /** Text fields call these so remote changes never replace text under the teacher's cursor. */
  startEditing(path: TraceFieldPath): void;
  stopEditing(path: TraceFieldPath): void;
  undo(): void;
  canUndo: boolean;
  flush(): Promise<void>;
  /** Starts saving again after the trace was restored (undo of a delete). */
  reconnect(): void;
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(target.type);
  }
  return false;
}

/**
 * The editor's view of one trace: the stored record (live, so other panels' saves show up) with this
 * panel's unsaved or in-flight edits on top, autosave per field, and undo.
 */
export function useTraceEditor(traceId: string, firstView?: Trace): TraceEditorState {
  const db = getDatabase();
  const live = useLiveQuery(async () => (await db.traces.get(traceId)) ?? null, [db, traceId]);
  // Until the database answers: the trace as the background sent it with a capture's route (first-view-snapshot.ts).
  // Edits made meanwhile go through the autosaver to the database like any other, and stay on top of what it answers.
  const stored = live === undefined && firstView?.id === traceId ? firstView : live;
  const [saveState, setSaveState] = useState<AutosaveState>('saved');
  const [overrides, setOverrides] = useState<ReadonlyMap<TraceFieldPath, Override>>(new Map());
  const [editing, setEditing] = useState<TraceFieldPath | null>(null);
  const [generation, setGeneration] = useState(0);
  const [canUndo, setCanUndo] = useState(false);
  const saverRef = useRef<TraceAutosaver | null>(null);
  const historyRef = useRef(new UndoHistory());
  const viewRef = useRef<Trace | null | undefined>(undefined);

  // A layout effect, not a passive one: the editor puts focus on the first mark in the frame the trace first paints
  // (a capture's route shows it from `firstView` at once), and a keyboard user's Space can arrive before passive
  // effects run. Without a saver then, the edit was dropped (CI, 2026-12-02: the mark lost, Mark ready refused).
  useLayoutEffect(() => {
    const journal = localStorageJournal();
    // What a panel closed mid-sentence left in the journal for this trace is saved first.
    void replayJournaledEdits(db, journal, traceId);
    const saver = createTraceAutosaver(db, traceId, { onStateChange: setSaveState, journal });
    saverRef.current = saver;
    setSaveState('saved');
    // Closing the panel or switching away mid-sentence: write what is queued right now, and hand it to the service
    // worker too — a closing panel can be torn down before its own write gets the stored trace back.
    const flushNow = () => {
      handOffTraceEdits(traceId, saver.unsavedChanges());
      void saver.flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushNow();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flushNow);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flushNow);
      void saver.dispose();
      if (saverRef.current === saver) saverRef.current = null;
    };
  }, [db, traceId, generation]);

  // Another trace: its undo history and this panel's overrides start empty. Not on mount, where it would drop an edit
  // made in the first frame (above).
  const historyTraceIdRef = useRef(traceId);
  useLayoutEffect(() => {
    if (historyTraceIdRef.current === traceId) return;
    historyTraceIdRef.current = traceId;
    historyRef.current.clear();
    setCanUndo(false);
    setOverrides(new Map());
  }, [traceId]);

  // What the teacher sees: the stored trace, with this panel's edits that are still pending, being typed,
  // or not yet reflected in the live query; a newer remote write to a field not being edited wins.
  const trace = useMemo(() => {
    if (!stored) return stored;
    const saver = saverRef.current;
    const changes: { path: TraceFieldPath; value: unknown }[] = [];
    for (const [path, override] of overrides) {
      const storedAt = stored.fieldUpdatedAt[path] ?? 0;
      if (editing === path || saver?.isPending(path) || storedAt < override.at) {
        changes.push({ path, value: override.value });
      }
    }
    return changes.length ? overlayFieldValues(stored, changes) : stored;
    // saveState: a finished save changes which overrides still apply.
  }, [stored, overrides, editing, saveState]);
  viewRef.current = trace;

  const apply = useCallback((changes: { path: TraceFieldPath; value: unknown }[], recordUndo: boolean) => {
    const saver = saverRef.current;
    const current = viewRef.current;
    if (!saver || !current) return;
    const undoChanges = changes.map(({ path, value }) => ({ path, before: readField(current, path), after: value }));
    const stamped = changes.map(({ path, value }) => ({ path, value, at: saver.set(path, value) }));
    setOverrides((previous) => {
      const next = new Map(previous);
      for (const { path, value, at } of stamped) next.set(path, { value, at });
      return next;
    });
    if (recordUndo) {
      historyRef.current.record(undoChanges, Date.now());
      setCanUndo(historyRef.current.canUndo);
    }
  }, []);

  const setField = useCallback((path: TraceFieldPath, value: unknown) => apply([{ path, value }], true), [apply]);
  const setFields = useCallback((changes: { path: TraceFieldPath; value: unknown }[]) => apply(changes, true), [apply]);

  const undo = useCallback(() => {
    const step = historyRef.current.pop();
    setCanUndo(historyRef.current.canUndo);
    if (step)
      apply(
        step.changes.map(({ path, before }) => ({ path, value: before })),
        false,
      );
  }, [apply]);

  // Ctrl/Cmd+Z outside text fields undoes the last change; inside them the browser's own undo is kept.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      if (event.key.toLowerCase() !== 'z' || isTextEntry(event.target)) return;
      event.preventDefault();
      undo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo]);

  return {
    trace,
    saveState,
    setField,
    setFields,
    startEditing: useCallback((path: TraceFieldPath) => setEditing(path), []),
    stopEditing: useCallback(
      (path: TraceFieldPath) => setEditing((current) => (current === path ? null : current)),
      [],
    ),
    undo,
    canUndo,
    flush: useCallback(() => saverRef.current?.flush() ?? Promise.resolve(), []),
    reconnect: useCallback(() => setGeneration((g) => g + 1), []),
  };
}
