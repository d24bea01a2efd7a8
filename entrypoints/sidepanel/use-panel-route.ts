import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { captureStatusItem } from '@/lib/capture/capture-status';
import {
  panelRouteKey,
  readPanelRoute,
  watchPanelRoute,
  writePanelRoute,
  type Arrival,
  type PanelRoute,
  type StoredPanelRoute,
} from '@/lib/panel/panel-route';
import { maxSnapshotAgeMs } from '@/lib/panel/first-view-snapshot';

export interface PanelRouteState {
  /** undefined while the stored place is read (a few milliseconds), so the library never flashes first. */
  route: PanelRoute | undefined;
  arrival: Arrival | undefined;
  navigate(route: PanelRoute): void;
}

interface Keys {
  own: `session:${string}`;
  window: `session:${string}` | undefined;
}

/**
 * The panel's place, kept in storage.session so closing and reopening (or reloading) the panel returns to the
 * conversation or trace that was open. The side panel keeps one place per window; sidepanel.html opened as a
 * tab keeps its own. Both follow where the background sends their window's panel (after a capture, after
 * "Use as final artifact").
 */
export function usePanelRoute(): PanelRouteState {
  const [route, setRoute] = useState<PanelRoute>();
  const [arrival, setArrival] = useState<Arrival>();
  const keysRef = useRef<Keys | undefined>(undefined);
  const appliedAtRef = useRef(0);

  const remember = useCallback((next: PanelRoute) => {
    const keys = keysRef.current;
    if (keys) void writePanelRoute(keys.own, { route: next, origin: 'panel', at: Date.now() }).catch(() => {});
  }, []);

  useEffect(() => {
    let alive = true;
    let unwatch: (() => void) | undefined;
    void (async () => {
      const keys = await resolveKeys();
      if (!alive) return;
      keysRef.current = keys;
      const follow = (value: StoredPanelRoute | null) => {
        if (!value || value.origin !== 'background' || value.at <= appliedAtRef.current) return;
        appliedAtRef.current = value.at;
        setRoute(value.route);
        setArrival(value.arrival ? { at: value.at, arrival: value.arrival, ...freshFirstView(value) } : undefined);
        remember(value.route);
      };
      // Watch before reading, so a capture landing in between is not missed (`at` applies each once).
      if (keys.window) unwatch = watchPanelRoute(keys.window, follow);
      const stored = await readPanelRoute(keys.own).catch(() => null);
      if (!alive) return;
      performance.mark('showwork:panel-route-read');
      setRoute((current) => current ?? stored?.route ?? { kind: 'library' });
      // The side panel's own place is its window's: a capture made while it was closed is shown on opening.
      if (keys.own === keys.window) follow(stored);
    })();
    return () => {
      alive = false;
      unwatch?.();
    };
  }, [remember]);

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

async function resolveKeys(): Promise<Keys> {
  const [tab, windowId] = await Promise.all([
    browser.tabs?.getCurrent?.().catch(() => undefined),
    browser.windows
      ?.getCurrent?.()
      .then((w) => w.id)
      .catch(() => undefined),
  ]);
  const windowKey = windowId === undefined ? undefined : panelRouteKey.window(windowId);
  if (tab?.id !== undefined) return { own: panelRouteKey.tab(tab.id), window: windowKey };
  // No window known (should not happen): a place shared by every panel is still better than forgetting.
  return { own: windowKey ?? 'session:panelRoute.any', window: windowKey };
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
