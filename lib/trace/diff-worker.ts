// Runs diffWords off the side panel's main thread (a 20,000-word diff at 30 % edits takes over a second,
// TOOLCHAIN.md "Word diff"). Started by lib/trace/diff-client.ts with Vite's `new Worker(new URL(...))`.
import { diffWords } from './diff';
import { DiffWorkerRequest, type DiffWorkerResponse } from './diff-messages';

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: DiffWorkerResponse): void;
};

scope.addEventListener('message', (event) => {
  const parsed = DiffWorkerRequest.safeParse(event.data);
  if (!parsed.success) return;
  const { id, aiOutput, finalArtifact, timeoutMs } = parsed.data;
  scope.postMessage({ id, result: diffWords(aiOutput, finalArtifact, { timeoutMs }) });
});
