import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ShowWorkDatabase } from '../../lib/db/schema';
import { deleteTrace, insertTrace, restoreTrace } from '../../lib/db/traces';
import {
  mergeFieldChanges,
  readField,
  saveTraceFields,
  stampChange,
  TraceGoneError,
  UndoHistory,
} from '../../lib/trace/trace-updates';
import { createTraceAutosaver, flushTraceEdits, type AutosaveState } from '../../lib/trace/trace-autosave';
import { makeTrace } from './trace-fixtures';

let db: ShowWorkDatabase;
beforeEach(async () => {
  db = new ShowWorkDatabase(`trace-updates-${Math.random()}`);
  await insertTrace(db, makeTrace());
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('mergeFieldChanges', () => {
  test('applies a newer change and records when each field was written', () => {
    const { trace, applied } = mergeFieldChanges(makeTrace(), [
      { path: 'reflection.risk', value: 'Bias', at: 2_000 },
      { path: 'marks.a1', value: { mark: 'accepted', note: '' }, at: 2_001 },
    ]);
    expect(applied).toEqual(['reflection.risk', 'marks.a1']);
    expect(trace.reflection).toEqual({ learningGoal: '', whatChanged: '', risk: 'Bias', benefit: '', safeguard: '' });
    expect(trace.marks).toEqual({ a1: { mark: 'accepted', note: '' } });
    expect(trace.fieldUpdatedAt).toEqual({ 'reflection.risk': 2_000, 'marks.a1': 2_001 });
    expect(trace.updatedAt).toBe(2_001);
  });

  test('an older change to a field written later is ignored', () => {
    const stored = makeTrace({ title: 'New', fieldUpdatedAt: { title: 5_000 } });
    const { trace, applied } = mergeFieldChanges(stored, [{ path: 'title', value: 'Old', at: 4_000 }]);
    expect(applied).toEqual([]);
    expect(trace.title).toBe('New');
  });

  test('undefined removes a mark', () => {
    const stored = makeTrace({ marks: { a1: { mark: 'rejected', note: 'wrong' } } });
    expect(mergeFieldChanges(stored, [{ path: 'marks.a1', value: undefined, at: 9 }]).trace.marks).toEqual({});
  });

  test('readField reads whole and nested fields', () => {
    const trace = makeTrace({ title: 'T', reflection: { ...makeTrace().reflection, benefit: 'B' } });
    expect(readField(trace, 'title')).toBe('T');
    expect(readField(trace, 'reflection.benefit')).toBe('B');
    expect(readField(trace, 'marks.none')).toBeUndefined();
  });
});

describe('saveTraceFields: two panels on one trace', () => {
  test('two writers on different fields both survive', async () => {
    // Both panels loaded the same record; each saves only its own field.
    await Promise.all([
      saveTraceFields(db, 'trace-1', [{ path: 'reflection.risk', value: 'Panel A risk', at: 10_000 }]),
      saveTraceFields(db, 'trace-1', [{ path: 'reflection.benefit', value: 'Panel B benefit', at: 10_001 }]),
      saveTraceFields(db, 'trace-1', [{ path: 'finalArtifact', value: 'Panel B artifact', at: 10_002 }]),
    ]);
    const stored = await db.traces.get('trace-1');
    expect(stored?.reflection.risk).toBe('Panel A risk');
    expect(stored?.reflection.benefit).toBe('Panel B benefit');
    expect(stored?.finalArtifact).toBe('Panel B artifact');
  });

  test('same field: the last write (by change time) wins, whatever order the saves land in', async () => {
    await saveTraceFields(db, 'trace-1', [{ path: 'title', value: 'Typed second', at: 20_002 }]);
    await saveTraceFields(db, 'trace-1', [{ path: 'title', value: 'Typed first, saved late', at: 20_001 }]);
    expect((await db.traces.get('trace-1'))?.title).toBe('Typed second');
  });

  test('a deleted trace is not recreated by a late save', async () => {
    await deleteTrace(db, 'trace-1');
    await expect(saveTraceFields(db, 'trace-1', [{ path: 'title', value: 'x', at: 1 }])).rejects.toBeInstanceOf(
      TraceGoneError,
    );
    expect(await db.traces.count()).toBe(0);
  });

  test('an invalid value is refused and nothing is written', async () => {
    await expect(
      saveTraceFields(db, 'trace-1', [{ path: 'status', value: 'published', at: 30_000 }]),
    ).rejects.toThrow();
    expect((await db.traces.get('trace-1'))?.status).toBe('draft');
  });
});

describe('delete and restore', () => {
  test('restoreTrace puts back exactly what deleteTrace removed', async () => {
    await saveTraceFields(db, 'trace-1', [{ path: 'finalArtifact', value: 'Kept text', at: 3_000 }]);
    const before = await db.traces.get('trace-1');
    const deleted = await deleteTrace(db, 'trace-1');
    expect(await db.traces.get('trace-1')).toBeUndefined();
    await restoreTrace(db, deleted!);
    expect(await db.traces.get('trace-1')).toEqual(before);
  });
});

describe('stampChange', () => {
  test('is strictly increasing even within one millisecond', () => {
    const stamps = Array.from({ length: 50 }, () => stampChange());
    for (let i = 1; i < stamps.length; i++) expect(stamps[i]!).toBeGreaterThan(stamps[i - 1]!);
  });
});

describe('UndoHistory', () => {
  test('typing in one field is one step; another field starts a new one', () => {
    const history = new UndoHistory(1500);
    history.record([{ path: 'reflection.risk', before: '', after: 'B' }], 1_000);
    history.record([{ path: 'reflection.risk', before: 'B', after: 'Bi' }], 1_200);
    history.record([{ path: 'reflection.risk', before: 'Bi', after: 'Bias' }], 1_400);
    history.record([{ path: 'title', before: 'T', after: 'Tx' }], 1_500);
    expect(history.pop()?.changes).toEqual([{ path: 'title', before: 'T', after: 'Tx' }]);
    expect(history.pop()?.changes).toEqual([{ path: 'reflection.risk', before: '', after: 'Bias' }]);
    expect(history.canUndo).toBe(false);
  });

  test('a pause starts a new step; marks never merge', () => {
    const history = new UndoHistory(1500);
    history.record([{ path: 'finalArtifact', before: '', after: 'one' }], 1_000);
    history.record([{ path: 'finalArtifact', before: 'one', after: 'one two' }], 5_000);
    history.record([{ path: 'marks.a1', before: undefined, after: { mark: 'accepted', note: '' } }], 5_100);
    history.record(
      [{ path: 'marks.a1', before: { mark: 'accepted', note: '' }, after: { mark: 'rejected', note: '' } }],
      5_200,
    );
    expect(history.pop()?.changes[0]?.after).toEqual({ mark: 'rejected', note: '' });
    expect(history.pop()?.changes[0]?.after).toEqual({ mark: 'accepted', note: '' });
    expect(history.pop()?.changes[0]).toMatchObject({ before: 'one', after: 'one two' });
  });
});

describe('createTraceAutosaver', () => {
  test('debounces keystrokes into one write within a second, then says saved', async () => {
    const states: AutosaveState[] = [];
    const saver = createTraceAutosaver(db, 'trace-1', {
      debounceMs: 50,
      maxWaitMs: 200,
      onStateChange: (s) => states.push(s),
    });
    const writes: number[] = [];
    db.traces.hook('updating', () => void writes.push(Date.now()));
    for (const text of ['L', 'Le', 'Les', 'Less', 'Lesson']) saver.set('finalArtifact', text);
    expect(saver.isPending('finalArtifact')).toBe(true);
    expect(saver.pendingValue('finalArtifact')).toEqual({ value: 'Lesson' });
    await new Promise((r) => setTimeout(r, 300));
    expect((await db.traces.get('trace-1'))?.finalArtifact).toBe('Lesson');
    expect(writes).toHaveLength(1);
    expect(saver.state).toBe('saved');
    expect(states).toEqual(['pending', 'saving', 'saved']);
    expect(saver.isPending('finalArtifact')).toBe(false);
  });

  test('continuous typing still saves by maxWait', async () => {
    const saver = createTraceAutosaver(db, 'trace-1', { debounceMs: 100, maxWaitMs: 150 });
    const started = Date.now();
    let text = '';
    while (Date.now() - started < 400) {
      text += 'a';
      saver.set('reflection.benefit', text);
      await new Promise((r) => setTimeout(r, 20));
      if ((await db.traces.get('trace-1'))?.reflection.benefit) break;
    }
    expect(Date.now() - started).toBeLessThan(400);
    await saver.dispose();
    expect((await db.traces.get('trace-1'))?.reflection.benefit).toBe(text);
  });

  test('flush writes immediately (closing the panel mid-sentence)', async () => {
    const saver = createTraceAutosaver(db, 'trace-1', { debounceMs: 10_000, maxWaitMs: 10_000 });
    saver.set('reflection.whatChanged', 'I cut the second half and');
    await saver.flush();
    expect((await db.traces.get('trace-1'))?.reflection.whatChanged).toBe('I cut the second half and');
  });

  test('two autosavers (two panels) editing different fields lose nothing', async () => {
    const a = createTraceAutosaver(db, 'trace-1', { debounceMs: 20 });
    const b = createTraceAutosaver(db, 'trace-1', { debounceMs: 20 });
    a.set('reflection.risk', 'A risk');
    b.set('reflection.safeguard', 'B safeguard');
    a.set('title', 'A title');
    b.set('marks.a1', { mark: 'revised', note: 'shortened' });
    await Promise.all([a.flush(), b.flush()]);
    const stored = await db.traces.get('trace-1');
    expect(stored).toMatchObject({
      title: 'A title',
      reflection: { risk: 'A risk', safeguard: 'B safeguard' },
      marks: { a1: { mark: 'revised', note: 'shortened' } },
    });
  });

  test('after the trace is deleted elsewhere, the saver stops instead of recreating it', async () => {
    const saver = createTraceAutosaver(db, 'trace-1', { debounceMs: 10 });
    await deleteTrace(db, 'trace-1');
    saver.set('title', 'ghost');
    await saver.flush();
    expect(saver.state).toBe('gone');
    expect(await db.traces.count()).toBe(0);
  });
});

describe('flushTraceEdits', () => {
  test('an export started while a change is queued sees it (Export PDF right after Mark ready)', async () => {
    const saver = createTraceAutosaver(db, 'trace-1', { debounceMs: 60_000, maxWaitMs: 60_000 });
    saver.set('status', 'ready');
    expect((await db.traces.get('trace-1'))!.status).toBe('draft');
    await flushTraceEdits('trace-1');
    expect((await db.traces.get('trace-1'))!.status).toBe('ready');
    await saver.dispose();
  });

  test('a disposed editor is no longer flushed; another trace is left alone', async () => {
    const saver = createTraceAutosaver(db, 'trace-1', { debounceMs: 60_000, maxWaitMs: 60_000 });
    await saver.dispose();
    const flush = vi.spyOn(saver, 'flush');
    await flushTraceEdits('trace-1');
    await flushTraceEdits('trace-2');
    expect(flush).not.toHaveBeenCalled();
  });
});
