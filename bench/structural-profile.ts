/**
 * Where the structural reader spends its time: opens the 400-turn page of each known site (as the structural bench
 * does), redesigns it, and records a CPU profile (Chromium's CDP Profiler) of several readings; prints self time by
 * function and the reading's total. Not part of `npm run bench`: a tool for finding what to make faster.
 *
 *   npx tsx bench/structural-profile.ts [site …]
 */
import { build } from 'esbuild';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { chromiumPath, quietChromiumArgs } from '../tests/e2e/harness';
import type { SiteAdapter } from '../lib/adapters/types';
import { allSites, openGeneratedConversation, root } from './ab-kit';

const repeats = 5;

// Not minified: the profile names functions by their source names.
const pageHelper = `
import { readStructurally } from './lib/adapters/structural/read-structurally';
import { redesignDocument } from './tests/adapters/structural/redesign';
import { scanPage, hasContentText, isChromeElement, isInsideChrome } from './lib/adapters/structural/page-scan';
import { findMessages } from './lib/adapters/structural/find-messages';
import { stripEdgeLabels, stripInlineChrome } from './lib/adapters/structural/strip-chrome';
import { classifyRoles } from './lib/adapters/structural/classify-roles';
import { serializeTurns } from './lib/adapters/structural/serialize-turns';
import { markElements, serializeContent } from './lib/adapters/markdown/serialize';
globalThis.__profile = {
  redesign() { redesignDocument(document); },
  readOnce() { readStructurally(document, new URL(location.href)); },
  innerTextOnce() { return document.body.innerText.length; },
  // The reading's steps as read-structurally.ts runs them, timed one by one (ms each, one reading).
  phases() {
    const t = [performance.now()];
    const lap = () => t.push(performance.now());
    const body = document.body;
    const scan = scanPage(body); lap();
    const found = findMessages(body, scan); lap();
    const labels = stripEdgeLabels(found.blocks, scan); lap();
    const blocks = found.blocks.filter((block) => hasContentText(block.el, scan));
    const c = classifyRoles(blocks, labels, (el, block) => isChromeElement(el, scan) || isInsideChrome(el, block, scan), scan.actions); lap();
    stripInlineChrome(found.column, scan); lap();
    serializeTurns(found.column, c.blocks, scan, location.href); lap();
    // The shared serializer's own share: its preliminary queries over the column, and its walk of every block.
    const { marks } = markElements([found.column]); lap();
    for (const block of c.blocks) serializeContent([block.el], { marks, baseUrl: location.href });
    lap();
    const names = ['scanPage', 'findMessages', 'stripEdgeLabels', 'classifyRoles', 'stripInlineChrome', 'serializeTurns', '(of which: markElements', 'serializer walk)'];
    return { elements: document.getElementsByTagName('*').length, columnElements: found.column.getElementsByTagName('*').length, blocks: found.blocks.length, steps: names.map((n, i) => n + ' ' + (t[i + 1] - t[i]).toFixed(1)) };
  },
  read(repeats) {
    const times = [];
    let reading;
    for (let i = 0; i < repeats; i++) { const s = performance.now(); reading = readStructurally(document, new URL(location.href)); times.push(performance.now() - s); }
    // A fingerprint of the reading (FNV-1a of its JSON): a speed change must leave it as it was.
    const json = JSON.stringify(reading);
    let h = 0x811c9dc5;
    for (let i = 0; i < json.length; i++) { h ^= json.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    const hash = (h >>> 0).toString(16) + '/' + json.length;
    const s = performance.now(); const n = document.body.innerText.length; const innerText = performance.now() - s;
    return { times, innerText, n, hash };
  },
};
`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; scriptId: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The profile's nodes by id and each node's caller, for walking up from a sample. */
function profileTree(profile: Profile): { byId: Map<number, ProfileNode>; parents: Map<number, ProfileNode> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n);
  return { byId, parents };
}

/** A function as "name:line" (1-based line). */
function functionLabel(n: ProfileNode): string {
  return `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`;
}

/** Self time per function; native DOM calls (no script URL) are named with the function that called them. */
function selfTimes(profile: Profile): Map<string, number> {
  const { byId, parents } = profileTree(profile);
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const f = node.callFrame;
    const parent = parents.get(id);
    const isNative =
      f.scriptId === '0' && f.lineNumber < 0 && parent !== undefined && parent.callFrame.scriptId !== '0';
    const key = isNative ? `${f.functionName} <- ${functionLabel(parent)}` : functionLabel(node);
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return totals;
}

