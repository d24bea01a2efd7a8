import type { ShowWorkDatabase } from './schema';
import { readTurnIdsByOrdinal } from './turn-keys';
import type { StoredConversation } from '../model/conversation';
import type { StoredTurn } from '../model/turn';
import { Trace, type TraceStatus, type Level } from '../model/trace';

/** What the library lists for a trace. */
export interface TraceSummary {
  id: string;
  title: string;
  status: TraceStatus;
  frameworkId: string;
  credentialId: string | null;
  level: Level | null;
  updatedAt: number;
}

export async function getTrace(db: ShowWorkDatabase, id: string): Promise<Trace | undefined> {
  return db.traces.get(id);
}

/** Every trace as a summary, most recently changed first (the `updatedAt` index, no sort in memory). */
export async function listTraceSummaries(db: ShowWorkDatabase): Promise<TraceSummary[]> {
  const rows = await db.traces.orderBy('updatedAt').reverse().toArray();
  return rows.map(toSummary);
}

function toSummary({ id, title, status, frameworkId, credentialId, level, updatedAt }: Trace): TraceSummary {
  return { id, title, status, frameworkId, credentialId, level, updatedAt };
}

/** The `limit` most recently changed traces, for the library's first paint before the full list is read. */
export async function listRecentTraceSummaries(db: ShowWorkDatabase, limit: number): Promise<TraceSummary[]> {
  const rows = await db.traces.orderBy('updatedAt').reverse().limit(limit).toArray();
  return rows.map(toSummary);
}

/** Stores a new trace after validating it. */
export async function insertTrace(db: ShowWorkDatabase, trace: Trace): Promise<void> {
  await db.traces.add(Trace.parse(trace));
}

/** Deletes a trace and returns it as it was, so the teacher can undo (restoreTrace). */
export async function deleteTrace(db: ShowWorkDatabase, id: string): Promise<Trace | undefined> {
  return db.transaction('rw', db.traces, async () => {
    const trace = await db.traces.get(id);
    if (trace) await db.traces.delete(id);
    return trace;
  });
}

/** Puts a deleted trace back exactly as it was. */
export async function restoreTrace(db: ShowWorkDatabase, trace: Trace): Promise<void> {
  await db.traces.put(Trace.parse(trace));
}

/** A conversation's turns in order. */
export async function listConversationTurns(db: ShowWorkDatabase, conversationId: string): Promise<StoredTurn[]> {
  return db.turns
    .where('[conversationId+ordinal]')
    .between([conversationId, -Infinity], [conversationId, Infinity])
    .toArray();
}

/**
 * A conversation's turns as a new trace needs them: id, ordinal and the teacher's fix. With no hidden turn (the
 * stored turn count says so: capture and every fix keep it to the turns shown), no turn has a fix that hides it,
 * so ids and ordinals come from the index's keys; otherwise the turns are read.
 */
export async function listConversationTurnRefs(
  db: ShowWorkDatabase,
  conversation: Pick<StoredConversation, 'id' | 'turnCount'>,
): Promise<Pick<StoredTurn, 'id' | 'ordinal' | 'fix'>[]> {
  const byOrdinal = await readTurnIdsByOrdinal(db, conversation.id);
  if (byOrdinal.size !== conversation.turnCount) return listConversationTurns(db, conversation.id);
  return [...byOrdinal].map(([ordinal, id]) => ({ id, ordinal }));
}

/** Conversations, most recently captured first. */
export async function listConversationsByRecency(db: ShowWorkDatabase): Promise<StoredConversation[]> {
  return db.conversations.orderBy('lastCapturedAt').reverse().toArray();
}

/** The conversations a trace draws on, and all their turns, for the editor's turn picker. */
export async function loadTraceSources(
  db: ShowWorkDatabase,
  conversationIds: readonly string[],
): Promise<{ conversation: StoredConversation; turns: StoredTurn[] }[]> {
  const unique = [...new Set(conversationIds)];
  const conversations = await db.conversations.bulkGet(unique);
  const out: { conversation: StoredConversation; turns: StoredTurn[] }[] = [];
  for (const conversation of conversations) {
    if (conversation) out.push({ conversation, turns: await listConversationTurns(db, conversation.id) });
  }
  return out;
}
