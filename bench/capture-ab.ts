/**
 * `SHOWWORK_AB_A=<a built chrome-mv3 folder> npx tsx bench/capture-ab.ts [site] [rounds] [run]`: click-to-"Captured"
 * on the bench's 400-turn page with two builds of the extension, interleaved (A then B, then B then A, ...), each in
 * its own browser kept open for the whole comparison. Besides the click's wall time (page clock, as the bench) it
 * gives the CPU time each spent on it: the page's main thread (`Performance.getMetrics` ThreadTime, thread ticks)
 * and the browser's processes (browser-process-cpu.ts: the extension's, where the service worker runs; the tabs';
 * the rest, where IndexedDB writes). On a shared two-core machine wall times drift with the others' load; CPU time
 * and alternating rounds compare two builds fairly.
 *
 * The click comes once the page is quiet and all read ahead (its `showwork:pre-read` mark), at least ~2 s after it
 * loaded. B is `SHOWWORK_AB_B` or this tree's `.output/chrome-mv3`. `run`: `first quiet` (default: the library emptied, the
 * page quiet ~2 s before the click: every turn read ahead and sent whole) or `quiet` (the same conversation captured
 * again, from a page loaded anew as in the bench's `quiet` runs).
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import type { CDPSession } from 'playwright-core';
import { extensionPath, launchExtension, routeFixturePage, type ExtensionSession } from '../tests/e2e/harness';
import { generateConversationHtml, fixtureUrls } from '../tests/fixtures/generate-conversation';
import type { SiteAdapter } from '../lib/adapters/types';
import { forgetLibraryInWorker } from './capture-forget';
import { captureButtonPlace, waitForCaptureButton } from './capture-click';
import { browserCpu, cpuSpent } from './browser-process-cpu';
import { alternate, median, min } from './ab-kit';

const site = (process.argv[2] ?? 'chatgpt') as SiteAdapter['id'];
const rounds = Number(process.argv[3] ?? 6);
const run = process.argv[4] ?? 'first quiet';
if (run !== 'first quiet' && run !== 'quiet') throw new Error(`Unknown run "${run}": 'first quiet' or 'quiet'.`);
const builds = { A: process.env.SHOWWORK_AB_A, B: process.env.SHOWWORK_AB_B ?? extensionPath };
if (!builds.A) throw new Error('SHOWWORK_AB_A=<a built chrome-mv3 folder> (e.g. a build of main) is required.');
const quietBeforeClickMs = 2000;

const timer = (
  await build({
    entryPoints: [resolve(import.meta.dirname, 'capture-timer.ts')],
    bundle: true,
    format: 'iife',
    write: false,
  })
).outputFiles[0]!.text;

interface Sample {
  total: number;
  /** The chat page's main thread (where the content script reads and sends). */
  pageThread: number;
  /** Processes' CPU (browser-process-cpu.ts): the extension's (its service worker), the tabs', the rest. */
  extension: number;
  renderers: number;
  rest: number;
}

async function threadTime(cdp: CDPSession): Promise<number> {
  return (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
}

async function captureOnce(session: ExtensionSession): Promise<Sample> {
  // A first capture's library is emptied before the page loads: a page learns what the library holds once it is read
  // ahead (lib/content/library-turns.ts), and emptied after that, it would send references that no longer hold.
  if (run === 'first quiet') await (await session.serviceWorker()).evaluate(forgetLibraryInWorker);
  const chat = await session.context.newPage();
  try {
    await chat.goto(fixtureUrls[site], { waitUntil: 'domcontentloaded', timeout: 180_000 });
    await waitForCaptureButton(chat);
    await chat.addScriptTag({ content: timer });
    await chat.waitForTimeout(quietBeforeClickMs);
    // The teacher's usual case: every turn read ahead. Under load the ~2 s of quiet may not be enough for that; the
    // page's mark says when the pre-reader is done (conversation-pre-reader.ts), so both builds are timed alike.
    await chat.waitForFunction(`performance.getEntriesByName('showwork:pre-read').length > 0`, undefined, {
      timeout: 120_000,
      polling: 250,
    });
    const cdp = await session.context.newCDPSession(chat);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
    const before = await threadTime(cdp);
    const processesBefore = browserCpu(session.userDataDir);
    // A trusted click through the DevTools protocol at the button's place (capture-click.ts says why not a locator).
    const at = { ...(await captureButtonPlace(chat)), button: 'left', clickCount: 1 };
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at } as never);
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at } as never);
    const timing = (await chat.evaluate('__showworkCaptureTiming')) as {
      clickedAt: number;
      capturedAt: number;
      status: string;
    };
    const processes = cpuSpent(processesBefore, browserCpu(session.userDataDir));
    const pageThread = (await threadTime(cdp)) - before;
    if (!/Captured 400 turns/.test(timing.status)) throw new Error(`${site}: ${timing.status}`);
    await cdp.detach();
    return { total: timing.capturedAt - timing.clickedAt, pageThread, ...processes };
  } finally {
    await chat.close();
  }
}

const sessions = {
  A: await launchExtension({ extensionPath: builds.A }),
  B: await launchExtension({ extensionPath: builds.B }),
};
const loadAtStart = loadavg()[0]!;
try {
  const html = generateConversationHtml(site, { turns: 400, wordsPerAnswer: 1500 });
  for (const session of Object.values(sessions)) await routeFixturePage(session.context, fixtureUrls[site], html);
  // One capture each first: the worker's code compiled, the database opened, the conversation stored (for `quiet`).
  for (const session of Object.values(sessions)) await captureOnce(session);
  const samples = { A: [] as Sample[], B: [] as Sample[] };
  await alternate(rounds, async (name) => {
    const sample = await captureOnce(sessions[name]);
    samples[name].push(sample);
    console.log(
      `  ${name}: ${sample.total.toFixed(0)} ms; CPU: page thread ${sample.pageThread.toFixed(0)}, extension process ` +
        `${sample.extension}, tabs ${sample.renderers}, rest ${sample.rest} ms (load ${loadavg()[0]!.toFixed(1)})`,
    );
  });
  const line = (key: keyof Sample, label: string) => {
    const [a, b] = [samples.A.map((s) => s[key]), samples.B.map((s) => s[key])];
    return (
      `${label}: A min ${min(a).toFixed(0)} med ${median(a).toFixed(0)} | B min ${min(b).toFixed(0)} med ${median(b).toFixed(0)}` +
      ` | B/A min ${(min(b) / min(a)).toFixed(3)} med ${(median(b) / median(a)).toFixed(3)}`
    );
  };
  console.log(`\n${site}, 400 turns, ${run}, ${rounds} rounds; A ${builds.A}, B ${builds.B}`);
  console.log(line('total', 'click-to-"Captured" ms'));
  console.log(line('pageThread', "CPU ms, the page's main thread"));
  console.log(line('extension', "CPU ms, the extension's process (service worker)"));
  console.log(line('renderers', "CPU ms, the tabs' processes"));
  console.log(line('rest', 'CPU ms, the browser and other processes'));
  console.log(`load average (1 min) at start ${loadAtStart.toFixed(2)}, at end ${loadavg()[0]!.toFixed(2)}`);
} finally {
  await sessions.A.close();
  await sessions.B.close();
}
