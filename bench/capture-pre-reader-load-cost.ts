/**
 * `npx tsx bench/capture-pre-reader-load-cost.ts <extension dir> [<extension dir> …]`: what ShowWork costs a chat page
 * that is loaded and never captured — the page's main-thread task time (CDP Performance metrics) from its navigation
 * to 4 s after its load event, for each built extension given (e.g. the build with the pre-reader declared at
 * document_end, and a copy of it whose manifest leaves that out, where the content script has the worker inject it),
 * and without ShowWork. Pages: a 400-turn ChatGPT conversation, a 12-turn one, and a ChatGPT page with no conversation.
 * Each figure is the median of `SHOWWORK_LOAD_COST_RUNS` (3) loads; the browsers alternate round by round.
 */
import { loadavg } from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath, launchExtension, quietChromiumArgs, routeFixturePage } from '../tests/e2e/harness';
import { generateConversationHtml, fixtureUrls } from '../tests/fixtures/generate-conversation';

const extensions = process.argv.slice(2);
const runs = Number(process.env.SHOWWORK_LOAD_COST_RUNS ?? 3);
const origin = new URL(fixtureUrls.chatgpt).origin;
const pages: [string, string, string][] = [
  ['400 turns', fixtureUrls.chatgpt, generateConversationHtml('chatgpt', { turns: 400, wordsPerAnswer: 1500 })],
  ['12 turns', `${fixtureUrls.chatgpt}2`, generateConversationHtml('chatgpt', { turns: 12, wordsPerAnswer: 300 })],
  ['no conversation', `${origin}/`, '<!doctype html><title>ChatGPT</title><main><p>What can I help with?</p></main>'],
];
const blank = `${origin}/showwork-bench-blank`;

/** Main-thread task time (ms) of loading `url` in `page` and 4 s after its load event. */
async function taskTimeOfLoad(page: Page, url: string): Promise<number> {
  await page.goto(blank);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskDuration = async () =>
    ((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.find(
      (m) => m.name === 'TaskDuration',
    )!.value;
  const before = await taskDuration();
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  await page.waitForTimeout(4000);
  const after = await taskDuration();
  await cdp.detach();
  return (after - before) * 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const figures = new Map<string, number[]>();
const record = (key: string, ms: number) => figures.set(key, [...(figures.get(key) ?? []), ms]);

for (let round = 0; round < runs; round++) {
  for (const extension of ['none', ...extensions]) {
    if (extension === 'none') {
      const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: quietChromiumArgs });
      const page = await browser.newPage();
      const routes = new Map([
        [blank, '<!doctype html><title>blank</title>'],
        ...pages.map(([, u, h]) => [u, h] as const),
      ]);
      await page.route('**/*', (route) => {
        const body = routes.get(route.request().url().split('#')[0]!);
        return body === undefined ? route.abort() : route.fulfill({ contentType: 'text/html; charset=utf-8', body });
      });
      for (const [label, url] of pages) record(`${label}: without ShowWork`, await taskTimeOfLoad(page, url));
      await browser.close();
      continue;
    }
    const session = await launchExtension({ extensionPath: extension });
    try {
      await routeFixturePage(session.context, blank, '<!doctype html><title>blank</title>');
      for (const [, url, html] of pages) await routeFixturePage(session.context, url, html);
      const page = await session.context.newPage();
      for (const [label, url] of pages) record(`${label}: ${extension}`, await taskTimeOfLoad(page, url));
    } finally {
      await session.close();
    }
  }
  console.log(`round ${round} done, load ${loadavg()[0]!.toFixed(1)}`);
}
for (const [key, values] of figures)
  console.log(
    `${key.padEnd(70)} ${median(values).toFixed(0).padStart(6)} ms  (${values.map((v) => v.toFixed(0)).join(', ')})`,
  );
