import type { ShowWorkDatabase } from '../db/schema';
import { readEffectiveRetention } from '../settings/retention';
import { pendingStates } from '../upload/outbox';

/** The daily alarm that applies the retention period (also run at browser start). */
export const retentionAlarmName = 'showwork-retention';

export interface SweepResult {
  conversations: number;
  turns: number;
  traces: number;
}

const dayMs = 24 * 60 * 60_000;

/**
 * Removes what is older than `days` days: conversations last captured before the cutoff (with their turns and
 * search words) and traces last edited before it (with their finished outbox rows). Never removed: a trace
 * still in the outbox (queued, sending or failed), and a conversation a kept trace quotes — deleting it would
 * empty that trace. `days` 0 removes nothing. One transaction: all or nothing.
 */
export async function sweepRetention(
  db: ShowWorkDatabase,
  days: number,
  now: number = Date.now(),
): Promise<SweepResult> {
  const result: SweepResult = { conversations: 0, turns: 0, traces: 0 };
  if (!(days > 0)) return result;
  const cutoff = now - days * dayMs;
  await db.transaction(
    'rw',
    [db.conversations, db.turns, db.conversationWords, db.traces, db.submissions, db.submissionPayloads],
    async () => {
      const pendingTraceIds = new Set(
        (
          await db.submissions
            .where('state')
            .anyOf([...pendingStates])
            .toArray()
        ).map((s) => s.traceId),
      );
      const oldTraces = await db.traces.where('updatedAt').below(cutoff).toArray();
      const doomedTraces = oldTraces.filter((t) => !pendingTraceIds.has(t.id));
      const doomedTraceIds = new Set(doomedTraces.map((t) => t.id));

      const quoted = new Set<string>();
      await db.traces.each((trace) => {
        if (doomedTraceIds.has(trace.id)) return;
        for (const item of trace.items) quoted.add(item.conversationId);
      });
      const doomedConversations = (await db.conversations.where('lastCapturedAt').below(cutoff).primaryKeys()).filter(
        (id) => !quoted.has(id),
      );

      if (doomedTraceIds.size > 0) {
        const finished = await db.submissions
          .where('traceId')
          .anyOf([...doomedTraceIds])
          .primaryKeys();
        await db.submissionPayloads.bulkDelete(finished);
        await db.submissions.bulkDelete(finished);
        await db.traces.bulkDelete([...doomedTraceIds]);
      }
      if (doomedConversations.length > 0) {
        result.turns = await db.turns.where('conversationId').anyOf(doomedConversations).delete();
        await db.conversationWords.bulkDelete(doomedConversations);
        await db.conversations.bulkDelete(doomedConversations);
      }
      result.traces = doomedTraceIds.size;
      result.conversations = doomedConversations.length;
    },
  );
  return result;
}

/** Applies the retention period in force (district's or teacher's). */
export async function runRetentionSweep(db: ShowWorkDatabase, now: number = Date.now()): Promise<SweepResult> {
  const { days } = await readEffectiveRetention();
  return sweepRetention(db, days, now);
}
