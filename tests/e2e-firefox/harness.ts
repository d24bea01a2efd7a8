/**
 * Firefox end-to-end harness: Debian's headless Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the
 * built Firefox extension (.output/firefox-mv3, `npx wxt build -b firefox`) installed as a temporary add-on.
 * The same shape as the Chromium harness (tests/e2e/harness.ts), so a Chromium test ports in minutes:
 *
 *   const session = await launchFirefoxExtension();              // fresh profile, extension installed
 *   const panel = await session.openExtensionPage('/sidepanel.html');   // moz-extension://<fixed uuid>/…
 *   const { page, turnCount } = await captureFixture(session, 'claude'); // fixture at the real URL, clicked
 *   await clickButton(panel, 'New trace');                        // by accessible name (puppeteer's ::-p-aria)
 *   const pdf = await session.waitForDownload(/\.pdf$/);          // the saved file's path
 *   await session.close();
 *
 * What differs from Chromium, and why (checked with firefox-esr 153.8 and puppeteer-core 25.16, Nov 2026; see
 * ../shared/TOOLCHAIN.md "Firefox end to end"):
 * - Extension pages are addressed through a fixed UUID (pref `extensions.webextensions.uuids`), and reaching
 *   `moz-extension://` needs `--remote-allow-system-access`.
 * - `page.goto()` to an extension page never resolves (the remote agent drops its navigation events), so
 *   openExtensionPage starts the navigation and waits for the document instead.
 * - Request interception is per page: use `session.newPage()` (or captureFixture) for pages that load sites.
 *   Behind it, every non-loopback connection goes to a loopback proxy that only notes the host and hangs up, so
 *   whatever no interception saw (the background script, extension pages, Firefox itself) never leaves the
 *   machine; `session.blockedHosts()` lists what was stopped there.
 * - Downloads (`<a download>` from an extension page) go straight to a per-session folder (prefs below);
 *   puppeteer has no download event, so waitForDownload watches the folder until Firefox finishes the file.
 * - The UI language is Firefox's (Debian's firefox-esr is en-US only without a language pack): English only.
 * - Host permissions of the manifest are in effect with no prompt for a temporary add-on; optional permission
 *   requests are granted without a prompt (pref `extensions.webextOptionalPermissionPrompts`).
 * - The toolbar button and keyboard shortcut live in Firefox's own window (browser.xhtml), which puppeteer can't
 *   click. `--remote-allow-system-access` lets WebDriver BiDi evaluate there (`moz:scope: 'chrome'`):
 *   clickToolbarButton and pressCaptureShortcut run Firefox's own handlers for them, so the extension gets a real
 *   user action (sidebarAction.open and permissions.request accept it). The sidebar itself is read through
 *   `browser.extension.getViews({ type: 'sidebar' })` from an extension page (sidebarText).
 */
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import type { SiteAdapter } from '../../lib/adapters/types';
import {
  captureButtonName,
  capturedPattern,
  fixtureUrls,
  generateConversationHtml,
  isLoopback,
  stripHash,
} from '../e2e-shared/fixture-pages';
import {
  axeSource,
  axeViolationsInPage,
  putLibraryRecordsInPage,
  readTableInPage,
  throwOnAxeViolations,
  type LibraryRecord,
} from '../e2e-shared/in-page';

export { captureButtonName, capturedPattern, type LibraryRecord };

export const firefoxExtensionPath = resolve(import.meta.dirname, '../../.output/firefox-mv3');

/** Debian's firefox-esr (scripts/setup.sh installs it); FIREFOX_PATH overrides. */
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The gecko id of wxt.config.ts's browser_specific_settings. */
export const geckoId = 'showwork@showwork.invalid';

/** The extension's internal UUID in every test profile, so its pages have a known address. */
export const extensionUuid = '5e0f7a3c-2b1d-4c6e-9a8f-0d1c2b3a4e5f';
export const extensionOrigin = `moz-extension://${extensionUuid}`;

