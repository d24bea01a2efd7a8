import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { AutoRecorder } from '@/lib/content/auto-recorder';
import type { SiteAdapter } from '@/lib/adapters/types';

let streaming = true;
const adapter = {
  id: 'claude',
  hosts: ['claude.ai'],
  readConversation: () => {
    throw new Error('not used');
  },
  isStreaming: () => streaming,
  findConversationRoot: (doc: Document) => doc.body,
} satisfies SiteAdapter;

beforeEach(() => {
  vi.useFakeTimers();
  streaming = true;
  document.body.replaceChildren();
});
afterEach(() => vi.useRealTimers());

const flushMutations = () => new Promise<void>((resolve) => queueMicrotask(resolve));

test('captures once after the answer finishes streaming, never per token', async () => {
  const capture = vi.fn(async () => {});
  const recorder = new AutoRecorder({ adapter, capture, quietMs: 500 });
  recorder.start();
  const answer = document.createElement('p');
  document.body.append(answer);
  for (let token = 0; token < 200; token++) {
    answer.append(` t${token}`);
    await flushMutations();
    await vi.advanceTimersByTimeAsync(20);
  }
  expect(capture).not.toHaveBeenCalled(); // still streaming
  await vi.advanceTimersByTimeAsync(2000);
  expect(capture).not.toHaveBeenCalled(); // quiet, but the site still says it is streaming
  streaming = false;
  await vi.advanceTimersByTimeAsync(1000);
  expect(capture).toHaveBeenCalledTimes(1);
  await vi.advanceTimersByTimeAsync(5000);
  expect(capture).toHaveBeenCalledTimes(1); // nothing changed: no further capture
  recorder.stop();
});

test('stop() ends watching', async () => {
  const capture = vi.fn(async () => {});
  const recorder = new AutoRecorder({ adapter, capture, quietMs: 100 });
  recorder.start();
  recorder.stop();
  streaming = false;
  document.body.append('x');
  await flushMutations();
  await vi.advanceTimersByTimeAsync(1000);
  expect(capture).not.toHaveBeenCalled();
  expect(recorder.isRunning).toBe(false);
});
