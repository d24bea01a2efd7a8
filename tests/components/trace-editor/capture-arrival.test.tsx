import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { TraceEditor } from '../../../components/trace-editor/TraceEditor';
import { getDatabase } from '../../../lib/db/schema';
import { findOrCreateDraftForConversation } from '../../../lib/trace/draft-for-conversation';
import { seedConversation } from '../../trace/trace-fixtures';

const db = getDatabase();
const conversation = [
  { role: 'user' as const, text: 'Plan a volcano lesson hook.' },
  { role: 'assistant' as const, text: 'Show a video of an eruption.' },
  { role: 'user' as const, text: 'Something hands-on?' },
  { role: 'assistant' as const, text: 'Baking soda and vinegar model.' },
];
const captureArrival = (outcome: 'created' | 'draft' | 'ready', at = 1) => ({
  at,
  arrival: { kind: 'capture' as const, conversationId: 'c1', outcome },
});

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

async function draftOf(turns = conversation) {
  await seedConversation(db, 'c1', 'Volcano hook', turns);
  const outcome = await findOrCreateDraftForConversation(db, 'c1', { fallbackTitle: 'Untitled', now: 10_000 });
  return outcome.trace;
}

describe('arriving from a capture', () => {
  test('focus is on the first AI output still to mark (its first radio: arrow keys then choose)', async () => {
    const trace = await draftOf();
    await db.traces.update(trace.id, { marks: { 'c1-t1': { mark: 'accepted', note: '' } } });
    render(<TraceEditor traceId={trace.id} onBack={() => {}} arrival={captureArrival('created')} />);
    const second = await screen.findByRole('group', { name: 'What did you do with AI output 2?' });
    await waitFor(() => expect(second).toContainElement(document.activeElement as HTMLElement));
    expect(document.activeElement).toHaveAccessibleName('Accepted');
  });

  test('without an arrival (opened from the library) focus is left alone', async () => {
    const trace = await draftOf();
    render(<TraceEditor traceId={trace.id} onBack={() => {}} />);
    await screen.findByRole('group', { name: 'What did you do with AI output 1?' });
    expect(document.activeElement).toBe(document.body);
  });

  test('new turns of a later capture are offered, not added; one click adds them and focus goes to the new output', async () => {
    const trace = await draftOf(conversation.slice(0, 2));
    // The conversation went on: two more turns captured after the draft was made.
    await db.turns.bulkAdd(
      conversation.slice(2).map((turn, i) => ({
        id: `c1-t${i + 2}`,
        conversationId: 'c1',
        ordinal: i + 2,
        role: turn.role,
        text: turn.text,
        markdown: turn.text,
        contentHash: `h${i + 2}`,
        capturedAt: 20_000,
        updatedAt: 20_000,
        previousVersions: [],
      })),
    );
    render(<TraceEditor traceId={trace.id} onBack={() => {}} arrival={captureArrival('draft')} />);
    const add = await screen.findByRole('button', { name: 'Add the 2 new turns' });
    expect(
      screen.getByText(/2 new turns were captured since you chose this trace's turns \(1 of them AI outputs\)/),
    ).toBeVisible();
    await waitFor(() => expect(document.activeElement).toBe(add));
    expect((await db.traces.get(trace.id))!.items).toHaveLength(2);

    const user = userEvent.setup();
    await user.click(add);
    await waitFor(async () =>
      expect((await db.traces.get(trace.id))!.items.map((i) => i.turnId)).toEqual(['c1-t0', 'c1-t1', 'c1-t2', 'c1-t3']),
    );
    const group = await screen.findByRole('group', { name: 'What did you do with AI output 2?' });
    await waitFor(() => expect(group).toContainElement(document.activeElement as HTMLElement));
    expect(screen.queryByRole('button', { name: 'Add the 2 new turns' })).toBeNull();
  });

  test('"Not now" hides the offer and changes nothing', async () => {
    const trace = await draftOf(conversation.slice(0, 2));
    await db.turns.add({
      id: 'c1-t2',
      conversationId: 'c1',
      ordinal: 2,
      role: 'user',
      text: 'More?',
      markdown: 'More?',
      contentHash: 'h2',
      capturedAt: 20_000,
      updatedAt: 20_000,
      previousVersions: [],
    });
    render(<TraceEditor traceId={trace.id} onBack={() => {}} arrival={captureArrival('draft')} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('button', { name: 'Add the 1 new turns' })).toBeNull();
    expect((await db.traces.get(trace.id))!.items).toHaveLength(2);
  });

  test('a turn the teacher unticked after it arrived is never offered', async () => {
    const trace = await draftOf();
    const user = userEvent.setup();
    render(<TraceEditor traceId={trace.id} onBack={() => {}} />);
    await user.click(await screen.findByRole('checkbox', { name: 'Include turn 4 (AI output 2)' }));
    await waitFor(async () => expect((await db.traces.get(trace.id))!.items).toHaveLength(3));
    expect(screen.queryByRole('button', { name: /new turns/ })).toBeNull();
  });

  test('a ready trace shows that the capture left it alone, with a new draft one click away', async () => {
    const trace = await draftOf();
    await db.traces.update(trace.id, { status: 'ready' });
    const onOpenTrace = vi.fn();
    render(
      <TraceEditor traceId={trace.id} onBack={() => {}} arrival={captureArrival('ready')} onOpenTrace={onOpenTrace} />,
    );
    const start = await screen.findByRole('button', { name: 'Start a new draft from this conversation' });
    await waitFor(() => expect(document.activeElement).toBe(start));
    await userEvent.setup().click(start);
    await waitFor(() => expect(onOpenTrace).toHaveBeenCalledOnce());
    const created = await db.traces.get(onOpenTrace.mock.calls[0]![0] as string);
    expect(created).toMatchObject({ status: 'draft', title: 'Volcano hook' });
    expect((await db.traces.get(trace.id))!.status).toBe('ready');
  });
});
