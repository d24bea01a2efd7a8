import { describe, expect, test } from 'vitest';
import { createWorkerQueue } from '../../lib/panel/export-worker-queue';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A task that records when it starts and finishes only when the test says so (like a layout in progress). */
function gatedTask(log: string[], name: string, isBackground: boolean) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    task: {
      isBackground,
      run: async () => {
        log.push(`start ${name}`);
        await done;
        log.push(`end ${name}`);
      },
    },
    finish,
  };
}

async function until(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !predicate(); i++) await tick();
  expect(predicate()).toBe(true);
}

describe('the export worker queue', () => {
  test('runs one task at a time, in order', async () => {
    const log: string[] = [];
    const queue = createWorkerQueue();
    const a = gatedTask(log, 'a', false);
    const b = gatedTask(log, 'b', false);
    queue.add(a.task);
    queue.add(b.task);
    await until(() => log.length === 1);
    await tick();
    expect(log).toEqual(['start a']);
    a.finish();
    await until(() => log.includes('start b'));
    b.finish();
    await until(() => log.includes('end b'));
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  test('an export queued during a warm-up step runs before the warm-up steps still waiting', async () => {
    const log: string[] = [];
    const queue = createWorkerQueue();
    const fonts = gatedTask(log, 'warm fonts', true);
    const layout = gatedTask(log, 'warm layout', true);
    const scan = gatedTask(log, 'warm scan', true);
    queue.add(fonts.task);
    queue.add(layout.task);
    queue.add(scan.task);
    await until(() => log.includes('start warm fonts'));
    // The teacher marks the trace ready while the first step runs: its scan and its PDF are asked for.
    const find = gatedTask(log, 'find', false);
    const render = gatedTask(log, 'render', false);
    queue.add(find.task);
    queue.add(render.task);
    fonts.finish();
    await until(() => log.includes('start find'));
    find.finish();
    await until(() => log.includes('start render'));
    render.finish();
    await until(() => log.includes('start warm layout'));
    layout.finish();
    await until(() => log.includes('start warm scan'));
    scan.finish();
    await until(() => log.includes('end warm scan'));
    expect(log).toEqual([
      'start warm fonts',
      'end warm fonts',
      'start find',
      'end find',
      'start render',
      'end render',
      'start warm layout',
      'end warm layout',
      'start warm scan',
      'end warm scan',
    ]);
  });

  test('a task that throws does not stop the ones after it', async () => {
    const log: string[] = [];
    const queue = createWorkerQueue();
    queue.add({
      isBackground: false,
      run: () => Promise.reject(new Error('broken')),
    });
    queue.add({ isBackground: false, run: async () => void log.push('after') });
    await until(() => log.includes('after'));
  });

  test('starts again when work arrives after the queue ran empty', async () => {
    const log: string[] = [];
    const queue = createWorkerQueue();
    queue.add({ isBackground: true, run: async () => void log.push('first') });
    await until(() => log.includes('first'));
    await tick();
    queue.add({ isBackground: false, run: async () => void log.push('second') });
    await until(() => log.includes('second'));
  });
});
