import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { parseManagedPolicy, readManagedPolicy, type ManagedPolicy } from './managed';

/**
 * The district policy as the background knows it, so nothing on the capture path waits for `storage.managed`:
 * the first read of it in a freshly started Chromium took ~4.6 s (and ~0.9 s in the bench's fresh browser,
 * 2026-11-30), and making a new trace waited on it for the framework policy.
 *
 * Read once when the worker starts and kept in memory; a copy in `storage.session` lets a restarted worker (MV3
 * stops it when idle) know the policy at once, and `storage.onChanged` for the managed area refreshes both.
 * `knownManagedPolicy()` is undefined only until the first read of this browser session has finished; callers
 * decide what is safe meanwhile (capture lands its new trace after answering the page, once the policy is
 * known: lib/background/open-trace-after-capture.ts). Extension pages keep reading storage.managed directly.
 */
const sessionKey = 'session:managedPolicy' as const;

let known: ManagedPolicy | undefined;
let reading: Promise<ManagedPolicy> | undefined;
let generation = 0;
let isStarted = false;

/** The policy as last read, or undefined while the first read of this browser session is still under way. */
export function knownManagedPolicy(): ManagedPolicy | undefined {
  return known;
}

/** The policy, current: the read in flight when there is one (after a change), else the one known. */
export function managedPolicyWhenKnown(): Promise<ManagedPolicy> {
  if (reading) return reading;
  if (known) return Promise.resolve(known);
  return refreshManagedPolicy();
}

/** Reads storage.managed again; the newest read wins over any older one still in flight. */
export function refreshManagedPolicy(): Promise<ManagedPolicy> {
  const ours = ++generation;
  const read = readManagedPolicy().then(async (policy) => {
    if (ours !== generation) return (await reading) ?? policy;
    known = policy;
    reading = undefined;
    // A copy for the next worker start in this browser session; failing to write it only costs that speed.
    await storage.setItem(sessionKey, policy).catch(() => undefined);
    return policy;
  });
  reading = read;
  return read;
}

/**
 * Starts the cache: call first thing at worker start-up, before other listeners of `storage.onChanged`, so a
 * listener reacting to a policy change finds the refresh already under way (managedPolicyWhenKnown).
 */
export function startManagedPolicyCache(): void {
  if (isStarted) return;
  isStarted = true;
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void refreshManagedPolicy();
  });
  void refreshManagedPolicy();
  void storage.getItem<unknown>(sessionKey).then(
    (copy) => {
      // The session copy stands in only until this start's own read has answered.
      if (known === undefined && copy !== null && copy !== undefined) known = parseManagedPolicy(copy);
    },
    () => undefined,
  );
}

/** For tests: forget everything, as a fresh worker would. */
export function resetManagedPolicyCacheForTests(): void {
  known = undefined;
  reading = undefined;
  generation++;
  isStarted = false;
}
