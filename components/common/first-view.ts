/**
 * When the side panel's first view is on screen (the trace editor's first view, or the library or conversation
 * view), for work that must not compete with it: warming caches and preloading the views the teacher may go to next.
 * Idle callbacks alone are not enough: the panel's start has idle gaps while it waits for storage and the database,
 * and a callback that runs in one holds back what comes after the gap (CPU profile of the real side panel opened by
 * a Capture click, 2026-12-01). After `fallbackMs` it counts as shown anyway, so the work is never lost.
 */
let resolveShown: (() => void) | undefined;
const shown = new Promise<void>((resolve) => (resolveShown = resolve));
const fallbackMs = 3000;
setTimeout(() => resolveShown?.(), fallbackMs);

export function markFirstViewShown(): void {
  resolveShown?.();
}

/** Runs `work` once the first view is shown and the page is next idle (at most `timeoutMs` after it is shown). */
export function whenFirstViewShownAndIdle(work: () => void, timeoutMs: number): void {
  void shown.then(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: timeoutMs });
    else setTimeout(work, 0);
  });
}
