import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { FirstViewSnapshot } from './first-view-snapshot';
import { panelRouteKey } from './panel-route-keys';

/** Where the side panel is: the library, one conversation, or one trace. */
export const PanelRoute = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('library') }),
  z.object({ kind: z.literal('conversation'), id: z.string() }),
  z.object({ kind: z.literal('trace'), id: z.string() }),
]);
export type PanelRoute = z.infer<typeof PanelRoute>;

/**
 * Why the background sent the panel somewhere, so the view can say so and put focus where the teacher
 * continues: after a capture, on the first AI output still to mark; after "Use as final artifact", on the artifact.
 */
export const PanelArrival = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('capture'),
    conversationId: z.string(),
    /** created: a new draft; draft: the conversation's existing draft; ready: its trace is ready or submitted and was left alone. */
    outcome: z.enum(['created', 'draft', 'ready', 'conversation']),
  }),
  z.object({ kind: z.literal('artifact') }),
]);
export type PanelArrival = z.infer<typeof PanelArrival>;

/**
 * The User Timing mark a panel adds when it has shown where the background sent it (the trace on screen, focus placed),
 * with the arrival's `at` as detail: the fastest-path e2e reads it in the real side panel, which Playwright can't watch.
 */
export const arrivalShownMark = 'showwork:arrival-shown';

/** How the panel got to the current view when the background sent it there; `at` tells arrivals apart. */
export interface Arrival {
  at: number;
  arrival: PanelArrival;
  /** The trace's first view as the background sent it, fresh (first-view-snapshot.ts): painted before the database answers. */
  firstView?: FirstViewSnapshot;
}

/**
 * A route as stored: `origin` says who wrote it. The panel writes its own place as the teacher moves
 * ('panel'); the background writes where a capture or a dropped artifact should be seen ('background'),
 * with `arrival`, and every panel of that window follows it.
 */
export const StoredPanelRoute = z.object({
  route: PanelRoute,
  origin: z.enum(['panel', 'background']),
  at: z.number(),
  arrival: z.optional(PanelArrival),
  /**
   * With a capture's trace route: what its first view shows, so a panel just opened need not wait for the database.
   * One that does not check is dropped, not the route with it: the panel then reads the trace from the database.
   */
  firstView: z.catch(z.optional(FirstViewSnapshot), undefined),
});
export type StoredPanelRoute = z.infer<typeof StoredPanelRoute>;

// In `storage.session`: kept while the browser runs (closing and reopening the panel, reloading it), gone when it
// closes, and out of content scripts' reach. The keys: panel-route-keys.ts.
export { panelRouteKey } from './panel-route-keys';

export async function readPanelRoute(key: `session:${string}`): Promise<StoredPanelRoute | null> {
  return checkStoredPanelRoute(await storage.getItem(key));
}

const checkedRoutes = new WeakMap<object, StoredPanelRoute | null>();

/**
 * A stored route read some other way (the side panel's early read), checked as readPanelRoute checks it. The same
 * value read once is checked once: a Capture-opened panel's start looks at the early read's values three times (the
 * first render's view, its place, then what the hook takes over), and with a capture's route comes its trace's first
 * view, up to 200 turns (first-view-snapshot.ts), checked whole each time.
 */
export function checkStoredPanelRoute(raw: unknown): StoredPanelRoute | null {
  const isObject = typeof raw === 'object' && raw !== null;
  if (isObject && checkedRoutes.has(raw)) return checkedRoutes.get(raw)!;
  const parsed = StoredPanelRoute.safeParse(raw);
  const checked = parsed.success ? parsed.data : null;
  if (isObject) checkedRoutes.set(raw, checked);
  return checked;
}

export async function writePanelRoute(key: `session:${string}`, value: StoredPanelRoute): Promise<void> {
  await storage.setItem(key, StoredPanelRoute.parse(value));
}

export function watchPanelRoute(key: `session:${string}`, onChange: (value: StoredPanelRoute | null) => void) {
  return storage.watch(key, (raw) => onChange(checkStoredPanelRoute(raw)));
}

/** Sends the side panel of `windowId` to `route` (after a capture or a dropped artifact). */
export async function sendPanelTo(
  windowId: number,
  route: PanelRoute,
  arrival: PanelArrival,
  firstView?: FirstViewSnapshot,
): Promise<void> {
  await writePanelRoute(panelRouteKey.window(windowId), {
    route,
    origin: 'background',
    at: Date.now(),
    arrival,
    ...(firstView && { firstView }),
  });
}
