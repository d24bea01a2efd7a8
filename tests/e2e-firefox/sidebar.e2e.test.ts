/**
 * What Firefox does differently, tested in Firefox: the side panel is the sidebar (manifest `sidebar_action`,
 * opened by `sidebarAction.open()` from the user's action), and the AI sites' host permissions are the user's to
 * grant (without one, no content script runs there; the toolbar button asks for it).
 */
import { afterEach, describe, expect, test } from 'vitest';
import {
  captureButtonSelector,
  clickToolbarButton,
  evaluateInBrowserWindow,
  extensionOrigin,
  launchFirefoxExtension,
  pressCaptureShortcut,
  readTable,
  routeFixturePage,
  sidebarText,
  waitForInPageStatus,
  type FirefoxSession,
} from './harness';
import { fixtureUrls, generateConversationHtml } from '../e2e-shared/fixture-pages';
import type { Page } from 'puppeteer-core';

let session: FirefoxSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const conversationHtml = (title: string) => generateConversationHtml('claude', { turns: 4, wordsPerAnswer: 40, title });

/** Opens the Claude fixture at its real URL in a tab in front, the tab the toolbar button and shortcut act on. */
async function openClaudeFixture(current: FirefoxSession, title: string): Promise<Page> {
  routeFixturePage(current, fixtureUrls.claude, conversationHtml(title));
  const page = await current.newPage();
  await page.goto(fixtureUrls.claude);
  await page.bringToFront();
  return page;
}

const sidebarIsOpen = (page: Page) =>
  page.evaluate(() => (globalThis as any).browser.sidebarAction.isOpen({}) as Promise<boolean>);

describe('Firefox sidebar', () => {
  test('the manifest makes the side panel page the sidebar, and no Chrome-only permission is asked for', async () => {
    session = await launchFirefoxExtension();
    const panel = await session.openExtensionPage('/sidepanel.html');
    const facts = await panel.evaluate(async () => {
      const ext = (globalThis as any).browser;
      const manifest = ext.runtime.getManifest();
      return {
        panel: (await ext.sidebarAction.getPanel({})) as string,
        title: (await ext.sidebarAction.getTitle({})) as string,
        permissions: manifest.permissions as string[],
        hasSidePanelApi: 'sidePanel' in ext,
        sidebarIcon: manifest.sidebar_action?.default_icon as unknown,
        icons: manifest.icons as unknown,
      };
    });
    expect(facts.panel).toBe(`${extensionOrigin}/sidepanel.html`);
    expect(facts.title).toBe('ShowWork');
    expect(facts.permissions).not.toContain('sidePanel');
    expect(facts.hasSidePanelApi).toBe(false);
    // The sidebar shows the extension's icon when the manifest has one.
    if (facts.icons) expect(facts.sidebarIcon).toEqual(facts.icons);
  });

  test('Alt+Shift+T captures the tab and opens the sidebar, which lists the conversation', async () => {
    session = await launchFirefoxExtension();
    const extensionPage = await session.openExtensionPage('/options.html');
    const title = 'Volcano unit (shortcut)';
    const page = await openClaudeFixture(session, title);
    await page.waitForSelector(captureButtonSelector);
    expect(await sidebarIsOpen(extensionPage)).toBe(false);

    await pressCaptureShortcut(session);
    expect(await waitForInPageStatus(page, /Captured 4 turns/)).toBe('Captured 4 turns');
    expect(await sidebarIsOpen(extensionPage)).toBe(true);
    await expect.poll(() => sidebarText(extensionPage), { timeout: 20_000 }).toContain(title);
    expect(await sidebarText(extensionPage)).toContain('Captured 4 turns');
  });

  test('the toolbar button captures the tab and opens the sidebar', async () => {
    session = await launchFirefoxExtension();
    const extensionPage = await session.openExtensionPage('/options.html');
    const title = 'Volcano unit (toolbar)';
    const page = await openClaudeFixture(session, title);
    await page.waitForSelector(captureButtonSelector);

    await clickToolbarButton(session);
    expect(await waitForInPageStatus(page, /Captured 4 turns/)).toBe('Captured 4 turns');
    expect(await sidebarIsOpen(extensionPage)).toBe(true);
    await expect.poll(() => sidebarText(extensionPage), { timeout: 20_000 }).toContain(title);
  });
});

describe('Firefox host permissions', () => {
  test('without the site permission no content script runs; the toolbar button asks for it, then captures', async () => {
    session = await launchFirefoxExtension();
    const extensionPage = await session.openExtensionPage('/options.html');
    // As if the teacher had switched "claude.ai" off in about:addons → ShowWork → Permissions.
    expect(
      await extensionPage.evaluate(() =>
        (globalThis as any).browser.permissions.remove({ origins: ['https://claude.ai/*'] }),
      ),
    ).toBe(true);

    const title = 'Volcano unit (permission)';
    const page = await openClaudeFixture(session, title);
    // Firefox does not run the content script: no Capture button (give it time to prove it).
    await new Promise((done) => setTimeout(done, 1500));
    expect(await page.$('showwork-capture')).toBeNull();

    // The toolbar button asks for claude.ai (the test profile grants requests without a prompt), injects the
    // content script into this open tab and captures.
    await clickToolbarButton(session);
    expect(await waitForInPageStatus(page, /Captured 4 turns/)).toBe('Captured 4 turns');
    const origins = await extensionPage.evaluate(
      async () => ((await (globalThis as any).browser.permissions.getAll()).origins as string[]) ?? [],
    );
    expect(origins).toContain('https://claude.ai/*');
    expect(await page.$$eval('showwork-capture', (hosts) => hosts.length)).toBe(1);
    expect((await readTable(extensionPage, 'turns')).length).toBe(4);
  });

  test('a teacher who declines is told how to allow the site; nothing is captured', async () => {
    session = await launchFirefoxExtension();
    const extensionPage = await session.openExtensionPage('/options.html');
    await extensionPage.evaluate(() =>
      (globalThis as any).browser.permissions.remove({ origins: ['https://claude.ai/*'] }),
    );
    // Firefox's real prompt this time, answered "Don't allow" in the browser window.
    await evaluateInBrowserWindow(
      session,
      `Services.prefs.setBoolPref('extensions.webextOptionalPermissionPrompts', true); true`,
    );
    await openClaudeFixture(session, 'Volcano unit (declined)');
    await clickToolbarButton(session);
    await evaluateInBrowserWindow(
      session,
      `new Promise((resolve, reject) => {
        const started = Date.now();
        const poll = () => {
          const prompt = PopupNotifications.getNotification('addon-webext-permissions');
          if (prompt) { prompt.secondaryActions[0].callback(); resolve(true); }
          else if (Date.now() - started > 15000) reject(new Error('no permission prompt'));
          else setTimeout(poll, 100);
        };
        poll();
      })`,
    );
    await expect
      .poll(() => sidebarText(extensionPage), { timeout: 20_000 })
      .toContain('ShowWork may not read claude.ai yet.');
    expect(await readTable(extensionPage, 'turns')).toHaveLength(0);
  });
});
