import type { Trace } from '../model/trace';
import type { TraceFieldPath } from './trace-updates';

/** One field of a trace as a turn merge changes it, with the value before, so Undo can put it back. */
export interface TraceFieldEdit {
  path: TraceFieldPath;
  before: unknown;
  after: unknown;
}

/** Replaces merged-away parts by their host, keeping the host once, at its first place. */
function foldIds(ids: readonly string[], hostId: string, parts: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const folded = parts.has(id) ? hostId : id;
    if (folded !== hostId || !out.includes(hostId)) out.push(folded);
  }
  return out;
}

/**
 * When the teacher merges turns into a host turn, a trace made earlier that points at the merged-away parts
 * points at the host instead: the host now holds the parts' text, so keeping both would show it twice. The
 * host keeps its own mark; if it has none, it takes the first part's. Pure: returns the field edits (none when
 * the trace doesn't point at any part).
 */
export function foldMergedTurns(trace: Trace, hostId: string, partIds: readonly string[]): TraceFieldEdit[] {
  const parts = new Set(partIds);
  const edits: TraceFieldEdit[] = [];
  if (trace.items.some((item) => parts.has(item.turnId))) {
    const hostConversation =
      trace.items.find((item) => item.turnId === hostId || parts.has(item.turnId))?.conversationId ?? '';
    const turnIds = foldIds(
      trace.items.map((item) => item.turnId),
      hostId,
      parts,
    );
    const conversationOf = new Map(trace.items.map((item) => [item.turnId, item.conversationId]));
    edits.push({
      path: 'items',
      before: trace.items,
      after: turnIds.map((turnId) => ({ turnId, conversationId: conversationOf.get(turnId) ?? hostConversation })),
    });
  }
  const partMarks = partIds.filter((id) => trace.marks[id] !== undefined);
  if (trace.marks[hostId] === undefined && partMarks[0] !== undefined)
    edits.push({ path: `marks.${hostId}`, before: undefined, after: trace.marks[partMarks[0]] });
  for (const id of partMarks) edits.push({ path: `marks.${id}`, before: trace.marks[id], after: undefined });
  const sources = trace.artifactSourceTurnIds;
  if (sources?.some((id) => parts.has(id)))
    edits.push({ path: 'artifactSourceTurnIds', before: sources, after: foldIds(sources, hostId, parts) });
  return edits;
}
