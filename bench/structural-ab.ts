/**
 * Interleaved A/B of the structural reader: the reader as it was at a git ref (A) against the working tree's (B),
 * read alternately on the same redesigned 400-turn page, so both see the same load on a shared machine. Prints the
 * main thread's CPU time (CDP thread ticks) of each reading, min and median per reader, their ratio to the page's
 * innerText, and whether both readings are identical (a fingerprint of their JSON). Not part of `npm run bench`: a
 * tool for keeping only the changes that help.
 *
 *   npx tsx bench/structural-ab.ts <ref> [site …]      (AB_RUNS=9 by default)
 *   AB_PHASE=find npx tsx bench/structural-ab.ts <ref> [site …]   (the message finder alone, wall time in the page)
 *   AB_PHASE=steps npx tsx bench/structural-ab.ts <ref> [site …]  (each step of the reading, wall time in the page)
 *   AB_FIRST=1 npx tsx bench/structural-ab.ts <ref> [site …]   (first readings: each reading on a freshly opened page)
 *   npx tsx bench/structural-ab.ts <ref> fixtures      (every corpus and known-site fixture, as it is and redesigned:
 *                                                       both readers' whole readings compared, no timing)
 */
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath, quietChromiumArgs } from '../tests/e2e/harness';
import { corpusPages, knownSitePages } from '../tests/adapters/structural/corpus';
import type { SiteAdapter } from '../lib/adapters/types';
import {
  allSites,
  alternate,
  bundle,
  checkout,
  cpuOf,
  measureAB,
  median,
  min,
  openGeneratedConversation,
  openPage,
  root,
} from './ab-kit';

const runs = Number(process.env.AB_RUNS ?? 9);

// Each reader under its own global; a reading's fingerprint is FNV-1a of its JSON. `__find<name>` times the message
// finder alone (wall time in the page, after a page scan of its own): a change to it shows better there.
const readerHelper = (name: string) => `
import { readStructurally } from './lib/adapters/structural/read-structurally';
import { scanPage } from './lib/adapters/structural/page-scan';
import { findMessages } from './lib/adapters/structural/find-messages';
import { hasContentText, isChromeElement, isInsideChrome } from './lib/adapters/structural/page-scan';
import { stripEdgeLabels, stripInlineChrome } from './lib/adapters/structural/strip-chrome';
import { classifyRoles } from './lib/adapters/structural/classify-roles';
import { stripAnswerPreambles } from './lib/adapters/structural/answer-preamble';
import { serializeTurns } from './lib/adapters/structural/serialize-turns';
// The reading's steps as read-structurally.ts runs them, each timed (ms, wall time in the page).
globalThis.__steps${name} = () => {
  const t = [performance.now()];
  const lap = () => t.push(performance.now());
  const scan = scanPage(document.body); lap();
  const found = findMessages(document.body, scan); lap();
  const labels = stripEdgeLabels(found.blocks, scan);
  const blocks = found.blocks.filter((block) => hasContentText(block.el, scan));
  const c = classifyRoles(blocks, labels, (el, block) => isChromeElement(el, scan) || isInsideChrome(el, block, scan), scan.actions); lap();
  stripInlineChrome(found.column, scan); lap();
  stripAnswerPreambles(c.blocks, scan); lap();
  serializeTurns(found.column, c.blocks, scan, location.href); lap();
  return t.slice(1).map((end, i) => end - t[i]);
};
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

/**
 * First readings, as the extension makes them: each reading on a page just opened and redesigned, so nothing the
 * reader touched before is warm (the page's wrappers of its nodes, the reader's compiled code, Chromium's cached
 * collections). Prints CPU min and median of each side and each ÷ the page's innerText (its second run: the first
 * lays out the redesigned page).
 */
async function measureFirstReadings(
  browser: Browser,
  site: SiteAdapter['id'],
  ref: string,
  scripts: readonly string[],
) {
  const times = { A: [] as number[], B: [] as number[] };
  const text: number[] = [];
  const prints = new Set<string>();
  await alternate(runs, async (name) => {
    const page = await browser.newPage();
    await openGeneratedConversation(page, site, scripts);
    await page.evaluate('globalThis.__redesign()');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
    const { cpu, value } = await cpuOf(page, cdp, `globalThis.__read${name}()`);
    times[name].push(cpu);
    prints.add(String(value));
    await cpuOf(page, cdp, 'globalThis.__innerText()');
    text.push((await cpuOf(page, cdp, 'globalThis.__innerText()')).cpu);
    await page.close();
  });
  const { A: a, B: b } = times;
  const t = min(text);
  console.log(
    `${site} first readings: A(${ref}) min ${min(a).toFixed(0)} med ${median(a).toFixed(0)} ms (${(min(a) / t).toFixed(2)}x) | ` +
      `B min ${min(b).toFixed(0)} med ${median(b).toFixed(0)} ms (${(min(b) / t).toFixed(2)}x) | ` +
      `B/A min ${(min(b) / min(a)).toFixed(3)} med ${(median(b) / median(a)).toFixed(3)} | innerText min ${t.toFixed(0)} ms | ` +
      `readings ${prints.size === 1 ? 'identical' : 'DIFFER'} ${[...prints].join(' ')}`,
  );
}

async function main(): Promise<void> {
  const [ref, ...rest] = process.argv.slice(2);
  if (ref === undefined) throw new Error('usage: npx tsx bench/structural-ab.ts <ref> [site … | fixtures]');
  const scripts = [
    await bundle(readerHelper('__readA'), checkout(ref, 'ab')),
    await bundle(readerHelper('__readB'), root),
    await bundle(redesignHelper, root),
  ];
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: quietChromiumArgs });
  try {
    if (rest[0] === 'fixtures') {
      await compareFixtures(browser, scripts);
      return;
    }
    const sites = rest.length > 0 ? (rest as SiteAdapter['id'][]) : allSites;
    if (process.env.AB_FIRST === '1') {
      for (const site of sites) await measureFirstReadings(browser, site, ref, scripts);
      return;
    }
    for (const site of sites) {
      const page = await browser.newPage();
      await openGeneratedConversation(page, site, scripts);
      await page.evaluate('globalThis.__redesign()');
      if (process.env.AB_PHASE === 'steps') {
        const times = { A: [] as number[][], B: [] as number[][] };
        await alternate(runs, async (name) => {
          times[name].push((await page.evaluate(`globalThis.__steps__read${name}()`)) as number[]);
        });
        const names = ['scan', 'find', 'labels+roles', 'inline chrome', 'preambles', 'serialize'];
        const column = (side: number[][], i: number) => side.map((steps) => steps[i]!);
        console.log(
          `${site} steps, min ms: ` +
            names
              .map((step, i) => {
                const [a, b] = [min(column(times.A, i)), min(column(times.B, i))];
                return `${step} A ${a.toFixed(1)} B ${b.toFixed(1)} (${(b / a).toFixed(2)})`;
              })
              .join(' | '),
        );
      } else if (process.env.AB_PHASE === 'find') {
        const times = { A: [] as number[], B: [] as number[] };
        await alternate(runs, async (name) => {
          times[name].push(Number(await page.evaluate(`globalThis.__find__read${name}()`)));
        });
        const { A: a, B: b } = times;
        console.log(
          `${site} findMessages: A(${ref}) min ${min(a).toFixed(1)} med ${median(a).toFixed(1)} ms | B min ${min(b).toFixed(1)} med ${median(b).toFixed(1)} ms | B/A min ${(min(b) / min(a)).toFixed(3)} med ${(median(b) / median(a)).toFixed(3)}`,
        );
      } else await measureAB(page, site, ref, runs);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
