import { afterEach, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  captureButtonName,
  captureFixture,
  launchExtension,
  readTable,
  routeFixturePage,
  stopServiceWorker,
  expectNoAxeViolations,
  type ExtensionSession,
} from './harness';
import { useSharedSession } from './shared-session';
import { fixtureUrls, generateConversationHtml } from '../fixtures/generate-conversation';
import type { StoredTurn } from '../../lib/model/turn';
import type { StoredConversation } from '../../lib/model/conversation';

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const sites = ['chatgpt', 'claude', 'gemini', 'copilot', 'perplexity'] as const;

// A stopped worker, a restart and an extension update each need a browser of their own.
describe('Robustness', () => {
  test('the service worker stopped mid-capture loses nothing: the content script retries', async () => {
    session = await launchExtension();
    const url = fixtureUrls.chatgpt;
    await routeFixturePage(
      session.context,
      url,
      generateConversationHtml('chatgpt', { turns: 200, wordsPerAnswer: 600 }),
    );
    const page = await session.context.newPage();
    await page.goto(url);
    const panel = await session.openExtensionPage('/sidepanel.html');
    await page.getByRole('button', { name: captureButtonName.en }).click();
    await stopServiceWorker(session);
    await page.getByRole('status').filter({ hasText: 'Captured 200 turns' }).waitFor({ timeout: 30_000 });
    expect(await readTable(panel, 'turns')).toHaveLength(200);

    // What was acknowledged survives another stop; a new capture wakes the worker again.
    await stopServiceWorker(session);
    await page.getByRole('button', { name: captureButtonName.en }).click();
    await page.getByRole('status').filter({ hasText: 'Captured 200 turns' }).waitFor({ timeout: 30_000 });
    expect(await readTable(panel, 'turns')).toHaveLength(200);
  });

  test('the library is still there after the browser restarts with the same profile', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'showwork-restart-'));
    try {
      session = await launchExtension({ userDataDir: profile });
      await captureFixture(session, 'gemini', {
        html: generateConversationHtml('gemini', { turns: 4, wordsPerAnswer: 40, title: 'Persuasive essay rubric' }),
      });
      await session.close();

      session = await launchExtension({ userDataDir: profile });
      const panel = await session.openExtensionPage('/sidepanel.html');
      // Listed twice when the capture's trace was stored before the browser closed: the conversation comes first.
      await panel.getByRole('button', { name: 'Persuasive essay rubric', exact: true }).first().click();
      await expect.poll(() => panel.getByRole('article').count()).toBe(4);
    } finally {
      await session?.close();
      session = undefined;
      rmSync(profile, { recursive: true, force: true });
    }
  });

  test('after an extension update, open AI tabs get the new content script (one button, capture works)', async () => {
    session = await launchExtension();
    const url = fixtureUrls.perplexity;
    await routeFixturePage(
      session.context,
      url,
      generateConversationHtml('perplexity', { turns: 4, wordsPerAnswer: 40 }),
    );
    const page = await session.context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: captureButtonName.en }).waitFor();
    const oldButtonHost = await page.locator('showwork-capture').elementHandle();
    const worker = await session.serviceWorker();
    const restarted = session.context.waitForEvent('serviceworker');
    await worker.evaluate(() => (globalThis as any).chrome.runtime.reload()).catch(() => {});
    await restarted;
    // The new content script replaces the orphaned one's button: exactly one, and it is a new one.
    await expect.poll(() => oldButtonHost!.evaluate((host) => host.isConnected), { timeout: 15_000 }).toBe(false);
    expect(await page.getByRole('button', { name: captureButtonName.en }).count()).toBe(1);
    await page.getByRole('button', { name: captureButtonName.en }).click();
    await page.getByRole('status').filter({ hasText: 'Captured 4 turns' }).waitFor({ timeout: 15_000 });
  });
});

// Most of these need an empty library, not a fresh profile: one browser for them, emptied before each.
describe('in one browser, emptied before each test', () => {
  const browser = useSharedSession();

  describe('Capture trace on each AI site', () => {
    test.each(sites)('%s: every turn appears in the side panel', async (site) => {
      const session = browser();
      const panel = await session.openExtensionPage('/sidepanel.html');
      const title = `Water cycle unit (${site})`;
      const html = generateConversationHtml(site, { turns: 6, wordsPerAnswer: 50, title });
      const { turnCount } = await captureFixture(session, site, { html });
      expect(turnCount).toBe(6);
      // The fixture page opened in front; a background tab's animation frames are throttled, and Playwright waits for
      // two before each click (an element must be stable), so every click on a background panel waits seconds.
      await panel.bringToFront();

      // The panel went to the conversation's new trace; one click back, the library has the status line and
      // the conversation in its AI tool's group.
      await panel.getByRole('heading', { level: 1, name: title }).waitFor();
      await panel.getByRole('button', { name: '← Back' }).click();
      await panel.getByText('Captured 6 turns').waitFor();
      // The title is listed twice now: the conversation, and the trace the capture made (Traces (1)).
      await panel.getByRole('button', { name: title, exact: true }).first().click();
      const turns = panel.getByRole('article');
      await expect.poll(() => turns.count()).toBe(6);
      const headings = await turns.locator('h2.turn-role').allTextContents();
      expect(headings).toEqual(['Prompt', 'AI output', 'Prompt', 'AI output', 'Prompt', 'AI output']);

      // Stored in the extension origin's IndexedDB, once.
      const stored = await readTable<StoredTurn>(panel, 'turns');
      expect(stored).toHaveLength(6);
      const storedConversations = await readTable<StoredConversation>(panel, 'conversations');
      expect(storedConversations).toMatchObject([{ site, title }]);
    });
  });

  describe('Robustness', () => {
    test('capturing twice merges: no duplicate turns', async () => {
      const session = browser();
      const { page } = await captureFixture(session, 'claude');
      await page.getByRole('button', { name: captureButtonName.en }).click();
      await page.getByRole('status').filter({ hasText: 'Captured 6 turns' }).waitFor();
      const panel = await session.openExtensionPage('/sidepanel.html');
      expect(await readTable(panel, 'turns')).toHaveLength(6);
      expect(await readTable(panel, 'conversations')).toHaveLength(1);
    });

    test('a chat page with no conversation says so (no silent empty capture)', async () => {
      const session = browser();
      await routeFixturePage(
        session.context,
        'https://chatgpt.com/',
        '<!doctype html><title>ChatGPT</title><main><h1>What can I help with?</h1><textarea></textarea></main>',
      );
      const page = await session.context.newPage();
      await page.goto('https://chatgpt.com/');
      const panel = await session.openExtensionPage('/sidepanel.html');
      await page.getByRole('button', { name: captureButtonName.en }).click();
      const message = page
        .getByRole('status')
        .filter({ hasText: /couldn't find|could not find|no conversation|Capture selection/i });
      await message.waitFor();
      await panel
        .getByTestId('capture-status')
        .filter({ hasText: /Capture selection/ })
        .waitFor();
      expect(await readTable(panel, 'turns')).toHaveLength(0);
    });

    test('the library view has no axe-core violations', async () => {
      const session = browser();
      await captureFixture(session, 'chatgpt');
      const panel = await session.openExtensionPage('/sidepanel.html');
      await panel.getByRole('heading', { name: 'ChatGPT (1)' }).waitFor();
      await expectNoAxeViolations(panel);
    });
  });
});
