/**
 * Interleaved A/B of the structural reader: the reader as it was at a git ref (A) against the working tree's (B),
 * read alternately on the same redesigned 400-turn page, so both see the same load on a shared machine. Prints the
 * main thread's CPU time (CDP thread ticks) of each reading, min and median per reader, their ratio to the page's
 * innerText, and whether both readings are identical (a fingerprint of their JSON). Not part of `npm run bench`: a
 * tool for keeping only the changes that help.
 *
 *   npx tsx bench/structural-ab.ts <ref> [site …]      (AB_RUNS=9 by default)
 *   AB_PHASE=find npx tsx bench/structural-ab.ts <ref> [site …]   (the message finder alone, wall time in the page)
 *   npx tsx bench/structural-ab.ts <ref> fixtures      (every corpus and known-site fixture, as it is and redesigned:
 *                                                       both readers' whole readings compared, no timing)
 */
import { build } from 'esbuild';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumPath, quietChromiumArgs } from '../tests/e2e/harness';
import { generateConversationHtml, fixtureUrls } from '../tests/fixtures/generate-conversation';
import { corpusPages, knownSitePages } from '../tests/adapters/structural/corpus';
import type { SiteAdapter } from '../lib/adapters/types';

const root = resolve(import.meta.dirname, '..');
const allSites: SiteAdapter['id'][] = ['chatgpt', 'claude', 'gemini', 'copilot', 'perplexity'];
const runs = Number(process.env.AB_RUNS ?? 9);

