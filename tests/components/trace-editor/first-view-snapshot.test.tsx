import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Dexie from 'dexie';
import { beforeEach, expect, test } from 'vitest';
import { TraceEditor } from '../../../components/trace-editor/TraceEditor';
import { getDatabase } from '../../../lib/db/schema';
import { takeFirstViewSnapshot } from '../../../lib/background/take-first-view-snapshot';
import { arrivalShownMark, type Arrival } from '../../../lib/panel/panel-route';
import { findOrCreateDraftForConversation } from '../../../lib/trace/draft-for-conversation';
import { seedConversation } from '../../trace/trace-fixtures';

const db = getDatabase();

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  performance.clearMarks(arrivalShownMark);
});

async function capturedDraft() {
  await seedConversation(db, 'c1', 'Volcano hook', [
    { role: 'user', text: 'Plan a volcano lesson hook.' },
    { role: 'assistant', text: 'Show a video of an eruption.' },
  ]);
  const { trace } = await findOrCreateDraftForConversation(db, 'c1', { fallbackTitle: 'Untitled', now: 10_000 });
  return trace;
}

/**
 * Keeps the database from answering: a read-write transaction over the editor's tables, held open (Dexie.waitFor)
 * until `release` is called. The editor's live queries and its saves wait behind it, as they wait for a side
 * panel's first connection to open.
 */
function holdTheDatabase() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let isHeld!: () => void;
  const held = new Promise<void>((resolve) => (isHeld = resolve));
  const done = db.transaction('rw', [db.traces, db.conversations, db.turns], async () => {
    await db.traces.count();
    isHeld();
    await Dexie.waitFor(released, 10_000);
  });
  return { held, release: async () => (release(), await done) };
}

test("a capture's snapshot paints the working first view before the database answers, and a mark made then is saved", async () => {
  const trace = await capturedDraft();
  const snapshot = await takeFirstViewSnapshot(db, trace, 'c1');
  expect(snapshot).toBeDefined();
  const arrival: Arrival = {
    at: 1,
    arrival: { kind: 'capture', conversationId: 'c1', outcome: 'created' },
    firstView: snapshot!,
  };
  const database = holdTheDatabase();
  await database.held;
  render(<TraceEditor traceId={trace.id} onBack={() => {}} arrival={arrival} />);
  // Shown from the snapshot while every read waits: title, the turns, the mark with focus on it, the arrival's mark.
  expect(screen.getByRole('heading', { level: 1, name: 'Volcano hook' })).toBeInTheDocument();
  expect(screen.getByRole('checkbox', { name: 'Include turn 2 (AI output 1)' })).toBeChecked();
  expect(document.activeElement).toHaveAccessibleName('Accepted');
  expect(performance.getEntriesByName(arrivalShownMark)).toHaveLength(1);

  // The teacher marks the output before the database has answered.
  act(() => fireEvent.click(screen.getByRole('radio', { name: 'Rejected' })));
  expect(screen.getByRole('radio', { name: 'Rejected' })).toBeChecked();
  expect((await db.traces.get(trace.id))?.marks).toEqual({}); // still held: the read waited with it
  await database.release();

  await waitFor(async () => expect((await db.traces.get(trace.id))?.marks['c1-t1']?.mark).toBe('rejected'));
  // The database's answer took over without losing the mark or moving focus, and the rest of the editor followed.
  expect(screen.getByRole('radio', { name: 'Rejected' })).toBeChecked();
  expect(await screen.findByRole('textbox', { name: 'Final artifact' })).toBeInTheDocument();
  expect(performance.getEntriesByName(arrivalShownMark)).toHaveLength(1);
});

test('a snapshot of another trace is not shown: the editor waits for the database', async () => {
  const trace = await capturedDraft();
  const snapshot = (await takeFirstViewSnapshot(db, trace, 'c1'))!;
  const other = { ...snapshot, trace: { ...snapshot.trace, id: 'another', title: 'Another trace' } };
  const database = holdTheDatabase();
  await database.held;
  render(
    <TraceEditor
      traceId={trace.id}
      onBack={() => {}}
      arrival={{ at: 1, arrival: { kind: 'capture', conversationId: 'c1', outcome: 'created' }, firstView: other }}
    />,
  );
  expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
  expect(screen.getByText('Loading…')).toBeInTheDocument();
  await database.release();
  expect(await screen.findByRole('heading', { level: 1, name: 'Volcano hook' })).toBeInTheDocument();
});
