/**
 * End-to-end harness: launches Debian's Chromium (playwright-core, no browser download) with the built
 * extension from .output/chrome-mv3, serves fixture pages at the real AI-site URLs, blocks every other
 * external request, and gives tests the extension's pages, its service worker, and a way to stop it.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateConversationHtml, fixtureUrls } from '../fixtures/generate-conversation';
import type { SiteAdapter } from '../../lib/adapters/types';
import { captureButtonName, capturedPattern, isLoopback, stripHash } from '../e2e-shared/fixture-pages';
import {
  axeSource,
  axeViolationsInPage,
  putLibraryRecordsInPage,
  readTableInPage,
  throwOnAxeViolations,
  type LibraryRecord,
} from '../e2e-shared/in-page';

export { captureButtonName, capturedPattern, type LibraryRecord };

/** The in-page button's status once it says "Captured N turns" (inside the button's shadow root). */
export const capturedStatus = (page: Page, n: number) =>
  page.locator('showwork-capture [role="status"]').filter({ hasText: `Captured ${n} turns` });

export const extensionPath = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Debian's /usr/bin/chromium is a wrapper script that prints noise (TOOLCHAIN.md trap 10): use the binary. */
export const chromiumPath =
  ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet and fast on this closed network (TOOLCHAIN.md trap 4). */
export const quietChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  serviceWorker(): Promise<Worker>;
  openExtensionPage(path: '/sidepanel.html' | '/options.html' | `/${string}.html`): Promise<Page>;
  /** Closes the browser; the profile directory is kept when it was passed in (to test a restart). */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile to test a browser restart; a fresh temporary one by default. */
  userDataDir?: string;
  locale?: 'en' | 'es';
  /** Headless by default; the demo shows a window when a display is available. */
  headless?: boolean;
  /** Another build to load (the upgrade test's previous release, a copy granting a test origin); .output/chrome-mv3 by default. */
  extensionPath?: string;
  /** More Chromium flags (e.g. to keep a background tab from being throttled while it is timed). */
  extraArgs?: string[];
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extension = options.extensionPath ?? extensionPath;
  if (!existsSync(join(extension, 'manifest.json'))) {
    throw new Error(`No built extension at ${extension}: run "npx wxt build" first.`);
  }
  const isOwnProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'showwork-e2e-'));
  const locale = options.locale ?? 'en';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: options.headless ?? true,
    locale,
    // Chromium on Linux takes its UI language (and so chrome.i18n's) from these.
    env: { ...process.env, LANGUAGE: locale, LANG: locale === 'es' ? 'es_ES.UTF-8' : 'en_US.UTF-8' },
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      `--lang=${locale}`,
      ...quietChromiumArgs,
      ...(options.extraArgs ?? []),
    ],
  });
  // No test ever reaches the internet: routed fixtures and loopback servers only.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopback(url) || /^(chrome-extension|data|blob):/.test(url)) return route.continue();
    const html = routedPages.get(context)?.get(stripHash(url));
    if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    return route.abort('blockedbyclient');
  });

  const serviceWorker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return existing ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  };
  const extensionId = new URL((await serviceWorker()).url()).host;

  return {
    context,
    extensionId,
    userDataDir,
    serviceWorker,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (isOwnProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const routedPages = new WeakMap<BrowserContext, Map<string, string>>();

/** Serves `html` at `url` (a real site URL, so the content script's real `matches` apply). */
export async function routeFixturePage(context: BrowserContext, url: string, html: string): Promise<void> {
  let pages = routedPages.get(context);
  if (!pages) routedPages.set(context, (pages = new Map()));
  pages.set(stripHash(url), html);
}

/** Forgets every page routed with routeFixturePage (a shared browser between tests: tests/e2e/shared-session.ts). */
export function forgetFixturePages(context: BrowserContext): void {
  routedPages.get(context)?.clear();
}

/**
 * Opens a generated fixture conversation of `site` at its real URL, clicks "Capture trace" and waits for
 * the "Captured N turns" feedback. Returns the page and the number of turns reported.
 */
export async function captureFixture(
  session: ExtensionSession,
  site: SiteAdapter['id'],
  options: { turns?: number; wordsPerAnswer?: number; locale?: 'en' | 'es'; url?: string; html?: string } = {},
): Promise<{ page: Page; turnCount: number }> {
  const url = options.url ?? fixtureUrls[site];
  const html =
    options.html ??
    generateConversationHtml(site, { turns: options.turns ?? 6, wordsPerAnswer: options.wordsPerAnswer ?? 60 });
  await routeFixturePage(session.context, url, html);
  const page = await session.context.newPage();
  await page.goto(url);
  const locale = options.locale ?? 'en';
  await page.getByRole('button', { name: captureButtonName[locale] }).click();
  const status = page.getByRole('status').filter({ hasText: capturedPattern[locale] });
  await status.waitFor({ timeout: 30_000 });
  const turnCount = Number(capturedPattern[locale].exec((await status.textContent()) ?? '')?.[1]);
  return { page, turnCount };
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page and throws listing every violation.
 * Injected through page.evaluate, which extension pages' CSP allows (a <script> tag would be refused).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.evaluate(axeSource);
  throwOnAxeViolations(await page.evaluate(axeViolationsInPage));
}

/** Stops the extension's MV3 service worker for real, through the DevTools protocol (TOOLCHAIN.md). */
export async function stopServiceWorker(session: ExtensionSession): Promise<void> {
  const page = session.context.pages()[0] ?? (await session.context.newPage());
  const cdp = await session.context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const workers = targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(session.extensionId));
    for (const worker of workers) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  } finally {
    await cdp.detach();
  }
}

/** Reads whole tables of ShowWork's IndexedDB through an extension page (raw IndexedDB, no app code). */
export async function readTable<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return (await page.evaluate(readTableInPage, table)) as T[];
}

/** Writes records straight into ShowWork's IndexedDB through an extension page (raw IndexedDB, one transaction). */
export async function putLibraryRecords(page: Page, records: LibraryRecord[]): Promise<void> {
  await page.evaluate(putLibraryRecordsInPage, records);
}
