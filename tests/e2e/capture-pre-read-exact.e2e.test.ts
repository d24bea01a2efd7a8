import { describe, expect, test } from 'vitest';
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { capturedStatus, chromiumPath, quietChromiumArgs, readTable, routeFixturePage } from './harness';
import { useSharedSession } from './shared-session';
import { fixtureUrls, generateConversationHtml } from '../fixtures/generate-conversation';
import type { StoredTurn } from '../../lib/model/turn';

// The page is read ahead in idle time (lib/content/conversation-pre-reader.ts, the pre-reader bundle); a capture
// then reads only what changed. What is stored must be exactly what a fresh read gives. (The pre-reader's timing,
// which runs alone, is in capture-pre-read.e2e.test.ts.)

// Reading ahead needs a page loaded afresh and an empty library, not a fresh profile.
describe('with the extension, in a browser of this file', () => {
  const browser = useSharedSession();

  describe('captures after the page was read ahead', () => {
    test('a turn changed after the pre-read is stored with its new text; nothing is sent before the click', async () => {
      const session = browser();
      const url = fixtureUrls.claude;
      await routeFixturePage(
        session.context,
        url,
        generateConversationHtml('claude', { turns: 6, wordsPerAnswer: 80 }),
      );
      const page = await session.context.newPage();
      await page.goto(url);
      // The pre-reader marks the page's timeline once every turn is read and hashed.
      await page.waitForFunction(() => performance.getEntriesByName('showwork:pre-read').length > 0, undefined, {
        timeout: 30_000,
      });
      const panel = await session.openExtensionPage('/sidepanel.html');
      expect(await readTable(panel, 'turns')).toHaveLength(0);

      await page.locator('showwork-capture button').click();
      await capturedStatus(page, 6).waitFor({ timeout: 30_000 });
      // The capture changed nothing in the page: what was read ahead still holds. Now the last answer changes (a
      // regenerated answer) and the teacher captures at once: the changed turn is read at the click, the others come
      // from the cache and go as references.
      await page.evaluate(() => {
        const answers = document.querySelectorAll('.font-claude-response, .standard-markdown');
        const last = answers[answers.length - 1]!;
        last.querySelector('p')!.append(' Regenerated: a brand-new closing sentence.');
      });
      await page.locator('showwork-capture button').click();
      await page
        .locator('showwork-capture [role="status"]')
        .filter({ hasText: /Captured 6 turns/ })
        .nth(0)
        .waitFor();
      await expect
        .poll(async () => (await readTable<StoredTurn>(panel, 'turns')).find((turn) => turn.ordinal === 5)?.text)
        .toContain('Regenerated: a brand-new closing sentence.');
      const turns = await readTable<StoredTurn>(panel, 'turns');
      expect(turns).toHaveLength(6);
      expect(turns.find((turn) => turn.ordinal === 5)!.previousVersions).toHaveLength(1);
      expect(turns.filter((turn) => turn.previousVersions.length === 0)).toHaveLength(5);
    });
  });
});

describe('the cache against fresh reads in Chromium', () => {
  test('random page changes on each site, and selectors that look at ancestors', async () => {
    const script = (
      await build({
        entryPoints: [resolve(import.meta.dirname, 'pre-read-in-page.ts')],
        bundle: true,
        format: 'iife',
        write: false,
        alias: { '@': resolve(import.meta.dirname, '../..') },
      })
    ).outputFiles[0]!.text;
    const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: quietChromiumArgs });
    try {
      for (const site of ['chatgpt', 'claude', 'gemini', 'copilot', 'perplexity'] as const) {
        const page = await browser.newPage();
        const html = generateConversationHtml(site, { turns: 10, wordsPerAnswer: 150 });
        await page.route('**/*', (route) =>
          route.request().url() === fixtureUrls[site]
            ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
            : route.abort(),
        );
        await page.goto(fixtureUrls[site]);
        await page.addScriptTag({ content: script });
        const result = (await page.evaluate('__preRead.randomChanges(60, 7)')) as {
          differences: string[];
          hits: number;
        };
        expect(result.differences, site).toEqual([]);
        expect(result.hits).toBeGreaterThan(0);
        if (site === 'claude') {
          expect(await page.evaluate('__preRead.ancestorChange()')).toEqual(['Answer with a note', 'Answer', 'Answer']);
        }
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
});
