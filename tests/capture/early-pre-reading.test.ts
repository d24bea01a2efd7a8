import { afterEach, expect, test, vi } from 'vitest';
import { earlyPreReaderHook } from '@/lib/content/early-pre-reading';
import type { PreReading } from '@/lib/content/pre-reader-hook';
import { paragraphPreReadAdapter } from './paragraph-pre-read-adapter';

// The pre-reader runs on its own at document_end (declared in the manifest) and begins reading with its own copy of
// the site's adapter before the content script exists; the content script's first start() takes that reading over
// (its turns already read) and its adapter is used from then on; a later start() begins a reading of its own.

let readings: PreReading[] = [];
afterEach(() => {
  for (const reading of readings) reading.stop();
  readings = [];
});

function pageWithTurns(): void {
  document.body.replaceChildren(
    ...['Plan a lesson', 'Here is a plan', 'Shorter', 'A shorter plan'].map((text) =>
      Object.assign(document.createElement('p'), { textContent: text }),
    ),
  );
}

/** Resolves once the page's timeline has `count` marks named `name` (the pre-reader marks each finished round). */
async function marksOf(name: string, count: number): Promise<void> {
  await vi.waitFor(() => expect(performance.getEntriesByName(name, 'mark').length).toBeGreaterThanOrEqual(count), {
    timeout: 2_000,
  });
}

test('reads the page before the content script starts it; the first start takes that reading over', async () => {
  pageWithTurns();
  performance.clearMarks();
  const ownAdapter = paragraphPreReadAdapter('body');
  const ownAdapterFor = vi.fn(() => ownAdapter);
  const hook = earlyPreReaderHook('9.9.9', ownAdapterFor);
  expect(hook.version).toBe('9.9.9');
  await marksOf('showwork:pre-read', 1);

  const contentScriptAdapter = paragraphPreReadAdapter('body');
  const theirPreRead = vi.spyOn(contentScriptAdapter, 'preReadTurns');
  const ownPreRead = vi.spyOn(ownAdapter, 'preReadTurns');
  const reading = hook.start(() => contentScriptAdapter);
  readings.push(reading);
  // Read ahead already, with nothing asked of the content script's adapter.
  expect(reading.cache.cachedTurns().map((turn) => turn.text)).toEqual([
    'Plan a lesson',
    'Here is a plan',
    'Shorter',
    'A shorter plan',
  ]);
  expect(theirPreRead).not.toHaveBeenCalled();

  // What changes is read with this bundle's copy of the same site's adapter (its code already warm)...
  document.querySelectorAll('p')[3]!.append(' with one more sentence');
  reading.readAhead();
  expect(ownPreRead).toHaveBeenCalledTimes(1);
  expect(theirPreRead).not.toHaveBeenCalled();
  expect(reading.cache.cachedTurns().map((turn) => turn.text)).toContain('A shorter plan with one more sentence');

  // ...and with the content script's own where it reads another site (it follows the page's navigations).
  Object.assign(contentScriptAdapter, { id: 'chatgpt' });
  document.querySelectorAll('p')[2]!.append(' please');
  reading.readAhead();
  expect(theirPreRead).toHaveBeenCalledTimes(1);
  expect(reading.cache.cachedTurns().map((turn) => turn.text)).toContain('Shorter please');
});

test('a second start (a content script injected again) begins a reading of its own', async () => {
  pageWithTurns();
  const adapter = paragraphPreReadAdapter('body');
  const hook = earlyPreReaderHook('9.9.9', () => adapter);
  const first = hook.start(() => adapter);
  const second = hook.start(() => adapter);
  readings.push(first, second);
  expect(second).not.toBe(first);
  expect(second.cache).not.toBe(first.cache);
});

test('on a page no adapter reads, nothing is read until the content script starts it', async () => {
  pageWithTurns();
  const hook = earlyPreReaderHook('9.9.9', () => undefined);
  const adapter = paragraphPreReadAdapter('body');
  const reading = hook.start(() => adapter);
  readings.push(reading);
  expect(reading.cache.cachedTurns()).toHaveLength(0);
  performance.clearMarks();
  await marksOf('showwork:pre-read', 1);
  expect(reading.cache.cachedTurns()).toHaveLength(4);
});
