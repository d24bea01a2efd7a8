/**
 * `npx tsx bench/profile-extraction.ts [site…]`: a CPU profile of reading a generated 400-turn page with the
 * site's adapter in Debian's Chromium (CDP Profiler), summarised as self time per function. For finding where
 * extraction spends its time; the figures of record are `npm run bench -- capture`.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { quietChromiumArgs, chromiumPath } from '../tests/e2e/harness';
import { generateConversationHtml, fixtureUrls } from '../tests/fixtures/generate-conversation';
import type { SiteAdapter } from '../lib/adapters/types';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

const sites = (process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(fixtureUrls)) as SiteAdapter['id'][];
const repeats = 5;

const script = (
  await build({
    entryPoints: [resolve(import.meta.dirname, 'page-adapters.ts')],
    bundle: true,
    minify: false,
    keepNames: false,
    format: 'iife',
    write: false,
    alias: { '@': resolve(import.meta.dirname, '..') },
  })
).outputFiles[0]!.text;

const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: quietChromiumArgs });
try {
  for (const site of sites) {
    const page = await browser.newPage();
    const html = generateConversationHtml(site, { turns: 400, wordsPerAnswer: 1500 });
    await page.route('**/*', (route) =>
      route.request().url().split('#')[0] === fixtureUrls[site]
        ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })
        : route.abort(),
    );
    await page.goto(fixtureUrls[site], { waitUntil: 'domcontentloaded', timeout: 180_000 });
    await page.addScriptTag({ content: script });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    // Warm up once (first read compiles), then profile the repeats.
    const timing = await page.evaluate('__showwork.benchmarkExtraction()');
    await cdp.send('Profiler.start');
    const t2 = (await page.evaluate('__showwork.benchmarkExtraction()')) as { innerText: number[]; extract: number[] };
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
    const selfTime = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parentOf = new Map<number, ProfileNode>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n);
    const name = (n: ProfileNode | undefined) => n?.callFrame.functionName || '(anonymous)';
    profile.samples.forEach((id, i) => {
      const node = byId.get(id)!;
      const f = node.callFrame;
      // Native calls (no script URL) are named with their caller: which querySelectorAll, which textContent.
      const key = f.url ? `${name(node)} :${f.lineNumber + 1}` : `${name(node)} <- ${name(parentOf.get(id))}`;
      selfTime.set(key, (selfTime.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    // Inclusive time of the reader's stages (each function counted once per sample).
    const inclusive = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const seen = new Set<string>();
      for (let n: ProfileNode | undefined = byId.get(id); n !== undefined; n = parentOf.get(n.id)) seen.add(name(n));
      for (const fn of seen) inclusive.set(fn, (inclusive.get(fn) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const stages = ['readConversation', 'collectMessages', 'readTurns', 'markElements', 'markCodeBlockContainers',
      'readDocumentCards', 'serializeContent', 'renderList', 'renderTable', 'renderCodeBlock', 'renderMath',
      'renderInlineCode', 'renderLink', 'addText', 'flush', 'joinBlocks', 'readTitle', 'clipTurn'];
    const reads = inclusive.get('readConversation') ?? 1;
    console.log('  inclusive: ' + stages.map((st) => `${st} ${((100 * (inclusive.get(st) ?? 0)) / reads).toFixed(0)}%`).join(', '));
    const total = [...selfTime.values()].reduce((a, b) => a + b, 0);
    console.log(
      `\n${site}: extract median ${med(t2.extract).toFixed(0)} ms, innerText ${med(t2.innerText).toFixed(0)} ms ` +
        `(ratio ${(med(t2.extract) / med(t2.innerText)).toFixed(2)}; warm-up run ${JSON.stringify(timing).length > 0 ? 'done' : ''}); profile ${total.toFixed(0)} ms`,
    );
    for (const [key, ms] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 22))
      console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${key}`);
    await page.close();
  }
} finally {
  await browser.close();
}
