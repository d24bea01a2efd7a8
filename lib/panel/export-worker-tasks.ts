import type { ExportWorkerResponse } from './export-worker-messages';
import { createWorkerQueue } from './export-worker-queue';

/** What a worker's task answers with, besides the id, ok and timing added here. */
export type TaskAnswer = Omit<Extract<ExportWorkerResponse, { ok: true }>, 'id' | 'ok' | 'timing'>;

/** The worker's global scope, as much of it as the export workers use. */
export interface ExportWorkerScope {
  location: Location;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: ExportWorkerResponse, transfer?: Transferable[]): void;
}

/** A point in time comparable across the panel and its workers (their clocks count from the same epoch). */
export const workerNow = () => performance.timeOrigin + performance.now();

/**
 * One export worker's tasks (the PDF worker's or the scan worker's): one at a time, a request the teacher waits on
 * before any remaining rehearsal step; each answer says when its task was received, started and finished, so the
 * panel can see any wait.
 */
export function createWorkerTasks(scope: ExportWorkerScope) {
  const queue = createWorkerQueue();

  return {
    /** Queues `work` as one task; its answer (or error) goes back to the panel under `id`. */
    handle(
      id: number,
      isBackground: boolean,
      work: () => Promise<TaskAnswer>,
      transfer?: (answer: TaskAnswer) => Transferable[],
    ): void {
      const receivedAt = workerNow();
      queue.add({
        isBackground,
        run: async () => {
          const startedAt = workerNow();
          try {
            const answer = await work();
            const timing = { receivedAt, startedAt, finishedAt: workerNow() };
            scope.postMessage({ ...answer, id, ok: true, timing }, transfer?.(answer) ?? []);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            scope.postMessage({ id, ok: false, message, timing: { receivedAt, startedAt, finishedAt: workerNow() } });
          }
        },
      });
    },
  };
}
