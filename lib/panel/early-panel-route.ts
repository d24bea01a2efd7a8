import {
  resolvePanelRouteKeys,
  sessionAreaKey,
  type PanelRouteKeys,
  type PanelWhereaboutsApis,
} from './panel-route-keys';

/**
 * The side panel's place, read before the panel's modules have run. A side panel opened by the Capture click spent
 * its first ~100 ms fetching, compiling and running React and its code, and only then asked where it was (which
 * window, then the stored place): 35–90 ms more before the draft could render (fastest-path e2e, panel closed, load
 * 1–16, 2026-12-01). A small classic script (entrypoints/panel-early-route.ts, first in sidepanel.html's head) starts
 * these reads at once, and listens for the place changing meanwhile (a capture's route often lands while the panel
 * starts); the panel's route hook (entrypoints/sidepanel/use-panel-route.ts) takes both over when it runs. Values are
 * raw here: the hook checks them (zod) as it does every stored route.
 */
export interface EarlyPanelRoute {
  /** The panel's keys and its stored place as read at start (unchecked). */
  read: Promise<{ keys: PanelRouteKeys; stored: unknown }>;
  /** The read once it is in (set when `read` resolves): what the panel's first render can use without waiting. */
  settled?: { keys: PanelRouteKeys; stored: unknown };
  /** The values `key` took since the early script started (unchecked), oldest first. */
  changesOf(key: `session:${string}`): unknown[];
  /** As changesOf, and stops listening: the caller listens from now on. */
  takeChanges(key: `session:${string}`): unknown[];
}

/** What the early script needs of the extension API (`browser` in Firefox, `chrome` in Chrome: both promise-based). */
export interface EarlyRouteApis extends PanelWhereaboutsApis {
  storage: {
    session: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
      removeListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
}

const globalName = '__showworkEarlyPanelRoute';

/** Starts the reads and the listening; run once, by the early script, before the panel's modules. */
export function startEarlyPanelRoute(api: EarlyRouteApis): void {
  const changes: { key: string; value: unknown }[] = [];
  let isTaken = false;
  const onChanged = (changed: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session') return;
    for (const [key, change] of Object.entries(changed))
      if (key.startsWith('panelRoute.')) changes.push({ key, value: change.newValue });
  };
  // Before the first read: a place written while it is in flight is then among the changes.
  api.storage.onChanged.addListener(onChanged);
  const read = (async () => {
    const keys = await resolvePanelRouteKeys(api);
    const name = sessionAreaKey(keys.own);
    const stored = await api.storage.session.get(name).then(
      (items) => items[name],
      () => undefined,
    );
    return { keys, stored };
  })();
  const early: EarlyPanelRoute = {
    read,
    changesOf(key) {
      const name = sessionAreaKey(key);
      return changes.filter((change) => change.key === name).map((change) => change.value);
    },
    takeChanges(key) {
      isTaken = true;
      api.storage.onChanged.removeListener(onChanged);
      return early.changesOf(key);
    },
  };
  void read.then((value) => (early.settled = value));
  (globalThis as Record<string, unknown>)[globalName] = () => (isTaken ? undefined : early);
}

/**
 * The early read, until its changes are taken (the hook listens itself from then on: a later mount reads anew);
 * undefined when no early script ran (tests, a page without it).
 */
export function takeEarlyPanelRoute(): EarlyPanelRoute | undefined {
  const get = (globalThis as Record<string, unknown>)[globalName];
  return typeof get === 'function' ? (get as () => EarlyPanelRoute | undefined)() : undefined;
}
