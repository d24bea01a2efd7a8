import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { captureStatusItem } from '@/lib/capture/capture-status';
import {
  checkStoredPanelRoute,
  readPanelRoute,
  watchPanelRoute,
  writePanelRoute,
  type Arrival,
  type PanelRoute,
  type StoredPanelRoute,
} from '@/lib/panel/panel-route';
import { maxSnapshotAgeMs } from '@/lib/panel/first-view-snapshot';
import { takeEarlyPanelRoute, type EarlyPanelRoute } from '@/lib/panel/early-panel-route';
import { resolvePanelRouteKeys, type PanelRouteKeys } from '@/lib/panel/panel-route-keys';

export interface PanelRouteState {
  /** undefined while the stored place is read (a few milliseconds), so the library never flashes first. */
  route: PanelRoute | undefined;
  arrival: Arrival | undefined;
  navigate(route: PanelRoute): void;
}

/**
 * The panel's place, kept in storage.session so closing and reopening (or reloading) the panel returns to the
 * conversation or trace that was open. The side panel keeps one place per window; sidepanel.html opened as a
 * tab keeps its own. Both follow where the background sends their window's panel (after a capture, after
 * "Use as final artifact").
 */
export function usePanelRoute(): PanelRouteState {
  // The place as the early script has it, when its read is in by the first render (main.tsx waits a little for it):
  // the first render is then the view itself, not "Loading…" and a second render once the place is read.
  const [initial] = useState(placeFromSettledEarlyRead);
  const [route, setRoute] = useState<PanelRoute | undefined>(initial?.route);
  const [arrival, setArrival] = useState<Arrival | undefined>(initial?.landed && arrivalOf(initial.landed));
  const keysRef = useRef<PanelRouteKeys | undefined>(undefined);
  const appliedAtRef = useRef(initial?.landed?.at ?? 0);

  const remember = useCallback((next: PanelRoute) => {
    const keys = keysRef.current;
    if (keys) void writePanelRoute(keys.own, { route: next, origin: 'panel', at: Date.now() }).catch(() => {});
  }, []);

  useEffect(() => {
    let alive = true;
    let unwatch: (() => void) | undefined;
    const follow = (value: StoredPanelRoute | null) => {
      if (!value || value.origin !== 'background' || value.at <= appliedAtRef.current) return;
      appliedAtRef.current = value.at;
      setRoute(value.route);
      setArrival(arrivalOf(value));
      remember(value.route);
    };
    // Watch before reading, so a capture landing in between is not missed (`at` applies each once); what the early
    // script heard before this watch started is taken in the same step, so nothing falls between the two.
    const watch = (keys: PanelRouteKeys, early: EarlyPanelRoute | undefined) => {
      keysRef.current = keys;
      if (keys.window) unwatch = watchPanelRoute(keys.window, follow);
      return early && keys.window ? early.takeChanges(keys.window).map(checkStoredPanelRoute) : [];
    };
    if (initial) {
      const heard = watch(initial.keys, initial.early);
      // The side panel's own place, written back as the panel's (as follow does), now that its keys are known.
      if (initial.landed) remember(initial.landed.route);
      for (const value of heard) follow(value);
      return () => unwatch?.();
    }
    void (async () => {
      // Read by the early script while the panel's modules loaded (lib/panel/early-panel-route.ts), when it ran.
      const early = takeEarlyPanelRoute();
      const start = early ? await early.read : { keys: await resolveKeys(), stored: undefined };
      if (!alive) return;
      const heard = watch(start.keys, early);
      const stored = early
        ? checkStoredPanelRoute(start.stored)
        : await readPanelRoute(start.keys.own).catch(() => null);
      if (!alive) return;
      performance.mark('showwork:panel-route-read');
      setRoute((current) => current ?? stored?.route ?? { kind: 'library' });
      // The side panel's own place is its window's: a capture made while it was closed is shown on opening.
      if (start.keys.own === start.keys.window) follow(stored);
      for (const value of heard) follow(value);
    })();
    return () => {
      alive = false;
      unwatch?.();
    };
  }, [initial, remember]);

  // A capture the teacher asked for that failed (page not readable, site not allowed, tab to reload) is explained
  // in the library's status line: go there from wherever the panel is, or the teacher would see nothing happen.
  useEffect(() => {
    const openedAt = Date.now();
    return captureStatusItem.watch((status) => {
      if (status && !status.ok && status.at >= openedAt) {
        setRoute({ kind: 'library' });
        setArrival(undefined);
        remember({ kind: 'library' });
      }
    });
  }, [remember]);

  const navigate = useCallback(
    (next: PanelRoute) => {
      setRoute(next);
      setArrival(undefined);
      remember(next);
    },
    [remember],
  );

  return { route, arrival, navigate };
}

function resolveKeys(): Promise<PanelRouteKeys> {
  return resolvePanelRouteKeys(browser);
}

/**
 * The trace's first view sent with the route (first-view-snapshot.ts), when it is the route's trace and was just
 * taken: a panel opened long after the capture reads the trace as it is now instead of showing an old view first.
 */
function freshFirstView(value: StoredPanelRoute): Pick<Arrival, 'firstView'> {
  const { firstView, route, at } = value;
  const isFresh = Math.abs(Date.now() - at) < maxSnapshotAgeMs;
  return firstView && isFresh && route.kind === 'trace' && firstView.trace.id === route.id ? { firstView } : {};
}

function arrivalOf(value: StoredPanelRoute): Arrival | undefined {
  return value.arrival ? { at: value.at, arrival: value.arrival, ...freshFirstView(value) } : undefined;
}

interface InitialPlace {
  early: EarlyPanelRoute;
  keys: PanelRouteKeys;
  route: PanelRoute;
  /** The latest place the background sent this panel's window to, which the panel shows and follows. */
  landed: StoredPanelRoute | undefined;
}

/** The panel's place from the early read, if it is in: the stored place, or where a capture sent it since. */
function placeFromSettledEarlyRead(): InitialPlace | undefined {
  const early = takeEarlyPanelRoute();
  if (!early?.settled) return undefined;
  const { keys } = early.settled;
  const stored = checkStoredPanelRoute(early.settled.stored);
  const sent = [
    ...(keys.own === keys.window ? [stored] : []),
    ...(keys.window ? early.changesOf(keys.window).map(checkStoredPanelRoute) : []),
  ].filter((value) => value?.origin === 'background');
  const landed = sent.reduce<StoredPanelRoute | undefined>(
    (latest, value) => (value && (!latest || value.at > latest.at) ? value : latest),
    undefined,
  );
  performance.mark('showwork:panel-route-read');
  return { early, keys, route: landed?.route ?? stored?.route ?? { kind: 'library' }, landed };
}
