import { defaultDiffTimeoutMs, diffWords, type DiffOp, type EditFigures } from './diff';
import type { DiffWorkerRequest, DiffWorkerResponse } from './diff-messages';

export interface WordDiffResult {
  ops: DiffOp[];
  figures: EditFigures;
  timedOut: boolean;
}

/** The diff took longer than the client's hard limit; the worker was stopped. */
export class DiffTooSlowError extends Error {
  override readonly name = 'DiffTooSlowError';
}

export interface DiffClient {
  /**
   * Diffs in the worker (or on the main thread where there is no Worker, as in unit tests). Only the latest
   * request matters while the teacher types: an older request still waiting resolves with null.
   */
  diff(aiOutput: string, finalArtifact: string): Promise<WordDiffResult | null>;
  /** Stops the worker. */
  dispose(): void;
}

export interface DiffClientOptions {
  /** diff-match-patch's own budget; past it the diff gets coarser but stays correct. */
  timeoutMs?: number;
  /** Past this the worker is terminated and the request fails with DiffTooSlowError. */
  hardLimitMs?: number;
  /** For tests; defaults to Vite's module worker for lib/trace/diff-worker.ts, or none without Worker. */
  createWorker?: (() => Worker) | null;
}

function createDefaultWorker(): Worker {
  // Vite recognises this exact shape and bundles the worker as its own chunk.
  return new Worker(new URL('./diff-worker.ts', import.meta.url), { type: 'module' });
}

interface Waiting {
  request: DiffWorkerRequest;
  resolve: (result: WordDiffResult | null) => void;
  reject: (error: unknown) => void;
}

/** A word-diff runner that keeps the side panel responsive; see DiffClient. */
export function createDiffClient(options: DiffClientOptions = {}): DiffClient {
  const timeoutMs = options.timeoutMs ?? defaultDiffTimeoutMs;
  const hardLimitMs = options.hardLimitMs ?? timeoutMs * 5 + 2000;
  const makeWorker =
    options.createWorker === undefined
      ? typeof Worker === 'undefined'
        ? null
        : createDefaultWorker
      : options.createWorker;

  let worker: Worker | null = null;
  let nextId = 1;
  let running: (Waiting & { timer: ReturnType<typeof setTimeout> }) | null = null;
  let queued: Waiting | null = null;
  let isWorkerBroken = makeWorker === null;

  const runOnMainThread = (waiting: Waiting) => {
    // A macrotask, so the keystroke that asked for it paints first.
    setTimeout(() => {
      if (waiting.request.id !== nextId - 1) {
        waiting.resolve(null); // superseded while waiting for its turn
        return;
      }
      try {
        const { aiOutput, finalArtifact } = waiting.request;
        waiting.resolve(diffWords(aiOutput, finalArtifact, { timeoutMs }));
      } catch (error) {
        waiting.reject(error);
      }
    }, 0);
  };

  const startNext = () => {
    if (running || !queued) return;
    const waiting = queued;
    queued = null;
    if (isWorkerBroken) {
      runOnMainThread(waiting);
      return;
    }
    const active = ensureWorker();
    if (!active) {
      runOnMainThread(waiting);
      return;
    }
    const timer = setTimeout(() => {
      const current = running;
      running = null;
      stopWorker();
      current?.reject(new DiffTooSlowError(`Word diff took longer than ${hardLimitMs} ms`));
      startNext();
    }, hardLimitMs);
    running = { ...waiting, timer };
    active.postMessage(waiting.request);
  };

  const ensureWorker = (): Worker | null => {
    if (worker) return worker;
    try {
      worker = (makeWorker as () => Worker)();
    } catch {
      isWorkerBroken = true;
      return null;
    }
    worker.addEventListener('message', (event: MessageEvent<DiffWorkerResponse>) => {
      const current = running;
      if (!current || event.data.id !== current.request.id) return;
      clearTimeout(current.timer);
      running = null;
      // A newer request is waiting: this result is already stale for the teacher.
      current.resolve(queued ? null : event.data.result);
      startNext();
    });
    worker.addEventListener('error', () => {
      // The worker script failed to load or threw: diff on the main thread from now on.
      const current = running;
      running = null;
      isWorkerBroken = true;
      stopWorker();
      if (current) {
        clearTimeout(current.timer);
        runOnMainThread(current);
      }
      startNext();
    });
    return worker;
  };

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };

  return {
    diff(aiOutput, finalArtifact) {
      return new Promise<WordDiffResult | null>((resolve, reject) => {
        queued?.resolve(null);
        queued = { request: { id: nextId++, aiOutput, finalArtifact, timeoutMs }, resolve, reject };
        startNext();
      });
    },
    dispose() {
      if (running) {
        clearTimeout(running.timer);
        running.resolve(null);
        running = null;
      }
      queued?.resolve(null);
      queued = null;
      stopWorker();
    },
  };
}
