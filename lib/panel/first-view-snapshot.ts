import * as z from 'zod/mini';
import { StoredConversation } from '../model/conversation';
import { Trace } from '../model/trace';
import { StoredTurn } from '../model/turn';

/**
 * What the trace editor's first view needs (the trace, and its conversations with their turns), sent by the worker
 * with the route after a capture, so a side panel that the Capture click has just opened paints the draft without
 * waiting for its own IndexedDB connection and reads: they took the panel 90–200 ms after the route had arrived
 * (fastest-path e2e, panel closed, load 1–2, 2026-12-01). The editor takes over from its live queries as soon as they
 * answer; edits made before that are saved through the database as always (useTraceEditor).
 */
export const FirstViewSnapshot = z.object({
  trace: Trace,
  sources: z.array(z.object({ conversation: StoredConversation, turns: z.array(StoredTurn) })),
});
export type FirstViewSnapshot = z.infer<typeof FirstViewSnapshot>;

/**
 * Above this many turns, or this many characters of turn text the snapshot is left out and the panel reads the database as before:
 * storage.session is held in memory (10 MB for the whole extension) and a long conversation costs as much to
 * copy through it as to read from IndexedDB.
 */
export const maxSnapshotTurns = 200;
export const maxSnapshotChars = 200_000;

/** A snapshot is a view of the moment it was taken: one older than this is not shown, even for a moment. */
export const maxSnapshotAgeMs = 10_000;
