/**
 * What the interleaved A/B benches share (`extraction-ab.ts`: the site adapters; `structural-ab.ts`: the general
 * reader): a git ref's `lib/` checked out beside the working tree, bundling a page helper against either, the
 * bench's generated 400-turn pages, CPU time of one call in the page, and the alternating A/B loop with its report
 * line. On a shared machine wall times drift; CPU minima of alternating runs compare two versions fairly.
 */
import { build } from 'esbuild';
import type { CDPSession, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateConversationHtml, fixtureUrls } from '../tests/fixtures/generate-conversation';
import type { SiteAdapter } from '../lib/adapters/types';

export const root = resolve(import.meta.dirname, '..');
export const allSites: SiteAdapter['id'][] = ['chatgpt', 'claude', 'gemini', 'copilot', 'perplexity'];

/** The ref's lib/ in a folder of its own (under .tmp/, named by `label`), to bundle the code as it was there. */
export function checkout(ref: string, label: string): string {
  const dir = resolve(root, '.tmp', `${label}-${ref.replace(/[^\w.-]/g, '_')}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', ref, 'lib'], { cwd: root, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  return dir;
}

/** A page helper (TypeScript source importing `./lib/...`) bundled against `resolveDir`, minified, as one script. */
export async function bundle(contents: string, resolveDir: string): Promise<string> {
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

/** Serves `html` at `url` (nothing else loads), opens it and adds `scripts`. */
export async function openPage(page: Page, url: string, html: string, scripts: readonly string[] = []): Promise<void> {
  await page.route('**/*', (route) =>
    route.request().url().split('#')[0] === url
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 180_000 });
  for (const content of scripts) await page.addScriptTag({ content });
}

/** The bench's generated 400-turn conversation of `site`, at its real URL. */
export async function openGeneratedConversation(
  page: Page,
  site: SiteAdapter['id'],
  scripts: readonly string[] = [],
): Promise<void> {
  await openPage(
    page,
    fixtureUrls[site],
    generateConversationHtml(site, { turns: 400, wordsPerAnswer: 1500 }),
    scripts,
  );
}

async function threadTime(cdp: CDPSession): Promise<number> {
  return (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
}

/** CPU time of one call in the page (a string: tsx would wrap a function with a helper the page lacks). */
export async function cpuOf(page: Page, cdp: CDPSession, call: string): Promise<{ cpu: number; value: unknown }> {
  const before = await threadTime(cdp);
  const value = await page.evaluate(call);
  return { cpu: (await threadTime(cdp)) - before, value };
}

export const median = (v: readonly number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
export const min = (v: readonly number[]) => Math.min(...v);

/** Runs `each` for A and B in `runs` rounds, swapping who goes first each round, then `afterRound`. */
export async function alternate(
  runs: number,
  each: (name: 'A' | 'B') => Promise<void>,
  afterRound: () => Promise<void> = async () => undefined,
): Promise<void> {
  for (let i = 0; i < runs; i++) {
    for (const name of i % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) await each(name);
    await afterRound();
  }
}

/**
 * The A/B measurement on an open page whose scripts define `__readA`, `__readB` (each returning a fingerprint of
 * its reading) and `__innerText`: one warm-up each (JIT), then `runs` alternating rounds of both plus innerText,
 * printed as one line: CPU min and median per side, each ÷ innerText, B/A, and whether the readings match.
 */
export async function measureAB(page: Page, site: string, ref: string, runs: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
  const times = { A: [] as number[], B: [] as number[] };
  const text: number[] = [];
  const prints = new Set<string>();
  await cpuOf(page, cdp, 'globalThis.__readA()');
  await cpuOf(page, cdp, 'globalThis.__readB()');
  await alternate(
    runs,
    async (name) => {
      const { cpu, value } = await cpuOf(page, cdp, `globalThis.__read${name}()`);
      times[name].push(cpu);
      prints.add(`${name} ${String(value)}`);
    },
    async () => {
      text.push((await cpuOf(page, cdp, 'globalThis.__innerText()')).cpu);
    },
  );
  const { A: a, B: b } = times;
  const fingerprints = [...prints];
  const same = new Set(fingerprints.map((p) => p.slice(2))).size === 1;
  const t = min(text);
  console.log(
    `${site}: A(${ref}) min ${min(a).toFixed(0)} med ${median(a).toFixed(0)} ms (${(min(a) / t).toFixed(2)}x) | ` +
      `B min ${min(b).toFixed(0)} med ${median(b).toFixed(0)} ms (${(min(b) / t).toFixed(2)}x) | ` +
      `B/A min ${(min(b) / min(a)).toFixed(3)} med ${(median(b) / median(a)).toFixed(3)} | innerText min ${t.toFixed(0)} ms | ` +
      `readings ${same ? 'identical' : 'DIFFER'} ${fingerprints.join(' ')}`,
  );
}
