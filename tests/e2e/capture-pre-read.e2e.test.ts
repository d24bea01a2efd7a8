import { describe, expect, test } from 'vitest';
import { capturedStatus, readTable, routeFixturePage } from './harness';
import { useSharedSession } from './shared-session';
import { fixtureUrls, generateConversationHtml } from '../fixtures/generate-conversation';

// The page is read ahead in idle time (lib/content/conversation-pre-reader.ts, the pre-reader bundle); a capture
// then reads only what changed. This file holds the timing test (the first round begun within 150 ms of the
// pre-reader's start), run alone (vitest.e2e.config.ts, chromium-alone); what is stored being exactly what a fresh
// read gives is checked in capture-pre-read-exact.e2e.test.ts, two files at a time.

// Reading ahead needs a page loaded afresh and an empty library, not a fresh profile.
describe('with the extension, in a browser of this file', () => {
  const browser = useSharedSession();

  describe('reading ahead from the page load', () => {
    test('the first round begins as soon as the pre-reader starts; changes beside the conversation do not restart it', async () => {
      const session = browser();
      const url = fixtureUrls.chatgpt;
      await routeFixturePage(
        session.context,
        url,
        generateConversationHtml('chatgpt', { turns: 60, wordsPerAnswer: 600 }),
      );
      const page = await session.context.newPage();
      await page.goto(url);
      await page.waitForFunction(
        () => performance.getEntriesByName('showwork:pre-reader-started').length > 0,
        undefined,
        {
          timeout: 30_000,
          polling: 10,
        },
      );
      // Changes beside the conversation while the round reads: a script tag (as a bench adds), an element in the body.
      await page.addScriptTag({ content: 'window.__benchTimer = true;' });
      await page.evaluate(() =>
        document.body.append(Object.assign(document.createElement('div'), { textContent: 'x' })),
      );
      await page.waitForFunction(() => performance.getEntriesByName('showwork:pre-read').length > 0, undefined, {
        timeout: 60_000,
      });
      const marks = (await page.evaluate(() =>
        performance
          .getEntriesByType('mark')
          .filter((mark) => mark.name.startsWith('showwork:pre-'))
          .map((mark) => [mark.name, mark.startTime]),
      )) as [string, number][];
      const started = marks.filter(([name]) => name === 'showwork:pre-reader-started');
      const begun = marks.filter(([name]) => name === 'showwork:pre-read-begun');
      expect(started).toHaveLength(1);
      // One round, begun with the start (the quiet wait is 300 ms), not begun again after the changes beside it.
      expect(begun).toHaveLength(1);
      expect(begun[0]![1] - started[0]![1]).toBeLessThan(150);

      // A click now finds every turn read and the capture is exact.
      await page.locator('showwork-capture button').click();
      await capturedStatus(page, 60).waitFor({ timeout: 30_000 });
      const found = (await page.evaluate(
        () =>
          (performance.getEntriesByName('showwork:click-found-read')[0] as PerformanceMark | undefined)?.detail as {
            turns: number;
            isReadAlready: boolean;
          },
      )) as { turns: number; isReadAlready: boolean };
      expect(found).toEqual({ turns: 60, isReadAlready: true });
      const panel = await session.openExtensionPage('/sidepanel.html');
      expect(await readTable(panel, 'turns')).toHaveLength(60);
    });
  });
});
