import { afterEach, expect, test, vi } from 'vitest';
import { checkStoredPanelRoute, StoredPanelRoute } from '../../lib/panel/panel-route';

// A Capture-opened side panel looks at the early read's values several times as it starts (App's first view, the
// route hook's first place, what the hook takes over): each stored value, with its trace's first view, is checked once.
afterEach(() => vi.restoreAllMocks());

const captureRoute = () => ({
  route: { kind: 'trace', id: 't1' },
  origin: 'background',
  at: 1_000,
  arrival: { kind: 'capture', conversationId: 'c1', outcome: 'created' },
});

test('the same stored value is checked once and gives the same route each time', () => {
  const parse = vi.spyOn(StoredPanelRoute, 'safeParse');
  const raw = captureRoute();
  const first = checkStoredPanelRoute(raw);
  expect(first).toMatchObject({ route: { kind: 'trace', id: 't1' }, origin: 'background', at: 1_000 });
  expect(checkStoredPanelRoute(raw)).toBe(first);
  expect(checkStoredPanelRoute(raw)).toBe(first);
  expect(parse).toHaveBeenCalledTimes(1);
});

test('another value with the same content is checked on its own (a new write is a new value)', () => {
  const parse = vi.spyOn(StoredPanelRoute, 'safeParse');
  const a = checkStoredPanelRoute(captureRoute());
  const b = checkStoredPanelRoute(captureRoute());
  expect(b).toEqual(a);
  expect(b).not.toBe(a);
  expect(parse).toHaveBeenCalledTimes(2);
});

test('a value that does not check stays refused, and nothing stored is no route', () => {
  const parse = vi.spyOn(StoredPanelRoute, 'safeParse');
  const bad = { ...captureRoute(), route: { kind: 'elsewhere' } };
  expect(checkStoredPanelRoute(bad)).toBeNull();
  expect(checkStoredPanelRoute(bad)).toBeNull();
  expect(parse).toHaveBeenCalledTimes(1);
  expect(checkStoredPanelRoute(undefined)).toBeNull();
  expect(checkStoredPanelRoute(null)).toBeNull();
  expect(checkStoredPanelRoute('trace')).toBeNull();
});
