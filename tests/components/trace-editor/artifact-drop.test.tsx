import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { TraceEditor } from '../../../components/trace-editor/TraceEditor';
import { artifactDropItem } from '../../../lib/artifact/artifact-drop';
import { getDatabase } from '../../../lib/db/schema';
import { findOrCreateDraftForConversation } from '../../../lib/trace/draft-for-conversation';
import { saveTraceFields } from '../../../lib/trace/trace-updates';
import { seedConversation } from '../../trace/trace-fixtures';

const db = getDatabase();
const source = { title: 'Fractions warm-up — Docs', url: 'https://docs.example.org/d/1', capturedAt: 50_000 };

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await artifactDropItem.setValue(null);
});

/** A draft whose artifact the background has just set from a page, as useSelectionAsArtifact does. */
async function droppedDraft(previous: string) {
  await seedConversation(db, 'c1', 'Fractions', [
    { role: 'user', text: 'Plan a warm-up.' },
    { role: 'assistant', text: 'Compare halves and thirds.' },
  ]);
  const { trace } = await findOrCreateDraftForConversation(db, 'c1', { fallbackTitle: 'Untitled' });
  await saveTraceFields(db, trace.id, [{ path: 'finalArtifact', value: previous, at: 10 }]);
  await saveTraceFields(db, trace.id, [
    { path: 'finalArtifact', value: 'Warm-up\n\n- compare 1/2 and 1/3', at: 20 },
    { path: 'artifactSource', value: source, at: 20 },
  ]);
  await artifactDropItem.setValue({
    traceId: trace.id,
    traceTitle: 'Fractions',
    source,
    previous: { finalArtifact: previous, artifactSource: null },
    at: 20,
  });
  return trace.id;
}

test('the editor names where the artifact came from and offers Undo, which puts the previous one back', async () => {
  const id = await droppedDraft('My own first version');
  render(<TraceEditor traceId={id} onBack={() => {}} arrival={{ at: 20, arrival: { kind: 'artifact' } }} />);
  const artifact = await screen.findByRole('textbox', { name: 'Final artifact' });
  expect(artifact).toHaveValue('Warm-up\n\n- compare 1/2 and 1/3');
  await waitFor(() => expect(document.activeElement).toBe(artifact));
  expect(await screen.findByRole('link', { name: 'Fractions warm-up — Docs' })).toHaveAttribute('href', source.url);
  // The notice reads the drop from extension storage: it may show a moment after the field.
  const notice = (await screen.findByText('Final artifact set in “Fractions” from “Fractions warm-up — Docs”.'))
    .parentElement!;
  expect(notice).toBeVisible();

  await userEvent.setup().click(within(notice).getByRole('button', { name: 'Undo' }));
  await waitFor(async () => expect((await db.traces.get(id))!.finalArtifact).toBe('My own first version'));
  expect((await db.traces.get(id))!.artifactSource).toBeNull();
  expect(await screen.findByText('The previous final artifact is back.')).toBeVisible();
  expect(screen.queryByRole('link', { name: 'Fractions warm-up — Docs' })).toBeNull();
});

test('"Forget where it came from" keeps the artifact and drops its source', async () => {
  const id = await droppedDraft('');
  render(<TraceEditor traceId={id} onBack={() => {}} />);
  await userEvent.setup().click(await screen.findByRole('button', { name: 'Forget where it came from' }));
  await waitFor(async () => expect((await db.traces.get(id))!.artifactSource).toBeNull());
  expect((await db.traces.get(id))!.finalArtifact).toBe('Warm-up\n\n- compare 1/2 and 1/3');
});
