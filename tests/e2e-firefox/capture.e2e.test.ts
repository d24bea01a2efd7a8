/**
 * Capture in Firefox: on a fixture page of each of the five AI sites, served at its real URL, the in-page
 * Capture trace button stores every turn, and the sidebar page lists the conversation and shows its turns.
 * One Firefox for the whole file (Firefox starts in ~3 s here); each site's conversation has its own title.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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

    // The sidebar page went to the conversation's new trace; one click back, the library lists the conversation
    // (first) and its trace, and opens the conversation with its six turns.
    await panel.bringToFront();
    await waitForRole(panel, 'heading', title);
    await clickButton(panel, '← Back');
    await waitForText(panel, 'Captured 6 turns');
    await clickButton(panel, title);
    await panel.waitForFunction(() => document.querySelectorAll('article').length === 6);
    const roles = await panel.$$eval('article h2.turn-role', (headings) => headings.map((h) => h.textContent));
    expect(roles).toEqual(['Prompt', 'AI output', 'Prompt', 'AI output', 'Prompt', 'AI output']);
    await clickButton(panel, '← Library');
    await waitForText(panel, 'Captured conversations');
  });
});

describe('The test browser stays off the internet', () => {
  test('an external request is blocked from a site page and from an extension page; loopback servers answer', async () => {
    // A loopback server answering CORS, as the portal test servers do.
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain' });
      response.end('loopback ok');
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const loopbackUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const fetchOutcome = (url: string) =>
        fetch(url).then(
          (response) => response.text(),
          () => 'blocked',
        );
      expect(await panel.evaluate(fetchOutcome, 'https://example.com/')).toBe('blocked');
      // Stopped by the harness's blocking proxy, not merely by this machine having no internet.
      expect(session.blockedHosts()).toContain('example.com:443');
      expect(await panel.evaluate(fetchOutcome, loopbackUrl)).toBe('loopback ok');
      const { page } = await captureFixture(session, 'chatgpt', { turns: 2 });
      // A site page's own request: not a routed fixture, so interception refuses it before any connection.
      expect(await page.evaluate(fetchOutcome, 'https://chatgpt.com/backend-api/me')).toBe('blocked');
      expect(session.blockedHosts()).not.toContain('chatgpt.com:443');
      await page.close();
    } finally {
      server.close();
    }
  });
});
