import { isTurnHidden } from '@/lib/capture/apply-turn-fixes';
import type { StoredConversation } from '@/lib/model/conversation';
import type { Trace, TraceItem } from '@/lib/model/trace';
import type { StoredTurn } from '@/lib/model/turn';

export interface TraceSource {
  conversation: StoredConversation;
  turns: StoredTurn[];
}

/**
 * The turns the editor offers, as the teacher fixed them in the conversation view: turns removed as page chrome
 * or merged into another are left out, unless this trace already has them (a trace made before the fix keeps
 * every turn it points at: evidence is never dropped silently).
 */
export function offeredSources(sources: TraceSource[], included: ReadonlySet<string>): TraceSource[] {
  return sources.map((source) => ({
    ...source,
    turns: source.turns.filter((turn) => !isTurnHidden(turn) || included.has(turn.id)),
  }));
}

/** Items in display order: conversations as listed, turns by ordinal. */
export function orderItems(sources: TraceSource[], included: ReadonlySet<string>): TraceItem[] {
  return sources.flatMap(({ conversation, turns }) =>
    turns.filter((turn) => included.has(turn.id)).map((turn) => ({ turnId: turn.id, conversationId: conversation.id })),
  );
}

/** The AI outputs in display order, numbered from 1 (the numbers the editor shows everywhere). */
export function numberOutputs(sources: TraceSource[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const { turns } of sources)
    for (const turn of turns) if (turn.role === 'assistant') numbers.set(turn.id, numbers.size + 1);
  return numbers;
}

/**
 * Turns captured after the teacher last chose this trace's turns (or after it was made) that it does not
 * include: what a new capture of a conversation brings to its draft. A turn the teacher unticked later than it
 * arrived is not among them, so the offer never undoes a choice.
 */
export function findNewTurns(trace: Pick<Trace, 'items' | 'createdAt' | 'fieldUpdatedAt'>, sources: TraceSource[]) {
  const since = trace.fieldUpdatedAt['items'] ?? trace.createdAt;
  const included = new Set(trace.items.map((item) => item.turnId));
  return sources.flatMap(({ turns }) => turns.filter((turn) => !included.has(turn.id) && turn.capturedAt > since));
}

/** The trace's items with these turns added, in display order; items of conversations no longer stored stay. */
export function itemsWith(trace: Pick<Trace, 'items'>, sources: TraceSource[], turnIds: Iterable<string>): TraceItem[] {
  const next = new Set(trace.items.map((item) => item.turnId));
  for (const id of turnIds) next.add(id);
  const known = new Set(sources.flatMap((s) => s.turns.map((turn) => turn.id)));
  const orphans = trace.items.filter((item) => !known.has(item.turnId));
  return [...orderItems(sources, next), ...orphans];
}
