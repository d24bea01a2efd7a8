import { vi } from 'vitest';

// Waiting for something that must happen costs nothing when it happens fast, and the official CI runs on a loaded
// two-core machine where a Dexie live query or a lazily loaded module can take seconds (a stress run at load ~25 saw
// 1 s and 10 s waits run out). So every wait for an outcome is long; a wait that runs out means it never happened.
// Tests that show something does *not* happen use their own short, explicit period.
export const outcomeWaitMs = 15_000;

/** Makes `vi.waitFor` wait `outcomeWaitMs` unless a test gives its own timeout (idempotent per module graph). */
export function lengthenOutcomeWaits(): void {
  const waitForOutcome = vi.waitFor as typeof vi.waitFor & { lengthened?: true };
  if (waitForOutcome.lengthened) return;
  vi.waitFor = Object.assign(
    ((callback, options) =>
      waitForOutcome(
        callback,
        typeof options === 'number' ? { timeout: options } : { timeout: outcomeWaitMs, ...options },
      )) as typeof vi.waitFor,
    { lengthened: true as const },
  );
}
