import { describe, expect, test } from 'vitest';
import { createDiffClient, DiffTooSlowError } from '../../lib/trace/diff-client';

describe('createDiffClient without Worker (as in happy-dom)', () => {
  test('falls back to diffing on the main thread', async () => {
    expect(typeof Worker).toBe('undefined');
    const client = createDiffClient();
    const result = await client.diff('one two three', 'one 2 three four');
    expect(result?.figures).toEqual({ wordsKept: 2, wordsAdded: 2, wordsRemoved: 1, teacherAuthoredShare: 0.5 });
    client.dispose();
  });

  test('only the latest request while typing gets a result', async () => {
    const client = createDiffClient({ createWorker: null });
    const first = client.diff('a b', 'a');
    const second = client.diff('a b', 'a b c');
    expect(await first).toBeNull();
    expect((await second)?.figures.wordsAdded).toBe(1);
  });
});

describe('createDiffClient with a worker', () => {
  /** A Worker-shaped object that never answers, as a worker stuck on a huge diff would. */
  class SilentWorker extends EventTarget {
    terminated = false;
    postMessage(): void {}
    terminate(): void {
      this.terminated = true;
    }
  }

  test('a worker past the hard limit is terminated and the request fails', async () => {
    const workers: SilentWorker[] = [];
    const client = createDiffClient({
      hardLimitMs: 50,
      createWorker: () => {
        const worker = new SilentWorker();
        workers.push(worker);
        return worker as unknown as Worker;
      },
    });
    await expect(client.diff('a', 'b')).rejects.toBeInstanceOf(DiffTooSlowError);
    expect(workers[0]?.terminated).toBe(true);
    client.dispose();
  });

  test('a worker that fails to load falls back to the main thread', async () => {
    const client = createDiffClient({
      createWorker: () => {
        const worker = new SilentWorker();
        worker.postMessage = () => void setTimeout(() => worker.dispatchEvent(new Event('error')), 0);
        return worker as unknown as Worker;
      },
    });
    expect((await client.diff('x y', 'x y'))?.figures.wordsKept).toBe(2);
    expect((await client.diff('x y', 'x'))?.figures.wordsRemoved).toBe(1);
    client.dispose();
  });
});
