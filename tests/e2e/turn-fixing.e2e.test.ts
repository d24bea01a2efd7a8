import { afterEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  captureFixture,
  expectNoAxeViolations,
  launchExtension,
  readTable,
  routeFixturePage,
  type ExtensionSession,
} from './harness';
import { fixtureUrls, generateConversationHtml } from '../fixtures/generate-conversation';
import type { StoredConversation } from '../../lib/model/conversation';
import type { StoredTurn } from '../../lib/model/turn';
import type { Trace } from '../../lib/model/trace';

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const title = 'Fractions exit ticket';

/** The turns the conversation view shows: each article's heading (its role) and text. */
async function shownTurns(panel: Page): Promise<{ role: string; text: string }[]> {
  return panel.locator('article.turn').evaluateAll((articles) =>
    articles.map((a) => ({
      role: a.querySelector('h2')?.textContent ?? '',
      text: (a.querySelector('h2 + *')?.textContent ?? '').trim(),
    })),
  );
}

async function fix(panel: Page, turn: number, action: string): Promise<void> {
  const toggle = panel.getByRole('button', { name: `Fix turn ${turn}`, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await panel.getByRole('button', { name: action, exact: true }).click();
}

test('switch, merge and remove turns in the side panel; undo one; a re-capture keeps the fixes; a new trace uses them', async () => {
  session = await launchExtension();
  const panel = await session.openExtensionPage('/sidepanel.html');
  // This test works in the conversation view: the option keeps 0.1.0's behaviour, a capture opens the conversation.
  await panel.evaluate(() => chrome.storage.local.set({ afterCapture: 'conversation' }));
  const html = generateConversationHtml('chatgpt', { turns: 6, wordsPerAnswer: 30, title });
  const { page: chat, turnCount } = await captureFixture(session, 'chatgpt', { html });
  expect(turnCount).toBe(6);
  await panel.bringToFront();

  await panel.locator('article.turn').nth(5).waitFor();
  const captured = await shownTurns(panel);
  expect(captured.map((t) => t.role)).toEqual(['Prompt', 'AI output', 'Prompt', 'AI output', 'Prompt', 'AI output']);

  // Turn 5 was "read as a prompt" but belongs to the answer after it: make it an AI output, then merge.
  await fix(panel, 5, 'Make turn 5 an AI output');
  await panel.getByText('Turn 5 is now an AI output.').waitFor();
  // Keyboard: focus stays on the relabelled button.
  expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Make turn 5 a prompt');
  await fix(panel, 5, 'Merge turn 5 with turn 6');
  await panel.getByText('Turns 5 and 6 merged into turn 5.').waitFor();
  await expect.poll(() => panel.locator('article.turn').count()).toBe(5);
  expect(await panel.evaluate(() => document.activeElement?.tagName)).toBe('H2');

  // Remove turn 1, then Undo it: it is back.
  await fix(panel, 1, 'Remove turn 1 (not part of the conversation)');
  await expect.poll(() => panel.locator('article.turn').count()).toBe(4);
  await panel.getByRole('button', { name: 'Undo', exact: true }).click();
  await panel.getByText('Undone.').waitFor();
  await expect.poll(() => panel.locator('article.turn').count()).toBe(5);

  // Remove turn 4 (say it was page chrome): kept under Removed turns.
  await fix(panel, 4, 'Remove turn 4 (not part of the conversation)');
  await expect.poll(() => panel.locator('article.turn').count()).toBe(4);
  await panel.getByRole('button', { name: 'Removed turns (1)' }).waitFor();
  await expectNoAxeViolations(panel);

  const fixed = await shownTurns(panel);
  expect(fixed.map((t) => t.role)).toEqual(['Prompt', 'AI output', 'Prompt', 'AI output']);
  expect(fixed[3]!.text).toContain(captured[4]!.text);
  expect(fixed[3]!.text).toContain(captured[5]!.text);
  expect(fixed.map((t) => t.text)).not.toContain(captured[3]!.text);

  // Re-capture the same conversation after the last answer was regenerated: nothing the teacher fixed is undone,
  // and the merged turn carries the new answer.
  const oldWords = captured[5]!.text.split(/\s+/).slice(0, 4).join(' ');
  expect(html).toContain(oldWords);
  await routeFixturePage(session.context, fixtureUrls.chatgpt, html.replace(oldWords, 'Regenerated zebrafish answer'));
  const before = (await readTable<StoredConversation>(panel, 'conversations'))[0]!.lastCapturedAt;
  await chat.bringToFront();
  await chat.reload();
  await chat.getByRole('button', { name: 'Capture trace' }).click();
  await expect
    .poll(async () => (await readTable<StoredConversation>(panel, 'conversations'))[0]!.lastCapturedAt, {
      timeout: 20_000,
    })
    .toBeGreaterThan(before);
  await panel.bringToFront();
  expect(await readTable(panel, 'turns')).toHaveLength(6);
  const regenerated = fixed.map((turn, i) =>
    i === 3 ? { ...turn, text: turn.text.replace(oldWords, 'Regenerated zebrafish answer') } : turn,
  );
  await expect.poll(() => shownTurns(panel)).toEqual(regenerated);

  // A new trace uses the fixed turns.
  const stored = (await readTable<StoredTurn>(panel, 'turns')).sort((a, b) => a.ordinal - b.ordinal);
  const shownIds = [stored[0]!.id, stored[1]!.id, stored[2]!.id, stored[4]!.id];
  await panel.getByRole('button', { name: 'New trace' }).click();
  // The editor's turn list (the conversation view's heading has the same title as the trace).
  await panel.getByRole('region', { name: 'Turns and marks' }).waitFor();
  await expect.poll(async () => (await readTable<Trace>(panel, 'traces')).length).toBe(1);
  const [trace] = await readTable<Trace>(panel, 'traces');
  expect(trace!.items.map((item) => item.turnId)).toEqual(shownIds);
  const turnsSection = panel.getByRole('region', { name: 'Turns and marks' });
  await turnsSection.getByRole('checkbox').first().waitFor();
  expect(
    await turnsSection.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => b.parentElement?.textContent)),
  ).toEqual([
    'Include turn 1 (your prompt)',
    'Include turn 2 (AI output 1)',
    'Include turn 3 (your prompt)',
    'Include turn 4 (AI output 2)',
  ]);
  // The merged turn starts with the text of turn 5 as captured, now an AI output.
  expect(await turnsSection.locator('.te-turn-text').nth(3).textContent()).toContain(captured[4]!.text.slice(0, 30));
  expect(await turnsSection.textContent()).not.toContain(captured[3]!.text.slice(0, 60));
  await expectNoAxeViolations(panel);
});
