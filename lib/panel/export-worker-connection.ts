import { ExportWorkerResponse, type ExportWorkerRequest } from './export-worker-messages';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
export type WorkerAnswer = Extract<ExportWorkerResponse, { ok: true }>;

/** Which of the panel's export workers a request went to. */
export type ExportWorkerName = 'pdf' | 'scan';

/**
 * The User Timing measure each answered worker request adds, from sending it to its answer, with
 * WorkerRequestDetail: how long it queued behind other work in the worker (the fastest-path e2e reports it).
 */
export const workerRequestMeasure = 'showwork:export-worker';

export interface WorkerRequestDetail {
  worker: ExportWorkerName;
  kind: ExportWorkerRequest['kind'];
  /** From sending the request to the worker starting its work: time spent behind other work (or starting up). */
  queuedMs: number;
  /** The work itself, in the worker. */
  workMs: number;
}

/** The panel's side of one worker: requests out, answers matched back by id. */
export interface WorkerConnection<Request extends ExportWorkerRequest> {
  /**
   * The worker's answer, or null when there is no worker (any more: it failed to start or died): the caller then
   * does the work on this thread. An answer with ok: false is an error.
   */
  ask(request: WithoutId<Request>): Promise<WorkerAnswer | null>;
  dispose(): void;
}

class WorkerGoneError extends Error {
  override readonly name = 'WorkerGoneError';
}

/**
 * Connects to a worker made by `create` when first asked (null: no worker at all). A worker that fails to start or
 * dies is never started again: every request waiting on it, and every later one, answers null.
 */
export function connectWorker<Request extends ExportWorkerRequest>(
  name: ExportWorkerName,
  create: (() => Worker) | null,
): WorkerConnection<Request> {
  let worker: Worker | null = null;
  let isBroken = create === null;
  let nextId = 1;
  const waiting = new Map<
    number,
    {
      kind: Request['kind'];
      /** performance.timeOrigin + performance.now() when sent: the worker's timing is on the same scale. */
      sentAt: number;
      resolve: (answer: WorkerAnswer) => void;
      reject: (e: Error) => void;
    }
  >();

  const breakWorker = (reason: string) => {
    isBroken = true;
    worker?.terminate();
    worker = null;
    for (const entry of waiting.values()) entry.reject(new WorkerGoneError(reason));
    waiting.clear();
  };

  const ensureWorker = (): Worker | null => {
    if (isBroken || !create) return null;
    if (worker) return worker;
    try {
      worker = create();
    } catch {
      isBroken = true;
      return null;
    }
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const parsed = ExportWorkerResponse.safeParse(event.data);
      if (!parsed.success) return;
      const entry = waiting.get(parsed.data.id);
      if (!entry) return;
      waiting.delete(parsed.data.id);
      const { timing } = parsed.data;
      if (timing) {
        const detail: WorkerRequestDetail = {
          worker: name,
          kind: entry.kind,
          queuedMs: Math.max(0, timing.startedAt - entry.sentAt),
          workMs: timing.finishedAt - timing.startedAt,
        };
        performance.measure(workerRequestMeasure, {
          start: entry.sentAt - performance.timeOrigin,
          end: performance.now(),
          detail,
        });
      }
      if (parsed.data.ok) entry.resolve(parsed.data);
      else entry.reject(new Error(parsed.data.message));
    });
    worker.addEventListener('error', () => breakWorker(`The ${name} worker stopped.`));
    return worker;
  };

  return {
    async ask(request) {
      const target = ensureWorker();
      if (!target) return null;
      const id = nextId++;
      try {
        return await new Promise<WorkerAnswer>((resolve, reject) => {
          waiting.set(id, { kind: request.kind, sentAt: performance.timeOrigin + performance.now(), resolve, reject });
          target.postMessage({ ...request, id });
        });
      } catch (error) {
        if (error instanceof WorkerGoneError) return null;
        throw error;
      }
    },
    dispose() {
      breakWorker(`The ${name} worker was closed.`);
    },
  };
}
