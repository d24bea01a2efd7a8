/**
 * "Capture trace" lands in the trace, in Firefox. From the in-page button Firefox does not let an extension open
 * its sidebar (a content script's message is not a user action there), so the page says how to see the trace and
 * the place is kept; the toolbar button (a user action) opens the sidebar on the same draft, which is never made
 * twice. The sidebar page opened as a tab stands in for what puppeteer can't drive in the sidebar; the real
 * sidebar's text is read too.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  captureButtonSelector,
  clickToolbarButton,
  launchFirefoxExtension,
  readTable,
  routeFixturePage,
  sidebarText,
  waitForInPageStatus,
  waitForRole,
  type FirefoxSession,
} from './harness';
import { fixtureUrls, generateConversationHtml } from '../e2e-shared/fixture-pages';
import type { Trace } from '../../lib/model/trace';

let session: FirefoxSession;
let panel: Page;
beforeAll(async () => {
  session = await launchFirefoxExtension();
  panel = await session.openExtensionPage('/sidepanel.html');
});
afterAll(async () => {
  await session?.close();
});

const sidebarIsOpen = (page: Page) =>
  page.evaluate(() => (globalThis as any).browser.sidebarAction.isOpen({}) as Promise<boolean>);

test('in-page button: a new draft, honestly "click the toolbar button"; the toolbar then opens the sidebar on it', async () => {
  const title = 'Volcano lesson hook (Firefox)';
  routeFixturePage(
    session,
    fixtureUrls.claude,
    generateConversationHtml('claude', { turns: 4, wordsPerAnswer: 40, title }),
  );
  const page = await session.newPage();
  await page.goto(fixtureUrls.claude);
  await page.bringToFront();
  await (await page.waitForSelector(captureButtonSelector, { timeout: 30_000 }))!.click();
  expect(await waitForInPageStatus(page, /Captured 4 turns/)).toBe(
    'Captured 4 turns — click the ShowWork toolbar button to see it',
  );
  expect(await sidebarIsOpen(panel)).toBe(false);

  // The draft exists, with every turn, and the window's panel page is on it.
  const [trace] = await readTable<Trace>(panel, 'traces');
  expect(trace).toMatchObject({ status: 'draft', title });
  expect(trace!.items).toHaveLength(4);
  await waitForRole(panel, 'heading', title);

  // The toolbar button is a user action: the sidebar opens on the same draft (no second trace).
  await clickToolbarButton(session);
  expect(await waitForInPageStatus(page, /your draft trace opened/)).toBe('Captured 4 turns — your draft trace opened');
  expect(await sidebarIsOpen(panel)).toBe(true);
  await expect.poll(() => sidebarText(panel), { timeout: 20_000 }).toContain('What did you do with AI output 1?');
  expect(await sidebarText(panel)).toContain(title);
  expect(await readTable<Trace>(panel, 'traces')).toHaveLength(1);

  // The panel keeps its place across a reload. (Over BiDi a reloaded extension page answers evaluate and
  // waitForFunction, not puppeteer's ARIA queries: TOOLCHAIN.md, "Firefox end to end".)
  await panel.evaluate(() => location.reload());
  await panel.waitForFunction(
    (heading: string) => [...document.querySelectorAll('h1')].some((h) => h.textContent === heading),
    { timeout: 30_000 },
    title,
  );
});
