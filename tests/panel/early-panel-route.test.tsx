import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { usePanelRoute } from '../../entrypoints/sidepanel/use-panel-route';
import { startEarlyPanelRoute, takeEarlyPanelRoute, type EarlyRouteApis } from '../../lib/panel/early-panel-route';
import { getDatabase } from '../../lib/db/schema';
import { takeFirstViewSnapshot } from '../../lib/background/take-first-view-snapshot';
import { findOrCreateDraftForConversation } from '../../lib/trace/draft-for-conversation';
import { seedConversation } from '../trace/trace-fixtures';
import { panelRouteKey, readPanelRoute, writePanelRoute, type StoredPanelRoute } from '../../lib/panel/panel-route';

// The side panel's early read (entrypoints/panel-early-route.ts) and the route hook taking it over.
const windowId = 5;
const windowKey = panelRouteKey.window(windowId);
const capture = (id: string, at = Date.now()): StoredPanelRoute => ({
  route: { kind: 'trace', id },
  origin: 'background',
  at,
  arrival: { kind: 'capture', conversationId: 'c1', outcome: 'created' },
});

beforeEach(() => {
  fakeBrowser.reset();
  // The side panel: no tab of its own, one window.
  vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: windowId } as never);
  // No early script left from another test.
  takeEarlyPanelRoute()?.takeChanges(windowKey);
});

const startEarly = () => startEarlyPanelRoute(fakeBrowser as unknown as EarlyRouteApis);

test("the early read is in before the panel renders: the first render is the capture's trace, with its arrival", async () => {
  await writePanelRoute(windowKey, capture('t1'));
  startEarly();
  await takeEarlyPanelRoute()!.read;
  const { result } = renderHook(() => usePanelRoute());
  // No "Loading…" render first: the place is there in the first render.
  expect(result.current.route).toEqual({ kind: 'trace', id: 't1' });
  expect(result.current.arrival?.arrival).toEqual({ kind: 'capture', conversationId: 'c1', outcome: 'created' });
  // The panel writes it back as its own place (as when it follows a route), so a reload does not arrive again.
  await waitFor(async () => expect((await readPanelRoute(windowKey))?.origin).toBe('panel'));
});

test('a capture that lands after the early read, before the panel listens itself, is followed (heard early)', async () => {
  startEarly();
  await takeEarlyPanelRoute()!.read;
  // Written while the panel's modules load: only the early script is listening.
  await writePanelRoute(windowKey, capture('t2'));
  const { result } = renderHook(() => usePanelRoute());
  expect(result.current.route).toEqual({ kind: 'trace', id: 't2' });
});

test('after taking over, the hook follows later captures, and an old one heard early does not win', async () => {
  await writePanelRoute(windowKey, capture('old', 1_000));
  startEarly();
  await takeEarlyPanelRoute()!.read;
  await writePanelRoute(windowKey, capture('t3', 5_000));
  const { result } = renderHook(() => usePanelRoute());
  expect(result.current.route).toEqual({ kind: 'trace', id: 't3' });
  await act(() => writePanelRoute(windowKey, capture('t4', Date.now() + 10)));
  await waitFor(() => expect(result.current.route).toEqual({ kind: 'trace', id: 't4' }));
});

test('with no early script (a page without it), the place is read as before', async () => {
  await writePanelRoute(windowKey, capture('t5'));
  const { result } = renderHook(() => usePanelRoute());
  expect(result.current.route).toBeUndefined();
  await waitFor(() => expect(result.current.route).toEqual({ kind: 'trace', id: 't5' }));
});

test("a capture's first view travels with the arrival only while it is fresh", async () => {
  const db = getDatabase();
  await Promise.all(db.tables.map((table) => table.clear()));
  await seedConversation(db, 'c1', 'Volcano hook', [
    { role: 'user', text: 'Plan a hook.' },
    { role: 'assistant', text: 'Show a video.' },
  ]);
  const { trace } = await findOrCreateDraftForConversation(db, 'c1', { fallbackTitle: 'Untitled' });
  const firstView = (await takeFirstViewSnapshot(db, trace, 'c1'))!;
  const arrivalAt = async (at: number) => {
    await writePanelRoute(windowKey, { ...capture(trace.id, at), firstView });
    startEarly();
    await takeEarlyPanelRoute()!.read;
    const { result, unmount } = renderHook(() => usePanelRoute());
    unmount();
    return result.current.arrival;
  };
  expect((await arrivalAt(Date.now()))?.firstView).toEqual(firstView);
  // Opened long after the capture: the editor reads the trace as it is now.
  const late = await arrivalAt(Date.now() - 60_000);
  expect(late?.arrival.kind).toBe('capture');
  expect(late?.firstView).toBeUndefined();
});
