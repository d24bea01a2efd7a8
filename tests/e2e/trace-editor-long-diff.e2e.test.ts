/**
 * The trace editor's one timing test, run alone (vitest.e2e.config.ts, chromium-alone): the panel's longest
 * main-thread task while a 20,000-word diff runs. A second browser beside it would measure the machine, not the
 * panel. The editor's other end-to-end tests (trace-editor.e2e.test.ts) check outcomes and run two files at a time.
 */
import { expect, test } from 'vitest';
import { captureFixture, readTable } from './harness';
import { useSharedSession } from './shared-session';
import { figure } from './trace-editor-figures';
import { generateConversationHtml } from '../fixtures/generate-conversation';
import type { StoredTurn } from '../../lib/model/turn';

// An empty library in a browser of this file's own (useSharedSession launches it before the test, closes it after).
const shared = useSharedSession({ locale: 'en' });

test('a 20,000-word artifact against a 20,000-word output: figures arrive, the panel never freezes', async () => {
  const session = shared();
  const panel = await session.openExtensionPage('/sidepanel.html');
  const title = 'Long unit plan';
  await captureFixture(session, 'chatgpt', {
    html: generateConversationHtml('chatgpt', { turns: 2, wordsPerAnswer: 20_000, title }),
  });
  await panel.bringToFront();
  // The capture opened the conversation's new draft.
  await panel.getByRole('heading', { level: 1, name: title }).waitFor();
  const output = (await readTable<StoredTurn>(panel, 'turns')).find((turn) => turn.role === 'assistant')!;
  const outputWords = output.text.split(/\s+/).filter(Boolean);
  expect(outputWords.length).toBeGreaterThan(19_000);
  // Every third word replaced: a heavy edit (30 %+), the slow case for a word diff.
  const artifact = outputWords.map((word, i) => (i % 3 === 0 ? `mine${i}` : word)).join(' ');
  const replaced = Math.ceil(outputWords.length / 3);

  // Long tasks on the panel's main thread while the diff runs (PerformanceObserver, Chromium).
  await panel.evaluate(() => {
    const longTasks: number[] = [];
    (globalThis as unknown as { longTasks: number[] }).longTasks = longTasks;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({
      type: 'longtask',
    });
  });
  const artifactBox = panel.getByRole('textbox', { name: 'Final artifact' });
  await artifactBox.fill(artifact);
  const started = Date.now();
  await expect.poll(() => figure(panel, 'Words removed'), { timeout: 20_000 }).toBe(replaced.toLocaleString('en'));
  const figuresAfterMs = Date.now() - started;
  // Typing goes on while and after the diff runs: a keystroke shows at once.
  await artifactBox.press('End');
  await artifactBox.pressSequentially(' ok');
  expect((await artifactBox.inputValue()).endsWith(' ok')).toBe(true);
  const longTasks = await panel.evaluate(() => (globalThis as unknown as { longTasks: number[] }).longTasks);
  console.log(
    `20,000-word diff: figures ${figuresAfterMs} ms after the paste; longest main-thread task ${Math.round(Math.max(0, ...longTasks))} ms`,
  );
  expect(Math.max(0, ...longTasks)).toBeLessThan(1000);
});
