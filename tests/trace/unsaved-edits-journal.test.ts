import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ShowWorkDatabase } from '../../lib/db/schema';
import { insertTrace } from '../../lib/db/traces';
import { createTraceAutosaver } from '../../lib/trace/trace-autosave';
import { localStorageJournal, replayJournaledEdits } from '../../lib/trace/unsaved-edits-journal';
import { makeTrace } from './trace-fixtures';

let db: ShowWorkDatabase;
beforeEach(async () => {
  localStorage.clear();
  db = new ShowWorkDatabase(`journal-${Math.random()}`);
  await insertTrace(db, makeTrace());
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const neverOnItsOwn = { debounceMs: 60_000, maxWaitMs: 60_000 };
const storedRisk = async () => (await db.traces.get('trace-1'))?.reflection.risk;

describe('the journal of unsaved trace edits', () => {
  test('a panel killed before it saved: the next page saves the teacher’s last words', async () => {
    // The closing panel: every keystroke queued, none saved, no pagehide listener ever ran.
    const closing = createTraceAutosaver(db, 'trace-1', { ...neverOnItsOwn, journal: localStorageJournal() });
    for (const text of ['S', 'St', 'Students might copy the answ']) closing.set('reflection.risk', text);
    closing.set('marks.a1', { mark: 'accepted', note: '' });
    expect(await storedRisk()).toBe('');

    // The next page that opens, with its own journal over the same storage.
    await replayJournaledEdits(db, localStorageJournal());
    expect(await storedRisk()).toBe('Students might copy the answ');
    expect((await db.traces.get('trace-1'))?.marks.a1).toEqual({ mark: 'accepted', note: '' });
    expect(localStorageJournal().read().size).toBe(0);
  });

  test('a saved change is forgotten; a newer one to the same field stays journaled until it is saved', async () => {
    const journal = localStorageJournal();
    journal.record('trace-1', { path: 'reflection.risk', value: 'First words', at: 6_000 });
    // The save of an older change to the field (another panel's, or this one's before the teacher typed on).
    journal.forget('trace-1', [{ path: 'reflection.risk', value: 'First', at: 5_000 }]);
    expect(journal.read('trace-1').get('trace-1')).toEqual([
      { path: 'reflection.risk', value: 'First words', at: 6_000 },
    ]);
    journal.forget('trace-1', [{ path: 'reflection.risk', value: 'First words', at: 6_000 }]);
    expect(journal.read().size).toBe(0);

    const saver = createTraceAutosaver(db, 'trace-1', { ...neverOnItsOwn, journal });
    saver.set('reflection.risk', 'Typed');
    expect(journal.read().size).toBe(1);
    await saver.flush();
    expect(journal.read().size).toBe(0);
    await saver.dispose();
  });

  test('replaying never puts an older journaled value over a newer saved one', async () => {
    const journal = localStorageJournal();
    journal.record('trace-1', { path: 'reflection.risk', value: 'Old words', at: 5_000 });
    const saver = createTraceAutosaver(db, 'trace-1', { journal });
    saver.set('reflection.risk', 'Newer words');
    await saver.flush();
    await replayJournaledEdits(db, journal);
    expect(await storedRisk()).toBe('Newer words');
    expect(journal.read().size).toBe(0);
    await saver.dispose();
  });

  test('edits of a trace deleted meanwhile, and values the trace refuses, are dropped, not retried forever', async () => {
    const journal = localStorageJournal();
    journal.record('gone-trace', { path: 'reflection.risk', value: 'x', at: 5_000 });
    journal.record('trace-1', { path: 'status', value: 'published', at: 5_000 });
    await replayJournaledEdits(db, journal);
    expect(journal.read().size).toBe(0);
    expect((await db.traces.get('trace-1'))?.status).toBe('draft');
  });

  test('a database that cannot be written keeps the journal for the next page', async () => {
    const journal = localStorageJournal();
    journal.record('trace-1', { path: 'reflection.risk', value: 'Kept', at: 5_000 });
    db.close();
    await replayJournaledEdits(db, journal);
    expect(journal.read().get('trace-1')?.[0]?.value).toBe('Kept');
    await db.open();
    await replayJournaledEdits(db, journal);
    expect(await storedRisk()).toBe('Kept');
  });

  test('entries another program or version left malformed are ignored', () => {
    localStorage.setItem('showwork:unsaved-edit:trace-1 owner', '5000\n{"value":"x"}');
    localStorage.setItem('showwork:unsaved-edit:trace-1 reflection.risk', 'not a time\n{}');
    localStorage.setItem('showwork:unsaved-edit:trace-1 reflection.benefit', '5000\n{not json');
    localStorage.setItem('unrelated', 'x');
    expect(localStorageJournal().read().size).toBe(0);
  });

  test('a full or missing storage only loses the journal, never the autosave', async () => {
    const full = {
      ...localStorage,
      length: 0,
      key: () => null,
      getItem: () => null,
      removeItem: () => undefined,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    for (const journal of [localStorageJournal(full), localStorageJournal(undefined)]) {
      const saver = createTraceAutosaver(db, 'trace-1', { journal });
      saver.set('reflection.risk', 'Saved anyway');
      await saver.dispose();
      expect(await storedRisk()).toBe('Saved anyway');
    }
  });
});
