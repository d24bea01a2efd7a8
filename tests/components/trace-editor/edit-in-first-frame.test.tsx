import { render, waitFor } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { beforeEach, expect, test } from 'vitest';
import { useTraceEditor } from '../../../components/trace-editor/use-trace-editor';
import { getDatabase } from '../../../lib/db/schema';
import { takeFirstViewSnapshot } from '../../../lib/background/take-first-view-snapshot';
import type { Trace } from '../../../lib/model/trace';
import { findOrCreateDraftForConversation } from '../../../lib/trace/draft-for-conversation';
import { seedConversation } from '../../trace/trace-fixtures';

const db = getDatabase();

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

/**
 * The editor moves focus to the first mark in a layout effect, in the frame the trace first paints; a keyboard user's
 * Space can arrive before that frame's passive effects run (seen in CI, 2026-12-02: the mark was lost and Mark ready
 * refused). This component edits at the same moment: in a layout effect declared after the editor hook.
 */
function MarksInTheFirstFrame({ firstView, turnId }: { firstView: Trace; turnId: string }) {
  // A capture's route carries the trace, so it shows in the very first commit (first-view-snapshot.ts).
  const editor = useTraceEditor(firstView.id, firstView);
  const isLoaded = Boolean(editor.trace);
  useLayoutEffect(() => {
    if (isLoaded) editor.setField(`marks.${turnId}`, { mark: 'accepted', note: '' });
    // Once, when the trace first shows.
  }, [isLoaded]);
  return <p>{editor.trace ? JSON.stringify(editor.trace.marks) : 'Loading'}</p>;
}

test('an edit made in the frame the trace first paints, before passive effects run, is shown and saved', async () => {
  await seedConversation(db, 'c1', 'Leaf lesson', [
    { role: 'user', text: 'Plan a leaf lesson.' },
    { role: 'assistant', text: 'Draw the leaf and label it.' },
  ]);
  const { trace } = await findOrCreateDraftForConversation(db, 'c1', { fallbackTitle: 'Untitled', now: 10_000 });
  const snapshot = await takeFirstViewSnapshot(db, trace, 'c1');
  const output = trace.items.at(-1)!;
  const view = render(<MarksInTheFirstFrame firstView={snapshot!.trace} turnId={output.turnId} />);
  await waitFor(() => expect(view.container.textContent).toContain('accepted'));
  await waitFor(async () => expect((await db.traces.get(trace.id))?.marks[output.turnId]?.mark).toBe('accepted'), {
    timeout: 5_000,
  });
});
