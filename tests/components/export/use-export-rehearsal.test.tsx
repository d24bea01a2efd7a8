import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { TraceEditor } from '../../../components/trace-editor/TraceEditor';
import { rehearsalIdleTimeoutMs, useExportRehearsal } from '../../../components/export/use-export-rehearsal';
import { getDatabase } from '../../../lib/db/schema';
import { sharedExportWorker } from '../../../lib/panel/export-worker-client';
import { findOrCreateDraftForConversation } from '../../../lib/trace/draft-for-conversation';
import { seedConversation } from '../../trace/trace-fixtures';

/** Holds the editor's read of the trace's conversations until a test lets it through (open by default). */
const sourcesGate = vi.hoisted(() => ({ opened: Promise.resolve(), open: () => {} }));
vi.mock('../../../lib/db/traces', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../lib/db/traces')>();
  return {
    ...original,
    loadTraceSources: async (...args: Parameters<typeof original.loadTraceSources>) => {
      await sourcesGate.opened;
      return original.loadTraceSources(...args);
    },
  };
});

const db = getDatabase();

/** The idle callbacks asked for, run only when the test says the main thread went idle. */
let idleCallbacks: { callback: IdleRequestCallback; timeout: number | undefined }[] = [];
let frames: FrameRequestCallback[] = [];

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  idleCallbacks = [];
  frames = [];
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback, options?: IdleRequestOptions) => {
    idleCallbacks.push({ callback, timeout: options?.timeout });
    return idleCallbacks.length;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => {
    const entry = idleCallbacks[id - 1];
    if (entry) entry.callback = () => {};
  });
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => {}));
});
afterEach(() => {
  cleanup(); // before the stubs go: unmounting cancels what the editor asked for
  vi.unstubAllGlobals();
});

const nextFrame = () =>
  act(() => {
    const due = frames;
    frames = [];
    for (const callback of due) callback(performance.now());
  });
const goIdle = () =>
  act(() => {
    const due = idleCallbacks;
    idleCallbacks = [];
    for (const { callback } of due) callback({ didTimeout: false, timeRemaining: () => 50 });
  });

function Probe({ isShown }: { isShown: boolean }) {
  useExportRehearsal(isShown);
  return null;
}

test('the workers are asked to rehearse once the editor has painted and the panel is idle, not before', async () => {
  const rehearse = vi.spyOn(sharedExportWorker(), 'rehearse');
  const { rerender } = render(<Probe isShown={false} />);
  await nextFrame();
  expect(idleCallbacks).toHaveLength(0);

  rerender(<Probe isShown />);
  // The frame the editor was committed in is painted first; only then is an idle period asked for.
  expect(idleCallbacks).toHaveLength(0);
  await nextFrame();
  expect(idleCallbacks).toHaveLength(1);
  expect(idleCallbacks[0]!.timeout).toBe(rehearsalIdleTimeoutMs);
  expect(rehearse).not.toHaveBeenCalled();
  await goIdle();
  expect(rehearse).toHaveBeenCalledTimes(1);
});

test('an editor closed before the panel went idle asks nothing', async () => {
  const rehearse = vi.spyOn(sharedExportWorker(), 'rehearse');
  const { unmount } = render(<Probe isShown />);
  await nextFrame();
  unmount();
  await goIdle();
  expect(rehearse).not.toHaveBeenCalled();
});

test("the trace editor asks only once its turns and marks are in the page, not while it shows 'Loading…'", async () => {
  const rehearse = vi.spyOn(sharedExportWorker(), 'rehearse');
  await seedConversation(db, 'c1', 'Volcano hook', [
    { role: 'user', text: 'Plan a volcano lesson hook.' },
    { role: 'assistant', text: 'Show a video of an eruption.' },
  ]);
  const { trace } = await findOrCreateDraftForConversation(db, 'c1', { fallbackTitle: 'Untitled', now: 10_000 });
  // The trace record is read, its conversations not yet: the editor shows its toolbar and 'Loading…'.
  sourcesGate.opened = new Promise((resolve) => (sourcesGate.open = resolve));
  render(
    <TraceEditor
      traceId={trace.id}
      onBack={() => {}}
      arrival={{ at: 1, arrival: { kind: 'capture', conversationId: 'c1', outcome: 'created' } }}
    />,
  );
  await screen.findByRole('button', { name: 'Undo' });
  expect(screen.getByText('Loading…')).toBeInTheDocument();
  await nextFrame();
  await goIdle();
  await nextFrame();
  await goIdle();
  expect(rehearse).not.toHaveBeenCalled();

  sourcesGate.open();
  await screen.findByRole('group', { name: 'What did you do with AI output 1?' });
  await nextFrame();
  await goIdle();
  expect(rehearse).toHaveBeenCalledTimes(1);
});
