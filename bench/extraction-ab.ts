/**
 * Interleaved A/B of the site adapters' extraction: `readConversation` as it was at a git ref (A) against the working
 * tree's (B), read alternately on the same generated 400-turn page of each site (the bench's pages), so both see the
 * same load on a shared machine. Prints the main thread's CPU time (CDP thread ticks) of each reading, min and median
 * per side, their ratio to the page's innerText read in the same rounds, and whether both readings are identical
 * (FNV-1a fingerprint and length of their JSON). Not part of `npm run bench`: a tool for keeping only the changes that
 * help, without changing a byte of what is read.
 *
 *   npx tsx bench/extraction-ab.ts <ref> [site …]      (AB_RUNS=9 by default)
 */
import { build } from 'esbuild';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumPath, quietChromiumArgs } from '../tests/e2e/harness';
import { generateConversationHtml, fixtureUrls } from '../tests/fixtures/generate-conversation';
import type { SiteAdapter } from '../lib/adapters/types';

const root = resolve(import.meta.dirname, '..');
const allSites: SiteAdapter['id'][] = ['chatgpt', 'claude', 'gemini', 'copilot', 'perplexity'];
const runs = Number(process.env.AB_RUNS ?? 9);

/** The ref's lib/ in a folder of its own, to bundle the adapters as they were there. */
function checkout(ref: string): string {
  const dir = resolve(root, '.tmp', `extraction-ab-${ref.replace(/[^\w.-]/g, '_')}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', ref, 'lib'], { cwd: root, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  return dir;
}

// Each side's reader under its own global; the reading's fingerprint is FNV-1a of its JSON, with its length.
const readerHelper = (name: string) => `
import { findAdapterForUrl } from './lib/adapters/find-adapter';
globalThis.${name} = () => {
  const url = new URL(location.href);
  let json;
  try { json = JSON.stringify(findAdapterForUrl(url).readConversation(document, url)); }
  catch (error) { json = 'error ' + String(error && error.code); }
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) { h ^= json.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return (h >>> 0).toString(16) + '/' + json.length;
};
`;

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

async function main(): Promise<void> {
  const [ref, ...rest] = process.argv.slice(2);
  if (ref === undefined) throw new Error('usage: npx tsx bench/extraction-ab.ts <ref> [site …]');
  const scripts = [
    await bundle(readerHelper('__readA'), checkout(ref)),
    await bundle(readerHelper('__readB'), root),
    'globalThis.__innerText = () => document.body.innerText.length;',
  ];
  const sites = rest.length > 0 ? (rest as SiteAdapter['id'][]) : allSites;
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: quietChromiumArgs });
  try {
    for (const site of sites) {
      const page = await browser.newPage();
      const url = fixtureUrls[site];
      const html = generateConversationHtml(site, { turns: 400, wordsPerAnswer: 1500 });
      await page.route('**/*', (route) =>
        route.request().url().split('#')[0] === url
          ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
          : route.abort(),
      );
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 180_000 });
      for (const content of scripts) await page.addScriptTag({ content });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
      const a: number[] = [];
      const b: number[] = [];
      const text: number[] = [];
      const prints = new Set<string>();
      // Warm-up (JIT) for both, not counted; then alternate which side goes first.
      await cpuOf(page, cdp, 'globalThis.__readA()');
      await cpuOf(page, cdp, 'globalThis.__readB()');
      for (let i = 0; i < runs; i++) {
        const order: ['A' | 'B', number[]][] = [
          ['A', a],
          ['B', b],
        ];
        if (i % 2 === 1) order.reverse();
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
