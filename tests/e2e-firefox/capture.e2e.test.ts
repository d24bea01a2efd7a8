/**
 * Capture in Firefox: on a fixture page of each of the five AI sites, served at its real URL, the in-page
 * Capture trace button stores every turn, and the sidebar page lists the conversation and shows its turns.
 * One Firefox for the whole file (Firefox starts in ~3 s here); each site's conversation has its own title.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  captureFixture,
  clickButton,
  launchFirefoxExtension,
  readTable,
  waitForRole,
  waitForText,
  type FirefoxSession,
} from './harness';
import { chatSites, generateConversationHtml } from '../e2e-shared/fixture-pages';
import type { StoredConversation } from '../../lib/model/conversation';
import type { StoredTurn } from '../../lib/model/turn';

let session: FirefoxSession;
let panel: Page;
beforeAll(async () => {
  session = await launchFirefoxExtension();
  panel = await session.openExtensionPage('/sidepanel.html');
});
afterAll(async () => {
  await session?.close();
});

describe('Capture trace in Firefox on each AI site', () => {
  test.each(chatSites)('%s: every turn is stored and the sidebar page lists the conversation', async (site) => {
    const title = `Water cycle unit (${site})`;
    const html = generateConversationHtml(site, { turns: 6, wordsPerAnswer: 50, title });
    const { page, turnCount } = await captureFixture(session, site, { html });
    expect(turnCount).toBe(6);
    await page.close();

    // Stored once in the extension origin's IndexedDB, under this site.
    const conversations = await readTable<StoredConversation>(panel, 'conversations');
    const conversation = conversations.find((c) => c.title === title);
    expect(conversation).toMatchObject({ site, title });
    const turns = (await readTable<StoredTurn>(panel, 'turns')).filter((t) => t.conversationId === conversation!.id);
    expect(turns).toHaveLength(6);

    // The sidebar page updates live and opens the conversation with its six turns.
    await panel.bringToFront();
    await clickButton(panel, title);
    await waitForRole(panel, 'heading', title);
    await panel.waitForFunction(() => document.querySelectorAll('article').length === 6);
    const roles = await panel.$$eval('article h2.turn-role', (headings) => headings.map((h) => h.textContent));
    expect(roles).toEqual(['Prompt', 'AI output', 'Prompt', 'AI output', 'Prompt', 'AI output']);
    await clickButton(panel, '← Library');
    await waitForText(panel, 'Captured conversations');
  });
});