/** The ref's lib/ in a folder of its own, to bundle the reader as it was there. */
function checkout(ref: string): string {
  const dir = resolve(root, '.tmp', `ab-${ref.replace(/[^\w.-]/g, '_')}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', ref, 'lib'], { cwd: root, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  return dir;
}

async function bundle(contents: string, resolveDir: string): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    alias: { '@': resolveDir },
  });
  return out.outputFiles[0]!.text;
}

// Each reader under its own global; a reading's fingerprint is FNV-1a of its JSON. `__find<name>` times the message
// finder alone (wall time in the page, after a page scan of its own): a change to it shows better there.
const readerHelper = (name: string) => `
import { readStructurally } from './lib/adapters/structural/read-structurally';
import { scanPage } from './lib/adapters/structural/page-scan';
import { findMessages } from './lib/adapters/structural/find-messages';
globalThis.__find${name} = () => {
  const scan = scanPage(document.body);
  const start = performance.now();
  findMessages(document.body, scan);
  return performance.now() - start;
};
globalThis.${name} = () => {
  let json;
  try { json = JSON.stringify(readStructurally(document, new URL(location.href))); }
  catch (error) { json = 'error ' + String(error && error.code); }
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) { h ^= json.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return (h >>> 0).toString(16) + '/' + json.length;
};
`;
const redesignHelper = `
import { redesignDocument } from './tests/adapters/structural/redesign';
globalThis.__redesign = () => redesignDocument(document);
globalThis.__innerText = () => document.body.innerText.length;
`;

async function threadTime(cdp: CDPSession): Promise<number> {
  return (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
}

/** CPU time of one call in the page (a string: tsx would wrap a function with a helper the page lacks). */
async function cpuOf(page: Page, cdp: CDPSession, call: string): Promise<{ cpu: number; value: unknown }> {
  const before = await threadTime(cdp);
  const value = await page.evaluate(call);
  return { cpu: (await threadTime(cdp)) - before, value };
}

const median = (v: readonly number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const min = (v: readonly number[]) => Math.min(...v);

async function openPage(page: Page, url: string, html: string, scripts: readonly string[]): Promise<void> {
  await page.route('**/*', (route) =>
    route.request().url().split('#')[0] === url
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  await page.goto(url);
  for (const content of scripts) await page.addScriptTag({ content });
}

/**
 * Both readers on every fixture of the evaluation corpus and of the known sites, as it is and redesigned: the
 * readings (turns, Markdown, title, confidence, reasons) must be identical. Each reader gets a fresh page (a
 * reading marks nothing in the page, but the redesign does).
 */
async function compareFixtures(browser: Browser, scripts: readonly string[]): Promise<void> {
  const pages = [...corpusPages(), ...knownSitePages()];
  let differ = 0;
  for (const evaluation of pages) {
    const url = /<meta name="showwork-fixture-url" content="([^"]+)">/.exec(evaluation.html)?.[1];
    if (url === undefined) continue;
    for (const redesigned of [false, true]) {
      const prints: string[] = [];
      for (const name of ['A', 'B']) {
        const page = await browser.newPage();
        await openPage(page, url.replace(/&amp;/g, '&'), evaluation.html, scripts);
        if (redesigned) await page.evaluate('globalThis.__redesign()');
        prints.push(String(await page.evaluate(`globalThis.__read${name}()`)));
        await page.close();
      }
      if (prints[0] !== prints[1]) differ++;
      console.log(
        `${prints[0] === prints[1] ? 'same  ' : 'DIFFER'} ${evaluation.id}${redesigned ? ' (redesigned)' : ''}: ${prints.join(' ')}`,
      );
    }
  }
  console.log(`${2 * pages.length} readings compared, ${differ} differ`);
}

async function main(): Promise<void> {
  const [ref, ...rest] = process.argv.slice(2);
  if (ref === undefined) throw new Error('usage: npx tsx bench/structural-ab.ts <ref> [site … | fixtures]');
  const base = checkout(ref);
  const scripts = [
    await bundle(readerHelper('__readA'), base),
    await bundle(readerHelper('__readB'), root),
    await bundle(redesignHelper, root),
  ];
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: quietChromiumArgs });
  if (rest[0] === 'fixtures') {
    try {
      await compareFixtures(browser, scripts);
    } finally {
      await browser.close();
    }
    return;
  }
  const sites = rest.length > 0 ? (rest as SiteAdapter['id'][]) : allSites;
  try {
    for (const site of sites) {
      const page = await browser.newPage();
      const url = fixtureUrls[site];
      await openPage(page, url, generateConversationHtml(site, { turns: 400, wordsPerAnswer: 1500 }), scripts);
      await page.evaluate('globalThis.__redesign()');
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
      const a: number[] = [];
      const b: number[] = [];
      const text: number[] = [];
      const prints = new Set<string>();
      // Warm-up (JIT) for both, not counted; then alternate which reader goes first.
      await cpuOf(page, cdp, 'globalThis.__readA()');
      await cpuOf(page, cdp, 'globalThis.__readB()');
      if (process.env.AB_PHASE === 'find') {
        for (let i = 0; i < runs; i++) {
          const order: ['A' | 'B', number[]][] =
            i % 2 === 0
              ? [
                  ['A', a],
                  ['B', b],
                ]
              : [
                  ['B', b],
                  ['A', a],
                ];
          for (const [name, into] of order) into.push(Number(await page.evaluate(`globalThis.__find__read${name}()`)));
        }
        console.log(
          `${site} findMessages: A(${ref}) min ${min(a).toFixed(1)} med ${median(a).toFixed(1)} ms | B min ${min(b).toFixed(1)} med ${median(b).toFixed(1)} ms | B/A min ${(min(b) / min(a)).toFixed(3)} med ${(median(b) / median(a)).toFixed(3)}`,
        );
        await page.close();
        continue;
      }
      for (let i = 0; i < runs; i++) {
        const order: ['A' | 'B', number[]][] =
          i % 2 === 0
            ? [
                ['A', a],
                ['B', b],
              ]
            : [
                ['B', b],
                ['A', a],
              ];
        for (const [name, into] of order) {
          const { cpu, value } = await cpuOf(page, cdp, `globalThis.__read${name}()`);
          into.push(cpu);
          prints.add(`${name} ${String(value)}`);
        }
        text.push((await cpuOf(page, cdp, 'globalThis.__innerText()')).cpu);
      }
      const fingerprints = [...prints];
      const same = new Set(fingerprints.map((p) => p.slice(2))).size === 1;
      const t = min(text);
      console.log(
        `${site}: A(${ref}) min ${min(a).toFixed(0)} med ${median(a).toFixed(0)} ms (${(min(a) / t).toFixed(2)}x) | ` +
          `B min ${min(b).toFixed(0)} med ${median(b).toFixed(0)} ms (${(min(b) / t).toFixed(2)}x) | ` +
          `B/A min ${(min(b) / min(a)).toFixed(3)} med ${(median(b) / median(a)).toFixed(3)} | innerText min ${t.toFixed(0)} ms | ` +
          `readings ${same ? 'identical' : 'DIFFER'} ${fingerprints.join(' ')}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
