import type { CDPSession } from 'playwright-core';

/** Sends one DevTools-protocol command to the service worker and resolves with its result. */
export type WorkerCommand = (method: string, params?: object) => Promise<unknown>;

/**
 * The extension's service worker's own DevTools session, reached from a page's session (Playwright opens CDP sessions
 * only on pages): attached without flattening, its messages travel inside Target.sendMessageToTarget. Start the worker
 * first (e.g. `(await session.serviceWorker()).evaluate('1')`): a stopped worker has no target.
 */
export async function workerSession(cdp: CDPSession, extensionId: string): Promise<WorkerCommand> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
  if (!target) throw new Error('no service worker target');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as {
    sessionId: string;
  };
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  return (method, params = {}) =>
    new Promise<unknown>((done) => {
      const id = nextId++;
      pending.set(id, done);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
}

export interface CpuProfile {
  startTime?: number;
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}
