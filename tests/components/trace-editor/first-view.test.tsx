import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { TraceEditor } from '../../../components/trace-editor/TraceEditor';
import { getDatabase } from '../../../lib/db/schema';
import { arrivalShownMark } from '../../../lib/panel/panel-route';
import { findOrCreateDraftForConversation } from '../../../lib/trace/draft-for-conversation';
import { seedConversation } from '../../trace/trace-fixtures';

const db = getDatabase();

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  performance.clearMarks(arrivalShownMark);
});

test("a capture's draft is shown and usable in a first view (turns and marks, focus on the output to mark) before the sections below it", async () => {
  await seedConversation(db, 'c1', 'Volcano hook', [
    { role: 'user', text: 'Plan a volcano lesson hook.' },
    { role: 'assistant', text: 'Show a video of an eruption.' },
  ]);
  const { trace } = await findOrCreateDraftForConversation(db, 'c1', { fallbackTitle: 'Untitled', now: 10_000 });
  // What the page held when the arrival was marked shown: read in the same commit, before the next one.
  let atMark: { hasMarks: boolean; hasArtifact: boolean; focused: string } | undefined;
  const originalMark = performance.mark.bind(performance);
  performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
    if (name === arrivalShownMark && !atMark)
      atMark = {
        hasMarks: screen.queryByRole('group', { name: 'What did you do with AI output 1?' }) !== null,
        hasArtifact: screen.queryByRole('textbox', { name: 'Final artifact' }) !== null,
        focused:
          document.activeElement?.getAttribute('aria-label') ??
          document.activeElement?.closest('label')?.textContent ??
          '',
      };
    return originalMark(name, options);
  }) as typeof performance.mark;
  try {
    render(
      <TraceEditor
        traceId={trace.id}
        onBack={() => {}}
        arrival={{ at: 1, arrival: { kind: 'capture', conversationId: 'c1', outcome: 'created' } }}
      />,
    );
    await waitFor(() => expect(atMark).toBeDefined());
  } finally {
    performance.mark = originalMark;
  }
  expect(atMark).toEqual({ hasMarks: true, hasArtifact: false, focused: 'Accepted' });
  // It is the real editor: the mark can be chosen from the keyboard at once, and the rest follows by itself.
  await userEvent.setup().keyboard(' ');
  await waitFor(async () => expect((await db.traces.get(trace.id))?.marks['c1-t1']?.mark).toBe('accepted'));
  expect(await screen.findByRole('textbox', { name: 'Final artifact' })).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'Learning goal' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Mark ready' })).toBeInTheDocument();
});
