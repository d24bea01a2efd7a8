/** One piece of work in an export worker (the PDF worker or the scan worker). */
export interface WorkerTask {
  /** Background work (the warm-up's steps): started only when no request the teacher waits on is queued. */
  isBackground: boolean;
  run: () => Promise<void>;
}

/** Lets the event loop deliver what is waiting (a worker's incoming messages) before the next task is chosen. */
const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * An export worker's tasks, one at a time, the teacher's first. A task that has started runs to its end (a PDF
 * layout is one synchronous run that can't be interrupted), but background work is cut into tasks, so an export
 * queued while one runs goes next instead of after all of it (fastest-path e2e, 2026-11: the PDF made at Mark
 * ready queued behind the whole warm-up).
 */
export function createWorkerQueue(pause: () => Promise<void> = yieldToEvents) {
  const queue: WorkerTask[] = [];
  let isRunning = false;

  const drain = async () => {
    isRunning = true;
    try {
      for (;;) {
        await pause();
        const urgent = queue.findIndex((task) => !task.isBackground);
        const [next] = queue.splice(urgent === -1 ? 0 : urgent, 1);
        if (!next) return;
        // A task reports its own failure; one that throws anyway must not stop the tasks after it.
        await next.run().catch(() => {});
      }
    } finally {
      isRunning = false;
    }
  };

  return {
    add(task: WorkerTask): void {
      queue.push(task);
      if (!isRunning) void drain();
    },
  };
}
