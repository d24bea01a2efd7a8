import { expect, test } from 'vitest';
import { readTable, routeFixturePage, captureButtonName } from './harness';
import { useSharedSession } from './shared-session';
import { fixtureUrls, generateConversationHtml } from '../fixtures/generate-conversation';
import type { StoredTurn } from '../../lib/model/turn';
import type { StoredConversation } from '../../lib/model/conversation';
import type { Page } from 'playwright-core';

// Auto-record needs an empty library and its setting off, not a fresh profile: one browser, emptied before each test.
const shared = useSharedSession();

/**
 * How long a page must stay quiet for a second write to have happened: the recorder's quiet period (AutoRecorder's
 * default quietMs, 1000 ms, lib/content/auto-recorder.ts) plus half a period for its check to run on a busy machine.
 */
const quietPeriodMs = 1500;

/** Streams `tokens` words into Claude's last answer, then flips data-is-streaming to "false" as claude.ai does. */
async function streamLastAnswer(page: Page, tokens: number): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        const answers = document.querySelectorAll('[data-is-streaming] .standard-markdown');
        const paragraph = document.createElement('p');
        answers[answers.length - 1]!.append(paragraph);
        let sent = 0;
        const timer = setInterval(() => {
          paragraph.append(`${sent === 0 ? '' : ' '}word${sent}`);
          if (++sent === count) {
            clearInterval(timer);
            paragraph.append(' THE-END.');
            document.querySelector('[data-is-streaming="true"]')!.setAttribute('data-is-streaming', 'false');
            done();
          }
        }, 5);
      }),
    tokens,
  );
}

test('auto-record stores each answer once it has finished streaming: one complete record, never partial', async () => {
  const session = shared();
  // Turned on through the options page, as a teacher would.
  const options = await session.openExtensionPage('/options.html');
  await options.getByRole('checkbox', { name: 'Claude' }).click();
  await expect
    .poll(() => options.evaluate(() => (globalThis as any).chrome.storage.local.get('autoRecord')))
    .toEqual({ autoRecord: { claude: true } });

  const url = fixtureUrls.claude;
  await routeFixturePage(
    session.context,
    url,
    generateConversationHtml('claude', { turns: 4, wordsPerAnswer: 30, streamingLastAnswer: true }),
  );
  const page = await session.context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: captureButtonName.en }).waitFor();

  await streamLastAnswer(page, 400);
  // Nothing may be stored while streaming; afterwards, exactly the 4 turns, the last one complete.
  await expect.poll(async () => (await readTable<StoredTurn>(options, 'turns')).length, { timeout: 15_000 }).toBe(4);
  await page.waitForTimeout(quietPeriodMs); // a further quiet period must not write again
  const turns = (await readTable<StoredTurn>(options, 'turns')).sort((a, b) => a.ordinal - b.ordinal);
  expect(turns).toHaveLength(4);
  expect(turns[3]!.text).toMatch(/word0 word1 .* word399 THE-END\.$/s);
  expect(turns.every((turn) => turn.previousVersions.length === 0)).toBe(true);

  // The teacher asks again and a new answer streams: exactly two more turns, still no partial versions.
  await page.evaluate(() => {
    const last = document.querySelector('[data-test-render-count="1"]:last-of-type') ?? document.body;
    const prompt = document
      .querySelector('[data-testid="user-message"]')!
      .closest('[data-test-render-count]')!
      .cloneNode(true) as Element;
    prompt.querySelector('[data-testid="user-message"] p')!.textContent = 'Now make it shorter for grade 3.';
    const answer = document
      .querySelector('[data-is-streaming]')!
      .closest('[data-test-render-count]')!
      .cloneNode(true) as Element;
    answer.querySelector('[data-is-streaming]')!.setAttribute('data-is-streaming', 'true');
    answer.querySelector('.standard-markdown')!.replaceChildren();
    last.after(prompt, answer);
  });
  await streamLastAnswer(page, 200);
  await expect.poll(async () => (await readTable<StoredTurn>(options, 'turns')).length, { timeout: 15_000 }).toBe(6);
  const after = (await readTable<StoredTurn>(options, 'turns')).sort((a, b) => a.ordinal - b.ordinal);
  expect(after[4]!.text).toBe('Now make it shorter for grade 3.');
  expect(after[5]!.text).toMatch(/^word0 .* word199 THE-END\.$/s);
  expect(after.every((turn) => turn.previousVersions.length === 0)).toBe(true);
});

test('auto-record follows single-page navigation to another conversation', async () => {
  const session = shared();
  const options = await session.openExtensionPage('/options.html');
  await options.getByRole('checkbox', { name: 'ChatGPT' }).click();
  await expect.poll(() => options.getByRole('checkbox', { name: 'ChatGPT' }).isChecked()).toBe(true);
  const first = fixtureUrls.chatgpt;
  const second = 'https://chatgpt.com/c/0b7e9c1d-2f3a-4b5c-8d9e-0f1a2b3c4d5e';
  const secondHtml = generateConversationHtml('chatgpt', { turns: 2, wordsPerAnswer: 20, title: 'Second chat' });
  await routeFixturePage(
    session.context,
    first,
    generateConversationHtml('chatgpt', { turns: 4, wordsPerAnswer: 20, title: 'First chat' }),
  );
  const page = await session.context.newPage();
  await page.goto(first);
  await expect
    .poll(async () => (await readTable<StoredConversation>(options, 'conversations')).length, { timeout: 15_000 })
    .toBe(1);

  // The site swaps the conversation in place and pushes a new URL, as single-page apps do.
  await page.evaluate(
    ({ html, url }) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      history.pushState({}, '', url);
      document.title = next.title;
      const host = document.querySelector('showwork-capture');
      document.body.replaceChildren(...Array.from(next.body.childNodes).map((node) => document.importNode(node, true)));
      if (host) document.documentElement.append(host);
    },
    { html: secondHtml, url: second },
  );
  await expect
    .poll(async () => (await readTable<StoredConversation>(options, 'conversations')).length, { timeout: 15_000 })
    .toBe(2);
  const conversations = await readTable<StoredConversation>(options, 'conversations');
  expect(conversations.map((c) => c.title).sort()).toEqual(['First chat', 'Second chat']);
  expect(conversations.find((c) => c.title === 'Second chat')).toMatchObject({ turnCount: 2, url: second });
});
