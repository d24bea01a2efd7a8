import type { CapturedContent, Role, StoredTurn, TurnFix } from '../model/turn';

/**
 * The teacher's turn fixes as pure functions over one conversation's stored turns.
 *
 * A turn keeps what the reader captured (`captured`, or its own fields while unfixed) and its `fix`; its shown
 * `role`, `text` and `markdown` are always recomposed from those two. So every action is "change some turns'
 * fixes, then recompose", undo is "put the earlier fixes back, then recompose", and a re-capture that brings new
 * content for a fixed turn recomposes it with the same fixes: fixes are never silently undone.
 */

/** What the teacher can do to one turn in the conversation view. */
export type TurnFixAction =
  | { kind: 'switch-role'; turnId: string }
  | { kind: 'merge-with-next'; turnId: string }
  | { kind: 'remove'; turnId: string }
  | { kind: 'restore'; turnId: string }
  | { kind: 'split'; turnId: string };

/** The fixes of the turns an action changed, as they were before it: enough to undo it. */
export interface TurnFixUndo {
  conversationId: string;
  action: TurnFixAction;
  previousFixes: { turnId: string; fix: TurnFix | undefined }[];
  /** Fields of earlier traces a merge changed (they pointed at a merged-away turn), as they were before. */
  previousTraceFields: { traceId: string; fields: { path: string; value: unknown }[] }[];
}

/** Why an action can't be applied (a stale button after a re-capture or another panel's change). */
export class TurnFixError extends Error {
  constructor(
    readonly reason: 'not-found' | 'hidden' | 'no-next-turn' | 'not-merged' | 'not-removed',
    turnId: string,
  ) {
    super(`Turn ${turnId} can't be fixed that way: ${reason}`);
    this.name = 'TurnFixError';
  }
}

/** Text between the parts of a merged turn: a paragraph break, in text and Markdown alike. */
const partSeparator = '\n\n';

export function capturedContentOf(turn: Pick<StoredTurn, 'role' | 'text' | 'markdown' | 'captured'>): CapturedContent {
  return turn.captured ?? { role: turn.role, text: turn.text, markdown: turn.markdown };
}

/** Removed as page chrome, or merged into another turn: not shown, not offered for new traces. */
export function isTurnHidden(turn: Pick<StoredTurn, 'fix'>): boolean {
  return turn.fix?.removedAt !== undefined || turn.fix?.mergedInto !== undefined;
}

/** The turns a conversation shows and new traces use, in order. */
export function visibleTurns<T extends Pick<StoredTurn, 'fix' | 'ordinal'>>(turns: readonly T[]): T[] {
  return turns.filter((turn) => !isTurnHidden(turn)).sort((a, b) => a.ordinal - b.ordinal);
}

/** Turns removed as page chrome (not those merged into another), in order. */
export function removedTurns<T extends Pick<StoredTurn, 'fix' | 'ordinal'>>(turns: readonly T[]): T[] {
  return turns
    .filter((turn) => turn.fix?.removedAt !== undefined && turn.fix.mergedInto === undefined)
    .sort((a, b) => a.ordinal - b.ordinal);
}

function normaliseFix(fix: TurnFix | undefined): TurnFix | undefined {
  if (!fix) return undefined;
  const out: TurnFix = {};
  if (fix.role !== undefined) out.role = fix.role;
  if (fix.removedAt !== undefined) out.removedAt = fix.removedAt;
  if (fix.mergedInto !== undefined) out.mergedInto = fix.mergedInto;
  if (fix.mergedTurnIds?.length) out.mergedTurnIds = [...fix.mergedTurnIds];
  return Object.keys(out).length > 0 ? out : undefined;
}

function sameFix(a: TurnFix | undefined, b: TurnFix | undefined): boolean {
  return JSON.stringify(normaliseFix(a) ?? null) === JSON.stringify(normaliseFix(b) ?? null);
}

/** One turn with its shown content recomposed from its captured content, its fix and its merged parts. */
function composeTurn(turn: StoredTurn, byId: ReadonlyMap<string, StoredTurn>): StoredTurn {
  const captured = capturedContentOf(turn);
  const fix = normaliseFix(turn.fix);
  const parts = (fix?.mergedTurnIds ?? []).flatMap((id) => {
    const part = byId.get(id);
    return part ? [capturedContentOf(part)] : [];
  });
  const role: Role = fix?.role ?? captured.role;
  const text = [captured.text, ...parts.map((p) => p.text)].join(partSeparator);
  const markdown = [captured.markdown, ...parts.map((p) => p.markdown)].join(partSeparator);
  const { fix: _oldFix, captured: _oldCaptured, ...rest } = turn;
  const isChanged = role !== captured.role || text !== captured.text || markdown !== captured.markdown;
  return {
    ...rest,
    role,
    text,
    markdown,
    ...(fix ? { fix } : {}),
    ...(isChanged ? { captured } : {}),
  };
}

function isSameTurn(a: StoredTurn, b: StoredTurn): boolean {
  return (
    a.role === b.role &&
    a.text === b.text &&
    a.markdown === b.markdown &&
    sameFix(a.fix, b.fix) &&
    JSON.stringify(a.captured ?? null) === JSON.stringify(b.captured ?? null)
  );
}

/**
 * Sets new fixes on some turns of one conversation and returns every turn whose stored record changes
 * (its fix, or its shown content because a part merged into it changed), recomposed.
 */