/** Inclusive time per caller → callee edge of the reader's own functions ("who calls visibleText, for how long"). */
function inclusiveTimes(profile: Profile): Map<string, number> {
  const { byId, parents } = profileTree(profile);
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let node = byId.get(id); node !== undefined; node = parents.get(node.id)) {
      const parent = parents.get(node.id);
      const key = parent === undefined ? functionLabel(node) : `${functionLabel(node)} <- ${functionLabel(parent)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
  });
  return totals;
}

/**
 * The main thread's CPU time (CDP Performance metrics in thread ticks) of one reading and of one innerText, median
 * of `repeats` each: unlike wall time, it hardly moves when other processes load the machine.
 */
async function cpuMedians(page: Page, cdp: CDPSession): Promise<{ read: number; innerText: number }> {
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
  const threadTime = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  const measure = async (run: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const before = await threadTime();
      await run();
      times.push((await threadTime()) - before);
    }
    return median(times);
  };
  // Strings, not functions: tsx would wrap a function with its `__name` helper, unknown in the page.
  const read = await measure(() => page.evaluate('globalThis.__profile.readOnce()'));
  const innerText = await measure(() => page.evaluate('globalThis.__profile.innerTextOnce()'));
  await cdp.send('Performance.disable');
  return { read, innerText };
}

async function main(): Promise<void> {
  const sites = process.argv.slice(2).length > 0 ? (process.argv.slice(2) as SiteAdapter['id'][]) : allSites;
  const out = await build({
    stdin: { contents: pageHelper, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    alias: { '@': root },
  });
  const script = out.outputFiles[0]!.text;
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: quietChromiumArgs });
  try {
    for (const site of sites) {
      const page = await browser.newPage();
      await openGeneratedConversation(page, site, [script]);
      type Helper = { redesign(): void; read(n: number): { times: number[]; innerText: number; hash: string } };
      await page.evaluate(() => (globalThis as unknown as { __profile: Helper }).__profile.redesign());
      const cdp = await page.context().newCDPSession(page);
      const cpu = await cpuMedians(page, cdp);
      console.log(
        `\n${site}: main-thread CPU, median of ${repeats}: read ${cpu.read.toFixed(0)} ms, innerText ${cpu.innerText.toFixed(0)} ms, ratio ${(cpu.read / cpu.innerText).toFixed(1)}x`,
      );
      if (process.env.PROFILE_CPU_ONLY) {
        await page.close();
        continue;
      }
      type Phases = { elements: number; columnElements: number; blocks: number; steps: string[] };
      for (let i = 0; i < 3; i++) {
        const p = await page.evaluate(() =>
          (globalThis as unknown as { __profile: { phases(): Phases } }).__profile.phases(),
        );
        if (i === 0)
          console.log(`\n${site}: ${p.elements} elements, ${p.columnElements} in the column, ${p.blocks} blocks`);
        console.log(`  steps (ms): ${p.steps.join(', ')}`);
      }
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      const r = await page.evaluate((n) => (globalThis as unknown as { __profile: Helper }).__profile.read(n), repeats);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      const totals = [...selfTimes(profile)].sort((a, b) => b[1] - a[1]);
      const all = totals.reduce((n, [, ms]) => n + ms, 0);
      const sorted = [...r.times].sort((a, b) => a - b);
      console.log(
        `\n## ${site}: reads ${r.times.map((t) => t.toFixed(0)).join(', ')} ms (median ${sorted[2]!.toFixed(0)}), innerText ${r.innerText.toFixed(0)} ms; reading ${r.hash}; profile ${all.toFixed(0)} ms`,
      );
      for (const [name, ms] of totals.slice(0, 30)) {
        console.log(`  ${ms.toFixed(1).padStart(8)} ms ${((100 * ms) / all).toFixed(1).padStart(5)} %  ${name}`);
      }
      if (process.env.PROFILE_INCLUSIVE) {
        console.log('  inclusive, by call edge:');
        const edges = [...inclusiveTimes(profile)].sort((a, b) => b[1] - a[1]);
        for (const [edge, ms] of edges.slice(0, 60)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${edge}`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
