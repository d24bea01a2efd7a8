import { expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { readTable, routeFixturePage } from './harness';
import { useSharedSession } from './shared-session';
import { fixtureUrls, generateConversationHtml } from '../fixtures/generate-conversation';
import type { StoredTurn } from '../../lib/model/turn';

// A long first capture's turns go ahead in parts at the click (lib/content/send-with-references.ts); the worker keeps
// them in memory until the capture message names them (lib/background/staged-capture-parts.ts). In real Chromium:
// the parts arrive before the capture message, so the capture is stored from them in one go, exactly.

// Both tests need an empty library and pages loaded afresh, not a fresh profile: one browser, emptied before each.
const shared = useSharedSession();

/**
 * Records the type of every message the worker gets from now on, beside ShowWork's own listener (run in the worker).
 * The listener is added once per worker (a shared browser's worker may run both tests) and starts a new record.
 */
const recordMessages = `(() => {
  globalThis.__showworkSeen = [];
  if (globalThis.__showworkRecording) return;
  globalThis.__showworkRecording = true;
  chrome.runtime.onMessage.addListener((message) => {
    const turns = message.turns ?? message.conversation?.turns ?? [];
    globalThis.__showworkSeen.push({
      type: message.type,
      turns: turns.length,
      staged: turns.filter((turn) => typeof turn.staged === 'number').length,
      references: turns.filter((turn) => typeof turn.contentHash === 'string').length,
    });
    return false;
  });
})()`;

type Seen = { type: string; turns: number; staged: number; references: number }[];

test('a long first capture goes ahead in parts and is stored from them in one go; captured again, nothing changes', async () => {
  const session = shared();
  const url = fixtureUrls.claude;
  await routeFixturePage(session.context, url, generateConversationHtml('claude', { turns: 60, wordsPerAnswer: 1500 }));
  const worker = await session.serviceWorker();
  await worker.evaluate(recordMessages);
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('showwork:pre-read').length > 0, undefined, {
    timeout: 60_000,
  });
  await page.locator('showwork-capture button').click();
  await page.locator('showwork-capture [role="status"]').filter({ hasText: 'Captured 60 turns' }).waitFor();

  const seen = ((await worker.evaluate('globalThis.__showworkSeen')) as Seen).filter((m) => /capture-/.test(m.type));
  const parts = seen.filter((m) => m.type === 'content→background:capture-part');
  const captures = seen.filter((m) => m.type === 'content→background:capture-conversation');
  expect(parts.length).toBeGreaterThan(1);
  expect(parts.reduce((sum, part) => sum + part.turns, 0)).toBe(60);
  // One capture message, every turn named as sent ahead: no turn had to be sent again.
  expect(captures).toEqual([{ type: 'content→background:capture-conversation', turns: 60, staged: 60, references: 0 }]);
  expect(seen.at(-1)!.type).toBe('content→background:capture-conversation');

  const panel = await session.openExtensionPage('/sidepanel.html');
  const turns = (await readTable<StoredTurn>(panel, 'turns')).sort((a, b) => a.ordinal - b.ordinal);
  expect(turns).toHaveLength(60);
  // Each stored hash is the hash of the stored content (lib/capture/content-hash.ts), and no text is empty.
  for (const turn of turns) {
    expect(turn.text.length).toBeGreaterThan(0);
    const hash = createHash('sha256').update(`${turn.role}\n${turn.markdown}\n${turn.text}`, 'utf8').digest('hex');
    expect(turn.contentHash).toBe(hash);
  }

  // A new page learns from the worker, once read ahead, which of its turns the library holds: it sends them all by
  // reference, nothing ahead, and the worker finds every turn unchanged.
  await page.close();
  const again = await session.context.newPage();
  await again.goto(url);
  await again.waitForFunction(() => performance.getEntriesByName('showwork:pre-read').length > 0, undefined, {
    timeout: 60_000,
  });
  await worker.evaluate(recordMessages);
  await again.locator('showwork-capture button').click();
  await again.locator('showwork-capture [role="status"]').filter({ hasText: 'Captured 60 turns' }).waitFor();
  const sent = ((await worker.evaluate('globalThis.__showworkSeen')) as Seen).filter((m) => /capture-/.test(m.type));
  expect(sent).toEqual([{ type: 'content→background:capture-conversation', turns: 60, staged: 0, references: 60 }]);
  expect((await readTable<StoredTurn>(panel, 'turns')).sort((a, b) => a.ordinal - b.ordinal)).toEqual(turns);
});

test('clicked before the page was read ahead, a long capture is read and sent ahead at once, and stored exactly', async () => {
  const session = shared();
  const url = fixtureUrls.chatgpt;
  await routeFixturePage(
    session.context,
    url,
    generateConversationHtml('chatgpt', { turns: 60, wordsPerAnswer: 1500 }),
  );
  const worker = await session.serviceWorker();
  await worker.evaluate(recordMessages);
  const page = await session.context.newPage();
  await page.goto(url);
  await page.locator('showwork-capture button').click();
  await page.locator('showwork-capture [role="status"]').filter({ hasText: 'Captured 60 turns' }).waitFor();
  const seen = ((await worker.evaluate('globalThis.__showworkSeen')) as Seen).filter((m) => /capture-/.test(m.type));
  const captures = seen.filter((m) => m.type === 'content→background:capture-conversation');
  expect(captures).toHaveLength(1);
  expect(seen.filter((m) => m.type === 'content→background:capture-part').length).toBeGreaterThan(0);
  const panel = await session.openExtensionPage('/sidepanel.html');
  const turns = (await readTable<StoredTurn>(panel, 'turns')).sort((a, b) => a.ordinal - b.ordinal);
  expect(turns).toHaveLength(60);

  // Read ahead in idle time in a new page, the same conversation is found unchanged: what the click read is exact.
  const again = await session.context.newPage();
  await again.goto(url);
  await again.waitForFunction(() => performance.getEntriesByName('showwork:pre-read').length > 0, undefined, {
    timeout: 60_000,
  });
  await again.locator('showwork-capture button').click();
  await again.locator('showwork-capture [role="status"]').filter({ hasText: 'Captured 60 turns' }).waitFor();
  expect((await readTable<StoredTurn>(panel, 'turns')).sort((a, b) => a.ordinal - b.ordinal)).toEqual(turns);
});