export function applyFixes(
  turns: readonly StoredTurn[],
  newFixes: ReadonlyMap<string, TurnFix | undefined>,
  now: number,
): StoredTurn[] {
  const withFixes = turns.map((turn) => {
    if (!newFixes.has(turn.id)) return turn;
    const { fix: _old, ...rest } = turn;
    const fix = normaliseFix(newFixes.get(turn.id));
    return fix ? { ...rest, fix } : rest;
  });
  const byId = new Map(withFixes.map((turn) => [turn.id, turn]));
  const before = new Map(turns.map((turn) => [turn.id, turn]));
  const changed: StoredTurn[] = [];
  for (const turn of withFixes) {
    const composed = composeTurn(turn, byId);
    if (!isSameTurn(composed, before.get(turn.id)!)) changed.push({ ...composed, updatedAt: now });
  }
  return changed;
}

/**
 * After a re-capture wrote new captured content into some turns (`writes`, with their fixes kept and `captured`
 * dropped), recomposes them and every turn a changed part is merged into, so the teacher's fixes hold for the
 * new content. Returns the records to write: the writes themselves, recomposed, and any host turn that changed.
 */
export function recomposeAfterCapture(stored: readonly StoredTurn[], writes: readonly StoredTurn[]): StoredTurn[] {
  const byId = new Map(stored.map((turn) => [turn.id, turn]));
  for (const turn of writes) byId.set(turn.id, turn);
  const written = new Set(writes.map((turn) => turn.id));
  const out = writes.map((turn) => composeTurn(turn, byId));
  for (const turn of stored) {
    if (written.has(turn.id) || !turn.fix?.mergedTurnIds?.some((id) => written.has(id))) continue;
    const composed = composeTurn(turn, byId);
    if (!isSameTurn(composed, turn)) out.push(composed);
  }
  return out;
}

function findVisible(ordered: readonly StoredTurn[], turnId: string): StoredTurn {
  const turn = ordered.find((t) => t.id === turnId);
  if (!turn) throw new TurnFixError('not-found', turnId);
  if (isTurnHidden(turn)) throw new TurnFixError('hidden', turnId);
  return turn;
}

/**
 * The new fixes an action sets, by turn id (only the turns it changes). Throws TurnFixError when the action no
 * longer fits the conversation (the turn is gone or hidden, there is no next turn to merge with).
 */
export function planTurnFix(
  turns: readonly StoredTurn[],
  action: TurnFixAction,
  now: number,
): Map<string, TurnFix | undefined> {
  const ordered = [...turns].sort((a, b) => a.ordinal - b.ordinal);
  const plan = new Map<string, TurnFix | undefined>();
  switch (action.kind) {
    case 'switch-role': {
      const turn = findVisible(ordered, action.turnId);
      const role: Role = turn.role === 'user' ? 'assistant' : 'user';
      // Switching back to what the reader read clears the fix rather than recording a fix that changes nothing.
      const { role: _old, ...rest } = turn.fix ?? {};
      plan.set(turn.id, role === capturedContentOf(turn).role ? rest : { ...rest, role });
      return plan;
    }
    case 'merge-with-next': {
      const host = findVisible(ordered, action.turnId);
      const next = visibleTurns(ordered).find((t) => t.ordinal > host.ordinal);
      if (!next) throw new TurnFixError('no-next-turn', action.turnId);
      // Flattened: the next turn and anything already merged into it all become parts of the host.
      const moved = [next.id, ...(next.fix?.mergedTurnIds ?? [])];
      plan.set(host.id, { ...host.fix, mergedTurnIds: [...(host.fix?.mergedTurnIds ?? []), ...moved] });
      plan.set(next.id, { ...next.fix, mergedTurnIds: undefined, mergedInto: host.id });
      for (const id of next.fix?.mergedTurnIds ?? []) {
        const part = ordered.find((t) => t.id === id);
        if (part) plan.set(id, { ...part.fix, mergedInto: host.id });
      }
      return plan;
    }
    case 'remove': {
      const turn = findVisible(ordered, action.turnId);
      plan.set(turn.id, { ...turn.fix, removedAt: now });
      return plan;
    }
    case 'restore': {
      const turn = ordered.find((t) => t.id === action.turnId);
      if (!turn) throw new TurnFixError('not-found', action.turnId);
      if (turn.fix?.removedAt === undefined) throw new TurnFixError('not-removed', action.turnId);
      plan.set(turn.id, { ...turn.fix, removedAt: undefined });
      return plan;
    }
    case 'split': {
      const host = findVisible(ordered, action.turnId);
      const parts = host.fix?.mergedTurnIds ?? [];
      if (parts.length === 0) throw new TurnFixError('not-merged', action.turnId);
      plan.set(host.id, { ...host.fix, mergedTurnIds: undefined });
      for (const id of parts) {
        const part = ordered.find((t) => t.id === id);
        if (part) plan.set(id, { ...part.fix, mergedInto: undefined });
      }
      return plan;
    }
  }
}

/** The fixes those turns have now, to put back on undo. */
export function snapshotFixes(
  turns: readonly StoredTurn[],
  turnIds: Iterable<string>,
): { turnId: string; fix: TurnFix | undefined }[] {
  const byId = new Map(turns.map((turn) => [turn.id, turn]));
  return [...turnIds].map((turnId) => ({ turnId, fix: byId.get(turnId)?.fix }));
}
