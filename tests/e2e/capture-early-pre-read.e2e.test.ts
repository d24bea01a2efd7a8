import { afterEach, expect, test } from 'vitest';
import { launchExtension, readTable, routeFixturePage, type ExtensionSession } from './harness';
import { fixtureUrls, generateConversationHtml } from '../fixtures/generate-conversation';
import type { StoredTurn } from '../../lib/model/turn';

// The pre-reader is declared in the manifest at document_end on the five AI sites: it begins reading the page's turns
// before the content script (document_idle) shows its Capture button, once per page (the content script's request to
// inject it again finds it there and takes its reading over), and nothing leaves the page before a click.

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

test('the pre-reader starts before the Capture button, once; a click at once stores every turn', async () => {
  session = await launchExtension();
  const url = fixtureUrls.chatgpt;
  await routeFixturePage(session.context, url, generateConversationHtml('chatgpt', { turns: 40, wordsPerAnswer: 200 }));
  const page = await session.context.newPage();
  // In the page's own world, from its first script: when ShowWork's button is added (the content script's world
  // marks the same timeline).
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('showwork-capture')) return;
      performance.mark('test:button-shown');
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('test:button-shown').length > 0, undefined, {
    timeout: 30_000,
  });
  const panel = await session.openExtensionPage('/sidepanel.html');
  expect(await readTable(panel, 'turns')).toHaveLength(0);

  await page.locator('showwork-capture button').click();
  await page
    .locator('showwork-capture [role="status"]')
    .filter({ hasText: 'Captured 40 turns' })
    .waitFor({ timeout: 60_000 });
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      ['showwork:pre-reader-started', 'test:button-shown'].map((name) => [
        name,
        performance.getEntriesByName(name, 'mark').map((mark) => mark.startTime),
      ]),
    ),
  );
  expect(marks['showwork:pre-reader-started']).toHaveLength(1);
  expect(marks['showwork:pre-reader-started']![0]!).toBeLessThan(marks['test:button-shown']![0]!);

  // Stored whole, every turn in order (exactness against fresh reads: capture-pre-read.e2e.test.ts).
  const stored = (await readTable<StoredTurn>(panel, 'turns')).sort((a, b) => a.ordinal - b.ordinal);
  expect(stored.map((turn) => turn.ordinal)).toEqual([...Array(40).keys()]);
  expect(stored.every((turn) => turn.text.length > 0)).toBe(true);
});
