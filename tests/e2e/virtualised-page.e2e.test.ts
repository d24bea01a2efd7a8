import { afterEach, expect, test } from 'vitest';
import { launchExtension, readTable, routeFixturePage, captureButtonName, type ExtensionSession } from './harness';
import { fixtureUrls, generateConversationHtml } from '../fixtures/generate-conversation';
import type { StoredTurn } from '../../lib/model/turn';

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/**
 * Makes a generated ChatGPT page behave as chatgpt.com has since 2026-09 (obsidian-AI-exporter's
 * chatgpt-dom-2026-09.md): a column-reverse scroller with scrollTop 0 at the bottom, only a window of
 * exchanges mounted at once, and the rest swapped in as the scroller moves.
 */
function virtualiseChatGpt(windowSize: number) {
  const scroller = document.querySelector<HTMLElement>('[data-app-action-timeline-scroll]')!;
  const list = scroller.firstElementChild as HTMLElement;
  const exchanges = [...list.querySelectorAll<HTMLElement>(':scope > [data-turn-key]')];
  const rowHeight = 300;
  Object.assign(scroller.style, {
    display: 'flex',
    flexDirection: 'column-reverse',
    height: '600px',
    overflowY: 'auto',
  });
  Object.assign(list.style, {
    display: 'flex',
    flexDirection: 'column',
    flex: 'none',
    height: `${exchanges.length * rowHeight}px`,
    position: 'relative',
  });
  const render = () => {
    // Distance from the top of the whole thread to the top of the view.
    const fromTop = list.offsetHeight - scroller.clientHeight + scroller.scrollTop;
    const first = Math.max(0, Math.min(exchanges.length - windowSize, Math.floor(fromTop / rowHeight) - 1));
    const mounted = exchanges.slice(first, first + windowSize);
    mounted.forEach((exchange, i) =>
      Object.assign(exchange.style, {
        position: 'absolute',
        top: `${(first + i) * rowHeight}px`,
        height: `${rowHeight}px`,
        overflow: 'hidden',
      }),
    );
    list.replaceChildren(...mounted);
  };
  scroller.addEventListener('scroll', render);
  render();
}

test('a long ChatGPT conversation that keeps only 3 exchanges in the page is captured whole, and the view is put back', async () => {
  session = await launchExtension();
  const url = fixtureUrls.chatgpt;
  await routeFixturePage(
    session.context,
    url,
    generateConversationHtml('chatgpt', { turns: 40, wordsPerAnswer: 30, title: 'Long unit plan' }),
  );
  const page = await session.context.newPage();
  await page.goto(url);
  await page.evaluate(virtualiseChatGpt, 3);
  expect(await page.locator('[data-turn-key]').count()).toBe(3);
  const scrollBefore = await page.locator('[data-app-action-timeline-scroll]').evaluate((el) => el.scrollTop);

  await page.getByRole('button', { name: captureButtonName.en }).click();
  await page.getByRole('status').filter({ hasText: 'Captured 40 turns' }).waitFor({ timeout: 60_000 });

  const panel = await session.openExtensionPage('/sidepanel.html');
  const turns = (await readTable<StoredTurn>(panel, 'turns')).sort((a, b) => a.ordinal - b.ordinal);
  expect(turns).toHaveLength(40);
  expect(turns.map((turn) => turn.role)).toEqual(
    Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 'user' : 'assistant')),
  );
  expect(turns[0]!.text).toMatch(/^Question 1:/);
  expect(turns[38]!.text).toMatch(/^Question 20:/);
  expect(await page.locator('[data-app-action-timeline-scroll]').evaluate((el) => el.scrollTop)).toBe(scrollBefore);
});
