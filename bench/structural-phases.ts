/**
 * The structural reader's steps, each timed by the page's main-thread CPU (CDP thread ticks, which load on a shared
 * machine hardly moves), min of N runs, and as a multiple of the same page's innerText: where a reading's time goes,
 * step by step, on each redesigned 400-turn page. Not part of `npm run bench`: a tool for choosing what to change.
 *
 *   npx tsx bench/structural-phases.ts [site …]      (PHASE_RUNS=5 by default)
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath, quietChromiumArgs } from '../tests/e2e/harness';
import type { SiteAdapter } from '../lib/adapters/types';
import { allSites, openGeneratedConversation, root } from './ab-kit';

const runs = Number(process.env.PHASE_RUNS ?? 5);

// Each step as read-structurally.ts runs it, one evaluate each so that each gets its own CPU figure; the steps'
// results wait on globalThis for the next step.
const pageHelper = `
import { redesignDocument } from './tests/adapters/structural/redesign';
import { readStructurally } from './lib/adapters/structural/read-structurally';
import { scanPage, hasContentText, isChromeElement, isInsideChrome } from './lib/adapters/structural/page-scan';
import { findMessages } from './lib/adapters/structural/find-messages';
import { stripEdgeLabels, stripInlineChrome } from './lib/adapters/structural/strip-chrome';
import { classifyRoles } from './lib/adapters/structural/classify-roles';
import { stripAnswerPreambles } from './lib/adapters/structural/answer-preamble';
import { serializeTurns } from './lib/adapters/structural/serialize-turns';
const g = globalThis;
g.__redesign = () => redesignDocument(document);
g.__steps = [
  () => { g.__scan = scanPage(document.body); },
  () => { g.__found = findMessages(document.body, g.__scan); },
  () => {
    const scan = g.__scan;
    const labels = stripEdgeLabels(g.__found.blocks, scan);
    const blocks = g.__found.blocks.filter((block) => hasContentText(block.el, scan));
    g.__classes = classifyRoles(blocks, labels, (el, block) => isChromeElement(el, scan) || isInsideChrome(el, block, scan), scan.actions);
    stripInlineChrome(g.__found.column, scan);
  },
  () => { stripAnswerPreambles(g.__classes.blocks, g.__scan); },
  () => { serializeTurns(g.__found.column, g.__classes.blocks, g.__scan, location.href); },
  () => { g.__scan = g.__found = g.__classes = null; readStructurally(document, new URL(location.href)); },
  () => document.body.innerText.length,
];
`;
const steps = [
  'scanPage',
  'findMessages',
  'labels+roles+inline chrome',
  'answer preambles',
  'serializeTurns',
  'whole reading',
  'innerText',
];

async function main(): Promise<void> {
  const sites = process.argv.slice(2).length > 0 ? (process.argv.slice(2) as SiteAdapter['id'][]) : allSites;
  const out = await build({
    stdin: { contents: pageHelper, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    alias: { '@': root },
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: quietChromiumArgs });
  try {
    for (const site of sites) {
      const page = await browser.newPage();
      await openGeneratedConversation(page, site, [out.outputFiles[0]!.text]);
      await page.evaluate('globalThis.__redesign()');
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
      const threadTime = async () =>
        (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
      const times: number[][] = steps.map(() => []);
      // The first round warms the JIT and is not counted.
      for (let round = 0; round <= runs; round++) {
        for (let i = 0; i < steps.length; i++) {
          const before = await threadTime();
          // A string, not a function: tsx would wrap a function with its `__name` helper, unknown in the page.
          await page.evaluate(`globalThis.__steps[${i}]()`);
          if (round > 0) times[i]!.push((await threadTime()) - before);
        }
      }
      const innerText = Math.min(...times[steps.length - 1]!);
      const line = steps.map((step, i) => {
        const ms = Math.min(...times[i]!);
        return `${step} ${ms.toFixed(0)} ms (${(ms / innerText).toFixed(2)}x)`;
      });
      console.log(`${site}, CPU min of ${runs}: ${line.join(', ')}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
