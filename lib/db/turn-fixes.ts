import type { ShowWorkDatabase } from './schema';
import { StoredTurn } from '../model/turn';
import { Trace } from '../model/trace';
import {
  applyFixes,
  isTurnHidden,
  planTurnFix,
  snapshotFixes,
  type TurnFixAction,
  type TurnFixUndo,
} from '../capture/apply-turn-fixes';
import { foldMergedTurns } from '../trace/fold-merged-turns';
import { mergeFieldChanges, type TraceFieldPath } from '../trace/trace-updates';

function readConversationTurns(db: ShowWorkDatabase, conversationId: string): Promise<StoredTurn[]> {
  return db.turns.where('[conversationId+ordinal]').between([conversationId, 0], [conversationId, Infinity]).toArray();
}

/** Writes the fixed turns and keeps the library's turn count to the turns the conversation shows. */
async function writeFixedTurns(
  db: ShowWorkDatabase,
  conversationId: string,
  turns: readonly StoredTurn[],
  writes: readonly StoredTurn[],
): Promise<void> {
  if (writes.length === 0) return;
  await db.turns.bulkPut(writes.map((turn) => StoredTurn.parse(turn)));
  const written = new Map(writes.map((turn) => [turn.id, turn]));
  const shown = turns.filter((turn) => !isTurnHidden(written.get(turn.id) ?? turn)).length;
  await db.conversations.update(conversationId, { turnCount: shown });
}

/**
 * Writes field values into a stored trace as the latest change to each field (at least `now`, never older than
 * the field's last write, so the teacher's explicit action is not lost to a clock a few ms ahead).
 */
async function writeTraceFields(
  db: ShowWorkDatabase,
  trace: Trace,
  fields: readonly { path: string; value: unknown }[],
  now: number,
): Promise<void> {
  const changes = fields.map(({ path, value }) => ({
    path: path as TraceFieldPath,
    value,
    at: Math.max(now, trace.fieldUpdatedAt[path] ?? 0),
  }));
  const merged = mergeFieldChanges(trace, changes);
  if (merged.applied.length > 0) await db.traces.put(Trace.parse(merged.trace));
}

/**
 * Applies one of the teacher's fixes (switch role, merge with the next turn, remove, restore, split) to a turn
 * of a conversation, in one transaction, and returns what undoTurnFix needs to take it back. Turn records are
 * never deleted and keep their ids, so traces that point at them keep working; a trace that points at a turn
 * merged away points at the turn it was merged into instead (foldMergedTurns), so its text isn't shown twice.
 * Throws TurnFixError when the action no longer fits (e.g. the turn was already merged away in another panel).
 */
export async function fixTurn(
  db: ShowWorkDatabase,
  conversationId: string,
  action: TurnFixAction,
  now: number = Date.now(),
): Promise<TurnFixUndo> {
  return db.transaction('rw', db.turns, db.traces, db.conversations, async () => {
    const turns = await readConversationTurns(db, conversationId);
    const plan = planTurnFix(turns, action, now);
    const previousFixes = snapshotFixes(turns, plan.keys());
    await writeFixedTurns(db, conversationId, turns, applyFixes(turns, plan, now));

    const previousTraceFields: TurnFixUndo['previousTraceFields'] = [];
    if (action.kind === 'merge-with-next') {
      const partIds = [...plan].filter(([, fix]) => fix?.mergedInto === action.turnId).map(([id]) => id);
      const parts = new Set(partIds);
      // No index leads from a turn to the traces using it: a merge is one click, so one scan of the traces is fine.
      const affected = await db.traces.filter((trace) => trace.items.some((item) => parts.has(item.turnId))).toArray();
      for (const trace of affected) {
        const edits = foldMergedTurns(trace, action.turnId, partIds);
        if (edits.length === 0) continue;
        previousTraceFields.push({
          traceId: trace.id,
          fields: edits.map(({ path, before }) => ({ path, value: before })),
        });
        await writeTraceFields(
          db,
          trace,
          edits.map(({ path, after }) => ({ path, value: after })),
          now,
        );
      }
    }
    return { conversationId, action, previousFixes, previousTraceFields };
  });
}

/**
 * Puts back the fixes an action changed and recomposes those turns from their captured content as it is now,
 * so an undo after a re-capture keeps the newer captured text; traces a merge changed get their fields back.
 */
export async function undoTurnFix(db: ShowWorkDatabase, undo: TurnFixUndo, now: number = Date.now()): Promise<void> {
  await db.transaction('rw', db.turns, db.traces, db.conversations, async () => {
    const turns = await readConversationTurns(db, undo.conversationId);
    const known = new Set(turns.map((turn) => turn.id));
    const plan = new Map(
      undo.previousFixes.filter(({ turnId }) => known.has(turnId)).map(({ turnId, fix }) => [turnId, fix] as const),
    );
    await writeFixedTurns(db, undo.conversationId, turns, applyFixes(turns, plan, now));
    for (const { traceId, fields } of undo.previousTraceFields) {
      const trace = await db.traces.get(traceId);
      if (trace) await writeTraceFields(db, trace, fields, now);
    }
  });
}
