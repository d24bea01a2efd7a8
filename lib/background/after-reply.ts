/**
 * Work a message handler hands over to run once its answer has gone: the handler returns, the listener's
 * `sendResponse` runs in the microtask that follows, and a timer task only after that. So the page hears
 * "Captured" before the search index or a deferred trace take the worker's single thread.
 */
const inFlight = new Set<Promise<void>>();

export function runAfterReply(label: string, task: () => Promise<void>): void {
  const run = new Promise<void>((resolve) => setTimeout(resolve, 0))
    .then(task)
    .catch((error: unknown) => console.warn(`ShowWork: ${label}`, error));
  inFlight.add(run);
  void run.finally(() => inFlight.delete(run));
}

/** Resolves once all work handed over so far (and any it handed over in turn) has finished; for tests. */
export async function settleAfterReplyWork(): Promise<void> {
  while (inFlight.size > 0) await Promise.all(inFlight);
}
