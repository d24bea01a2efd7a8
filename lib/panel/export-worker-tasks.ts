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

/** The work one request asks of a worker. */
export interface WorkerTaskSpec {
  /** Background work (a rehearsal, a warm-up): started only when no request the teacher waits on is queued. */
  isBackground?: boolean;
  work: () => Promise<TaskAnswer>;
  /** What of the answer to transfer to the panel instead of copying it (a PDF's bytes). */
  transfer?: (answer: TaskAnswer) => Transferable[];
}

/** One task per kind of request a worker takes, given the request (already checked against the schema). */
export type WorkerTaskHandlers<Request extends { kind: string; id: number }> = {
  [Kind in Request['kind']]: (request: Extract<Request, { kind: Kind }>) => WorkerTaskSpec;
};

/** As much of a zod schema as the message loop needs. */
interface RequestSchema<Request> {
  safeParse(data: unknown): { success: true; data: Request } | { success: false };
}

/**
 * One export worker's message loop (the PDF worker's or the scan worker's): each message is checked against the
 * worker's request schema (anything else is ignored) and becomes a task. Tasks run one at a time, a request the
 * teacher waits on before any background one still queued; each answer says when its task was received, started and
 * finished, so the panel can see any wait.
 */
export function serveExportWorkerRequests<Request extends { kind: string; id: number }>(
  scope: ExportWorkerScope,
  schema: RequestSchema<Request>,
  handlers: WorkerTaskHandlers<Request>,
): void {
  const queue = createWorkerQueue();
  scope.addEventListener('message', (event) => {
    const parsed = schema.safeParse(event.data);
    if (!parsed.success) return;
    const request = parsed.data;
    const handler = handlers[request.kind as Request['kind']] as (request: Request) => WorkerTaskSpec;
    const { isBackground = false, work, transfer } = handler(request);
    const { id } = request;
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
  });
}
