import type { ShowWorkDatabase } from '../db/schema';
import { Trace, type Reflection, type ResponsibleUse, type Verified } from '../model/trace';

/** Top-level fields written whole. */
export const wholeFields = [
  'title',
  'status',
  'frameworkId',
  'credentialId',
  'competencyId',
  'level',
  'items',
  'finalArtifact',
  'artifactSourceTurnIds',
  'artifactSource',
  'implementationNotes',
  'studentImpact',
  'readinessNote',
] as const satisfies readonly (keyof Trace)[];
export type WholeField = (typeof wholeFields)[number];

/**
 * The unit of saving and merging. Object fields merge per member, so two panels editing "Risk" and
 * "Benefit" of one trace keep both; `marks.<turnId>` is one output's mark.
 */
export type TraceFieldPath =
  | WholeField
  | `reflection.${keyof Reflection}`
  | `verified.${keyof Verified}`
  | `responsibleUse.${keyof ResponsibleUse}`
  | `marks.${string}`;

export interface FieldChange {
  path: TraceFieldPath;
  /** The new value; for `marks.<turnId>`, undefined removes the mark. */
  value: unknown;
  /** When the teacher made the change (epoch ms); decides which write wins. */
  at: number;
}

const nestedParents = ['reflection', 'verified', 'responsibleUse', 'marks'] as const;
type NestedParent = (typeof nestedParents)[number];

function splitPath(path: TraceFieldPath): [keyof Trace, string | null] {
  const dot = path.indexOf('.');
  if (dot < 0) return [path as keyof Trace, null];
  const parent = path.slice(0, dot);
  if (!(nestedParents as readonly string[]).includes(parent)) throw new Error(`Unknown trace field ${path}`);
  return [parent as NestedParent, path.slice(dot + 1)];
}

/** True for a path saveTraceFields can write: a whole field, or `<parent>.<member>` of a nested one. */
export function isTraceFieldPath(path: string): path is TraceFieldPath {
  const dot = path.indexOf('.');
  if (dot < 0) return (wholeFields as readonly string[]).includes(path);
  return dot < path.length - 1 && (nestedParents as readonly string[]).includes(path.slice(0, dot));
}

/** The current value at a field path. */
export function readField(trace: Trace, path: TraceFieldPath): unknown {
  const [top, member] = splitPath(path);
  if (member === null) return trace[top];
  return (trace[top] as Record<string, unknown>)[member];
}

function writeField(trace: Trace, path: TraceFieldPath, value: unknown): Trace {
  const [top, member] = splitPath(path);
  if (member === null) return { ...trace, [top]: value };
  const parent = { ...(trace[top] as Record<string, unknown>) };
  if (value === undefined) delete parent[member];
  else parent[member] = value;
  return { ...trace, [top]: parent };
}

/** The trace with these values written, without timestamps (for showing unsaved edits). Pure. */
export function overlayFieldValues(trace: Trace, changes: readonly { path: TraceFieldPath; value: unknown }[]): Trace {
  let out = trace;
  for (const change of changes) out = writeField(out, change.path, change.value);
  return out;
}

/**
 * Applies changes to a stored trace, each only if it is at least as new as the last write to that field
 * (last write per field wins). Pure; returns the merged trace and the paths that took effect.
 */
export function mergeFieldChanges(
  stored: Trace,
  changes: readonly FieldChange[],
): { trace: Trace; applied: TraceFieldPath[] } {
  let trace = stored;
  const applied: TraceFieldPath[] = [];
  for (const change of changes) {
    const lastWrite = trace.fieldUpdatedAt[change.path] ?? 0;
    if (change.at < lastWrite) continue;
    trace = writeField(trace, change.path, change.value);
    trace = {
      ...trace,
      fieldUpdatedAt: { ...trace.fieldUpdatedAt, [change.path]: change.at },
      updatedAt: Math.max(trace.updatedAt, change.at),
    };
    applied.push(change.path);
  }
  return { trace, applied };
}

/** The trace the change was meant for is gone (deleted in another panel). */
export class TraceGoneError extends Error {
  override readonly name = 'TraceGoneError';
}

/**
 * Saves field changes: in one read-write transaction, re-reads the stored trace, merges per field
 * (mergeFieldChanges) and writes it back, so a concurrent save from another panel is never overwritten
 * wholesale. Throws TraceGoneError if the trace no longer exists, and a zod error if a value is invalid.
 */
export async function saveTraceFields(
  db: ShowWorkDatabase,
  traceId: string,
  changes: readonly FieldChange[],
): Promise<{ trace: Trace; applied: TraceFieldPath[] }> {
  return db.transaction('rw', db.traces, async () => {
    const stored = await db.traces.get(traceId);
    if (!stored) throw new TraceGoneError(`Trace ${traceId} no longer exists`);
    const merged = mergeFieldChanges(stored, changes);
    if (merged.applied.length > 0) await db.traces.put(Trace.parse(merged.trace));
    return merged;
  });
}

let lastStamp = 0;
/**
 * A change time for this context: Date.now(), but strictly increasing, so two quick changes to one field
 * in the same millisecond still order correctly.
 */
export function stampChange(): number {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return lastStamp;
}

export interface UndoStep {
  changes: { path: TraceFieldPath; before: unknown; after: unknown }[];
  /** When the step was last extended (typing in one field extends one step). */
  at: number;
}

/**
 * The editor's undo history. Typing into one field is one step until the teacher pauses for
 * `coalesceMs` or edits another field, so Undo takes back the last burst, not one letter.
 */
export class UndoHistory {
  private readonly steps: UndoStep[] = [];

  constructor(
    private readonly coalesceMs = 1500,
    private readonly limit = 100,
  ) {}

  record(changes: UndoStep['changes'], at: number): void {
    if (changes.length === 0) return;
    const top = this.steps[this.steps.length - 1];
    const only = changes.length === 1 ? changes[0] : undefined;
    if (
      only &&
      top &&
      top.changes.length === 1 &&
      top.changes[0]?.path === only.path &&
      at - top.at < this.coalesceMs &&
      typeof only.after === 'string'
    ) {
      top.changes[0] = { path: only.path, before: top.changes[0].before, after: only.after };
      top.at = at;
      return;
    }
    this.steps.push({ changes: changes.map((c) => ({ ...c })), at });
    if (this.steps.length > this.limit) this.steps.shift();
  }

  /** Removes and returns the last step; apply each change's `before` to undo it. */
  pop(): UndoStep | undefined {
    return this.steps.pop();
  }

  get canUndo(): boolean {
    return this.steps.length > 0;
  }

  clear(): void {
    this.steps.length = 0;
  }
}
