/**
 * Capture figures, measured in Debian's Chromium:
 * - extraction of a 400-turn (~300,000-word) conversation in each site's structure, in the page, and its ratio
 *   to reading the same page's innerText (the floor);
 * - the content-script bundle size;
 * - click-to-visible: from a click on "Capture trace" to the conversation listed in the side panel;
 * - main-thread time added by auto-record while a 2,000-token answer streams, against the page without ShowWork.
 */
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import {
  quietChromiumArgs,
  chromiumPath,
  launchExtension,
  routeFixturePage,
  captureButtonName,
  extensionPath,
} from '../tests/e2e/harness';
import { generateConversationHtml, fixtureUrls } from '../tests/fixtures/generate-conversation';
import type { SiteAdapter } from '../lib/adapters/types';
import type { BenchResult } from './types';

const sites: SiteAdapter['id'][] = ['chatgpt', 'claude', 'gemini', 'copilot', 'perplexity'];
const bigConversation = { turns: 400, wordsPerAnswer: 1500 };

export async function benchCapture(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  results.push(...(await benchExtraction()));
  results.push(...benchBundleSize());
  results.push(...(await benchClickToVisible()));
  results.push(...(await benchAutoRecordOverhead()));
  return results;
}

async function bundleAdapters(): Promise<string> {
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, 'page-adapters.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    alias: { '@': resolve(import.meta.dirname, '..') },
  });
  return out.outputFiles[0]!.text;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function benchExtraction(): Promise<BenchResult[]> {
  const script = await bundleAdapters();
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: quietChromiumArgs });
  const results: BenchResult[] = [];
  try {
    for (const site of sites) {
      const page = await browser.newPage();
      const html = generateConversationHtml(site, bigConversation);
      await page.route('**/*', (route) =>
        route.request().url().split('#')[0] === fixtureUrls[site]
          ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
          : route.abort(),
      );
      await page.goto(fixtureUrls[site]);
      await page.addScriptTag({ content: script });
      const timing = await page.evaluate(() =>
        (
          globalThis as unknown as {
            __showwork: {
              benchmarkExtraction(): { innerText: number[]; extract: number[]; turns: number; words: number };
            };
          }
        ).__showwork.benchmarkExtraction(),
      );
      const extraction = median(timing.extract);
      const floor = Math.max(median(timing.innerText), 0.1);
      results.push({
        name: `${site}: extract ${timing.turns} turns, ${Math.round(timing.words / 1000)}k words`,
        value: extraction,
        unit: 'ms',
        goal: '< 150 ms',
      });
      results.push({ name: `${site}: extraction / innerText`, value: extraction / floor, unit: '×', goal: '≤ 3×' });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

function benchBundleSize(): BenchResult[] {
  const file = resolve(extensionPath, 'content-scripts/chat.js');
  const bytes = statSync(file).size;
  return [
    { name: 'content script (minified)', value: bytes / 1024, unit: 'KB', goal: '< 60 KB' },
    { name: 'content script (gzip)', value: gzipSync(readFileSync(file)).length / 1024, unit: 'KB' },
  ];
}

async function benchClickToVisible(): Promise<BenchResult[]> {
  const session = await launchExtension();
  try {
    const results: BenchResult[] = [];
    for (const [label, shape] of [
      ['typical (12 turns)', { turns: 12, wordsPerAnswer: 300 }],
      ['huge (400 turns, ~300k words)', bigConversation],
    ] as const) {
      const url = `${fixtureUrls.chatgpt}${label.startsWith('huge') ? '1' : '2'}`;
      await routeFixturePage(
        session.context,
        url,
        generateConversationHtml('chatgpt', { ...shape, title: `Bench ${label}` }),
      );
      const panel = await session.openExtensionPage('/sidepanel.html');
      const chat = await session.context.newPage();
      await chat.goto(url);
      const button = chat.getByRole('button', { name: captureButtonName.en });
      await button.waitFor();
      const start = performance.now();
      await button.click();
      await panel.getByRole('button', { name: `Bench ${label}`, exact: true }).waitFor({ timeout: 30_000 });
      results.push({
        name: `click-to-visible in side panel, ${label}`,
        value: performance.now() - start,
        unit: 'ms',
        goal: '< 1 s',
      });
      await chat.close();
      await panel.close();
    }
    return results;
  } finally {
    await session.close();
  }
}

/** Appends 2,000 tokens to the last answer, one every 2 ms, and returns the main thread's task time meanwhile. */
async function streamAndMeasure(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskDuration = async () =>
    ((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.find(
      (m) => m.name === 'TaskDuration',
    )!.value;
  const before = await taskDuration();
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const paragraphs = document.querySelectorAll('p');
        const target = paragraphs[paragraphs.length - 1]!;
        let sent = 0;
        const timer = setInterval(() => {
          target.append(document.createTextNode(` token${sent}`));
          if (++sent >= 2000) {
            clearInterval(timer);
            // The answer is complete, as claude.ai marks it: auto-record now captures once.
            document.querySelector('[data-is-streaming="true"]')?.setAttribute('data-is-streaming', 'false');
            done();
          }
        }, 2);
      }),
  );
  // Let auto-record's quiet-period check run once streaming stops, as it would in real use.
  await page.waitForTimeout(1200);
  const after = await taskDuration();
  await cdp.detach();
  return (after - before) * 1000;
}

async function benchAutoRecordOverhead(): Promise<BenchResult[]> {
  const html = generateConversationHtml('claude', { turns: 40, wordsPerAnswer: 400, streamingLastAnswer: true });
  const url = fixtureUrls.claude;
  const runs = 5;
  const measure = async (page: Page) => {
    const values: number[] = [];
    for (let run = 0; run < runs; run++) {
      await page.reload();
      await page.waitForLoadState('load');
      values.push(await streamAndMeasure(page));
    }
    return median(values);
  };

  const plain = await chromium.launch({ executablePath: chromiumPath, headless: true, args: quietChromiumArgs });
  const plainPage = await plain.newPage();
  await plainPage.route('**/*', (route) =>
    route.request().url() === url ? route.fulfill({ contentType: 'text/html', body: html }) : route.abort(),
  );
  await plainPage.goto(url);
  const withoutExtension = await measure(plainPage);
  await plain.close();

  const session = await launchExtension();
  try {
    const settings = await session.openExtensionPage('/sidepanel.html');
    await routeFixturePage(session.context, url, html);
    const page = await session.context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: captureButtonName.en }).waitFor();
    await settings.evaluate(() => chrome.storage.local.set({ autoRecord: { claude: false } }));
    const autoRecordOff = await measure(page);
    await settings.evaluate(() => chrome.storage.local.set({ autoRecord: { claude: true } }));
    const autoRecordOn = await measure(page);
    return [
      { name: 'main-thread time while 2,000 tokens stream, without ShowWork', value: withoutExtension, unit: 'ms' },
      {
        name: 'main-thread time while 2,000 tokens stream, ShowWork, auto-record off',
        value: autoRecordOff,
        unit: 'ms',
      },
      { name: 'main-thread time while 2,000 tokens stream, ShowWork, auto-record on', value: autoRecordOn, unit: 'ms' },
      {
        name: 'auto-record on / without ShowWork (separate browsers)',
        value: autoRecordOn / withoutExtension,
        unit: '×',
        goal: '< 1.02',
      },
      {
        name: 'auto-record on / off (same page, same browser)',
        value: autoRecordOn / autoRecordOff,
        unit: '×',
        goal: '< 1.02',
      },
    ];
  } finally {
    await session.close();
  }
}