export interface FirefoxSession {
  browser: Browser;
  /** The gecko id installExtension returned. */
  extensionId: string;
  /** Where downloads land (a fresh folder per session). */
  downloadsDir: string;
  /** Opens an extension page in a new tab and waits until its document has loaded. */
  openExtensionPage(path: '/sidepanel.html' | '/options.html' | `/${string}.html`): Promise<Page>;
  /** A new tab whose requests are served from routed fixtures (routeFixturePage) or blocked. */
  newPage(): Promise<Page>;
  /** `host:port` of every connection the blocking proxy stopped (requests no interception answered). */
  blockedHosts(): string[];
  /** Resolves with the path of the first finished download whose file name matches. */
  waitForDownload(name: RegExp, timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

const routedPages = new WeakMap<FirefoxSession, Map<string, string>>();

export async function launchFirefoxExtension(): Promise<FirefoxSession> {
  if (!existsSync(join(firefoxExtensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${firefoxExtensionPath}: run "npx wxt build -b firefox" first.`);
  }
  if (!existsSync(firefoxPath)) throw new Error(`No Firefox at ${firefoxPath}: run "npm run setup" (firefox-esr).`);
  const downloadsDir = mkdtempSync(join(tmpdir(), 'showwork-ff-downloads-'));
  const proxy = await startBlockingProxy();
  const cleanUp = () => {
    proxy.close();
    rmSync(downloadsDir, { recursive: true, force: true });
  };
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionUuid }),
        // Optional permissions (a portal's host) are granted without the prompt a headless test can't answer.
        'extensions.webextOptionalPermissionPrompts': false,
        // Downloads: straight into downloadsDir with no dialog. Firefox would also open a downloaded PDF in a
        // pdf.js tab (its default action for PDFs, seen here): without pdf.js it is only saved, which spares the
        // two cores a render.
        'browser.download.dir': downloadsDir,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'pdfjs.disabled': true,
        // Nothing leaves the machine: every non-loopback connection goes to the blocking proxy.
        // Interception (newPage) answers the fixture URLs before the proxy is ever consulted.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': 'localhost, 127.0.0.1, [::1]',
        'network.proxy.allow_hijacking_localhost': false,
      },
    })
    .catch((error: unknown) => {
      cleanUp();
      throw error;
    });
  let extensionId: string;
  try {
    extensionId = await browser.installExtension(firefoxExtensionPath);
  } catch (error) {
    await browser.close();
    cleanUp();
    throw error;
  }

  const session: FirefoxSession = {
    browser,
    extensionId,
    downloadsDir,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = `${extensionOrigin}${path}`;
      // goto() to moz-extension:// never resolves in Firefox (see above); it rejects when the tab closes. For the
      // same reason page.url() of an extension page reads about:blank: ask the page for location.href instead.
      void page.goto(url).catch(() => undefined);
      await waitUntilLoaded(page, url);
      return page;
    },
    async newPage() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => void answerRequest(session, request));
      return page;
    },
    blockedHosts: () => [...proxy.hosts],
    waitForDownload: (name, timeoutMs = 30_000) => waitForFinishedFile(downloadsDir, name, timeoutMs),
    async close() {
      await browser.close();
      cleanUp();
    },
  };
  return session;
}

/**
 * Polls the page until it shows `url`, fully loaded. Not page.waitForFunction: while the tab moves from about:blank
 * to the extension page, Firefox can answer an evaluation with a protocol error ("right-hand side of 'in' should be
 * an object, got null") instead of a result, and waitForFunction gives up on the first such error. Here an error
 * only means "not yet".
 */
async function waitUntilLoaded(page: Page, url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      // An evaluation sent into a document that is being replaced may never answer: give each one 2 s.
      const loaded = await Promise.race([
        page.evaluate((expected: string) => location.href === expected && document.readyState === 'complete', url),
        new Promise<false>((answer) => setTimeout(() => answer(false), 2_000)),
      ]);
      if (loaded) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`${url} did not load within ${timeoutMs} ms`, { cause: lastError });
}

/**
 * A loopback "proxy" that answers nothing: it reads the first line of each connection (`CONNECT host:443 …` or
 * `GET http://host/… `), notes the host and closes the socket, so the browser sees a network error.
 */
async function startBlockingProxy(): Promise<{ port: number; hosts: Set<string>; close(): void }> {
  const hosts = new Set<string>();
  const server = createServer((socket) => {
    socket.once('data', (data) => {
      const target = /^[A-Z]+ (\S+)/.exec(data.toString('latin1'))?.[1] ?? '';
      hosts.add(target.startsWith('http') ? new URL(target).host : target);
      socket.destroy();
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return { port: (server.address() as AddressInfo).port, hosts, close: () => server.close() };
}

async function answerRequest(session: FirefoxSession, request: HTTPRequest): Promise<void> {
  const url = request.url();
  if (isLoopback(url) || /^(moz-extension|data|blob|about):/.test(url)) return request.continue();
  const html = routedPages.get(session)?.get(stripHash(url));
  if (html !== undefined && request.isNavigationRequest()) {
    return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  }
  return request.abort('blockedbyclient');
}

/** Serves `html` at `url` (a real site URL, so the content script's real `matches` apply) in session pages. */
export function routeFixturePage(session: FirefoxSession, url: string, html: string): void {
  let pages = routedPages.get(session);
  if (!pages) routedPages.set(session, (pages = new Map()));
  pages.set(stripHash(url), html);
}

/** The in-page Capture button, inside the content script's open shadow root. */
export const captureButtonSelector = 'showwork-capture >>> button';

/** The text of the in-page status line once it matches `pattern` (waits for it). */
export async function waitForInPageStatus(page: Page, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  const handle = await page.waitForFunction(
    (source: string, flags: string) => {
      const text = document
        .querySelector('showwork-capture')
        ?.shadowRoot?.querySelector('[role="status"]')?.textContent;
      return text && new RegExp(source, flags).test(text) ? text : false;
    },
    { timeout: timeoutMs },
    pattern.source,
    pattern.flags,
  );
  return String(await handle.jsonValue());
}

/**
 * Opens a generated fixture conversation of `site` at its real URL, clicks "Capture trace" (a trusted click
 * through the shadow root) and waits for the "Captured N turns" feedback. Returns the page and the turn count.
 */
export async function captureFixture(
  session: FirefoxSession,
  site: SiteAdapter['id'],
  options: { turns?: number; wordsPerAnswer?: number; url?: string; html?: string } = {},
): Promise<{ page: Page; turnCount: number }> {
  const url = options.url ?? fixtureUrls[site];
  const html =
    options.html ??
    generateConversationHtml(site, { turns: options.turns ?? 6, wordsPerAnswer: options.wordsPerAnswer ?? 60 });
  routeFixturePage(session, url, html);
  const page = await session.newPage();
  await page.goto(url);
  const button = await page.waitForSelector(captureButtonSelector, { timeout: 30_000 });
  await button!.click();
  const status = await waitForInPageStatus(page, capturedPattern.en);
  return { page, turnCount: Number(capturedPattern.en.exec(status)?.[1]) };
}

/**
 * Evaluates `expression` in Firefox's own browser window (browser.xhtml, system privileges) over raw WebDriver
 * BiDi, and returns its string or boolean result. For what only the browser's UI can do; not for page content.
 */
export async function evaluateInBrowserWindow(session: FirefoxSession, expression: string): Promise<unknown> {
  const connection = (session.browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
    result: { contexts: { context: string; url: string }[] };
  };
  const window = tree.result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('No Firefox browser window found over BiDi (is --remote-allow-system-access set?)');
  const answer = (await connection.send('script.evaluate', {
    expression,
    target: { context: window.context },
    awaitPromise: true,
    resultOwnership: 'none',
  })) as { result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } } };
  if (answer.result.type === 'exception')
    throw new Error(`In the browser window: ${answer.result.exceptionDetails?.text}`);
  return answer.result.result?.value;
}

interface BidiConnection {
  send(method: string, params: object): Promise<unknown>;
}

/** The widget id Firefox derives from the gecko id (ExtensionCommon.makeWidgetId). */
const widgetId = geckoId.toLowerCase().replace(/[^a-z0-9_-]/g, '_');

/**
 * Presses ShowWork's Alt+Shift+T in Firefox: runs the <key> element Firefox registered for the manifest command
 * (ExtensionShortcuts), exactly what the key press runs, in the selected tab. Synthesised key events from
 * puppeteer never reach browser-window shortcuts.
 */
export async function pressCaptureShortcut(session: FirefoxSession): Promise<void> {
  await evaluateInBrowserWindow(
    session,
    `(() => { const key = document.querySelector('#ext-keyset-id-${widgetId} key[key="T"]');
      if (!key) throw new Error('ShowWork shortcut not registered'); key.doCommand(); return true; })()`,
  );
}

/** Clicks ShowWork's toolbar button in the selected tab (Firefox's browserAction.triggerAction: "as if clicked"). */
export async function clickToolbarButton(session: FirefoxSession): Promise<void> {
  await evaluateInBrowserWindow(
    session,
    `(() => { const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = WebExtensionPolicy.getByID(${JSON.stringify(geckoId)}).extension;
      ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window); return true; })()`,
  );
}

/** The visible text of ShowWork's sidebar, read from an extension page ('' when the sidebar is closed). */
export async function sidebarText(extensionPage: Page): Promise<string> {
  return extensionPage.evaluate(() => {
    const views = (
      globalThis as unknown as { browser: { extension: { getViews(q: object): Window[] } } }
    ).browser.extension.getViews({ type: 'sidebar' });
    return views[0]?.document.body?.innerText ?? '';
  });
}

/** Escapes a name for puppeteer's `::-p-aria(...)` selector (quoted attribute form). */
const ariaQuoted = (text: string) => JSON.stringify(text);

/** Waits for the element with this role and exact accessible name (puppeteer's ARIA query over BiDi). */
export async function waitForRole(page: Page, role: string, name: string, timeoutMs = 30_000) {
  const handle = await page.waitForSelector(`::-p-aria([name=${ariaQuoted(name)}][role=${ariaQuoted(role)}])`, {
    timeout: timeoutMs,
  });
  if (!handle) throw new Error(`No ${role} named "${name}"`);
  return handle;
}

/** Clicks the button with this exact accessible name (a trusted click, like a user's). */
export async function clickButton(page: Page, name: string): Promise<void> {
  await (await waitForRole(page, 'button', name)).click();
}

/** Waits until the page's visible text contains `text`. */
export async function waitForText(page: Page, text: string, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(
    (expected: string) => document.body.innerText.includes(expected),
    { timeout: timeoutMs },
    text,
  );
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA) on the page and throws listing every violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.evaluate(axeSource);
  throwOnAxeViolations(await page.evaluate(axeViolationsInPage));
}

/** Reads a whole table of ShowWork's IndexedDB through an extension page (raw IndexedDB, no app code). */
export async function readTable<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return (await page.evaluate(readTableInPage, table)) as T[];
}

/** Writes records straight into ShowWork's IndexedDB through an extension page (one transaction). */
export async function putLibraryRecords(page: Page, records: LibraryRecord[]): Promise<void> {
  await page.evaluate(putLibraryRecordsInPage, records);
}

/**
 * Firefox saves a download as `<name>.part` and renames it when done (an empty `<name>` may exist meanwhile):
 * a file counts as finished once it is non-empty, has no `.part` beside it, and its size held for one poll.
 */
async function waitForFinishedFile(dir: string, name: RegExp, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let lastSize = -1;
  while (Date.now() < deadline) {
    const files = readdirSync(dir);
    const match = files.find((file) => name.test(file) && !file.endsWith('.part'));
    if (match && !files.includes(`${match}.part`)) {
      const size = statSync(join(dir, match)).size;
      if (size > 0 && size === lastSize) return join(dir, match);
      lastSize = size;
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(
    `No finished download matching ${name} in ${dir} after ${timeoutMs} ms: ${readdirSync(dir).join(', ')}`,
  );
}
