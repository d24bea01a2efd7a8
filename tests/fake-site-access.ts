import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';

type Permissions = Browser.permissions.Permissions;
type Listener = (permissions: Permissions) => void;
type Script = Browser.scripting.RegisteredContentScript;

/**
 * An in-memory stand-in for the browser's host permissions and registered content scripts, which WXT's fake
 * browser leaves unimplemented (TOOLCHAIN.md trap 3). It behaves like Chrome where tests depend on it: `contains`
 * honours wildcard grants, a required (manifest) origin can't be removed, and onAdded / onRemoved fire on change.
 */
export interface FakeSiteAccess {
  /** Granted host patterns, as permissions.getAll() reports them. */
  readonly granted: Set<string>;
  /** Patterns from the manifest: permissions.remove() refuses them, as Chrome does. */
  readonly required: Set<string>;
  readonly registered: Map<string, Script>;
  /** Every permissions.request() call's origins, in order. */
  readonly requests: string[][];
  /** What the (simulated) teacher answers the next prompts. */
  answer: boolean;
  /** Simulates a grant made outside ShowWork (the browser's settings, policy). */
  grantFromOutside(pattern: string): void;
}

export function installFakeSiteAccess(options: { granted?: string[]; required?: string[] } = {}): FakeSiteAccess {
  const added = new Set<Listener>();
  const removed = new Set<Listener>();
  const state: FakeSiteAccess = {
    granted: new Set([...(options.required ?? []), ...(options.granted ?? [])]),
    required: new Set(options.required ?? []),
    registered: new Map(),
    requests: [],
    answer: true,
    grantFromOutside(pattern) {
      state.granted.add(pattern);
      added.forEach((listener) => listener({ origins: [pattern] }));
    },
  };
  const event = (listeners: Set<Listener>) => ({
    addListener: (listener: Listener) => void listeners.add(listener),
    removeListener: (listener: Listener) => void listeners.delete(listener),
    hasListener: (listener: Listener) => listeners.has(listener),
  });
  Object.assign(fakeBrowser.permissions, { onAdded: event(added), onRemoved: event(removed) });
  const permissions = fakeBrowser.permissions;
  vi.spyOn(permissions, 'getAll').mockImplementation(async () => ({ origins: [...state.granted], permissions: [] }));
  vi.spyOn(permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((wanted) => [...state.granted].some((pattern) => patternCovers(pattern, wanted))),
  );
  vi.spyOn(permissions, 'request').mockImplementation(async ({ origins = [] }) => {
    state.requests.push(origins);
    if (!state.answer) return false;
    const fresh = origins.filter((origin) => !state.granted.has(origin));
    fresh.forEach((origin) => state.granted.add(origin));
    if (fresh.length > 0) added.forEach((listener) => listener({ origins: fresh }));
    return true;
  });
  vi.spyOn(permissions, 'remove').mockImplementation(async ({ origins = [] }) => {
    if (origins.some((origin) => state.required.has(origin)))
      throw new Error('You cannot remove required permissions.');
    const gone = origins.filter((origin) => state.granted.delete(origin));
    if (gone.length > 0) removed.forEach((listener) => listener({ origins: gone }));
    return gone.length > 0;
  });

  const scripting = fakeBrowser.scripting;
  vi.spyOn(scripting, 'getRegisteredContentScripts').mockImplementation(async (filter) =>
    [...state.registered.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id)),
  );
  vi.spyOn(scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    for (const script of scripts) {
      if (state.registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      state.registered.set(script.id, structuredClone(script));
    }
  });
  vi.spyOn(scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    for (const id of filter?.ids ?? [...state.registered.keys()]) {
      if (!state.registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
    }
  });
  return state;
}

/** Whether a granted match pattern covers a wanted one (scheme, host with `*.` wildcards; paths taken as /*). */
export function patternCovers(granted: string, wanted: string): boolean {
  if (granted === '<all_urls>') return true;
  const parse = (pattern: string) => /^([^:]+):\/\/([^/]+)\//.exec(pattern);
  const g = parse(granted);
  const w = parse(wanted);
  if (!g || !w) return false;
  const schemeOk = g[1] === w[1] || (g[1] === '*' && /^https?$/.test(w[1]!));
  const host = g[2]!;
  const hostOk =
    host === '*' ||
    host === w[2] ||
    (host.startsWith('*.') && (w[2] === host.slice(2) || w[2]!.endsWith(host.slice(1))));
  return schemeOk && hostOk;
}
