import type { ShowWorkDatabase } from './schema';
import { StoredTurn } from '../model/turn';
import {
  applyFixes,
  planTurnFix,
  snapshotFixes,
  type TurnFixAction,
  type TurnFixUndo,
} from '../capture/apply-turn-fixes';

function readConversationTurns(db: ShowWorkDatabase, conversationId: string): Promise<StoredTurn[]> {
  return db.turns.where('[conversationId+ordinal]').between([conversationId, 0], [conversationId, Infinity]).toArray();
}

/**
 * Applies one of the teacher's fixes (switch role, merge with the next turn, remove, restore, split) to a turn
 * of a conversation, in one transaction, and returns what undoTurnFix needs to take it back. Turn records are
 * never deleted and keep their ids, so traces that point at them keep working.
 * Throws TurnFixError when the action no longer fits (e.g. the turn was already merged away in another panel).
 */
export async function fixTurn(
  db: ShowWorkDatabase,
  conversationId: string,
  action: TurnFixAction,
  now: number = Date.now(),
): Promise<TurnFixUndo> {
  return db.transaction('rw', db.turns, async () => {
    const turns = await readConversationTurns(db, conversationId);
    const plan = planTurnFix(turns, action, now);
    const previousFixes = snapshotFixes(turns, plan.keys());
    const writes = applyFixes(turns, plan, now).map((turn) => StoredTurn.parse(turn));
    if (writes.length > 0) await db.turns.bulkPut(writes);
    return { conversationId, action, previousFixes };
  });
}

/**
 * Puts back the fixes an action changed and recomposes those turns from their captured content as it is now,
 * so an undo after a re-capture keeps the newer captured text.
 */
export async function undoTurnFix(db: ShowWorkDatabase, undo: TurnFixUndo, now: number = Date.now()): Promise<void> {
  await db.transaction('rw', db.turns, async () => {
    const turns = await readConversationTurns(db, undo.conversationId);
    const known = new Set(turns.map((turn) => turn.id));
    const plan = new Map(
      undo.previousFixes.filter(({ turnId }) => known.has(turnId)).map(({ turnId, fix }) => [turnId, fix] as const),
    );
    const writes = applyFixes(turns, plan, now).map((turn) => StoredTurn.parse(turn));
    if (writes.length > 0) await db.turns.bulkPut(writes);
  });
}
