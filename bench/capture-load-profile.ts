/**
 * `npx tsx bench/capture-load-profile.ts [site] [runs]`: where a click that comes while a 400-turn page loads spends
 * its time. One CPU profile of the chat page per run, from before its navigation (the profiler is started on a
 * blank page of the same site, so the renderer stays the same) to "Captured", cut at the page's own moments
 * (DOMContentLoaded, the pre-reader's start, the click, the page read at the click, "Captured") and split into what
 * ran: ShowWork's code (the content script, the pre-reader), the browser's own work (parsing, style, layout: the
 * profile's "(program)"), garbage collection, and idle. The first run is a first capture in a fresh browser; every
 * later run empties the library first and clicks at once (the bench's "first at once"). Build first.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { launchExtension, routeFixturePage } from '../tests/e2e/harness';
import { generateConversationHtml, fixtureUrls } from '../tests/fixtures/generate-conversation';
import type { SiteAdapter } from '../lib/adapters/types';
import { forgetLibraryInWorker } from './capture-forget';
import { captureButtonPlace, waitForCaptureButton } from './capture-click';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const site = (process.argv[2] ?? 'chatgpt') as SiteAdapter['id'];
const runs = Number(process.argv[3] ?? 3);

const timer = (
  await build({
    entryPoints: [resolve(import.meta.dirname, 'capture-timer.ts')],
    bundle: true,
    format: 'iife',
    write: false,
  })
).outputFiles[0]!.text;

/** What a sample was doing: ShowWork's code, the browser's own work, garbage collection, or nothing. */
function categoryOf(node: ProfileNode, parentOf: Map<number, ProfileNode>): string {
  const name = node.callFrame.functionName;
  if (name === '(idle)') return 'idle';
  if (name === '(garbage collector)') return 'gc';
  if (name === '(program)') return 'browser';
  for (let n: ProfileNode | undefined = node; n !== undefined; n = parentOf.get(n.id)) {
    if (n.callFrame.url.endsWith('/pre-reader.js') || n.callFrame.url.includes('pre-reader')) return 'pre-reader';
    if (n.callFrame.url.includes('content-scripts/chat')) return 'content script';
    if (n.callFrame.url.startsWith('chrome-extension://')) return 'extension other';
  }
  return 'page/other';
}

const chatUrl = fixtureUrls[site];
const blankUrl = `${new URL(chatUrl).origin}/showwork-bench-blank`;
const session = await launchExtension();
const rows: string[] = [];
try {
  await routeFixturePage(
    session.context,
    chatUrl,
    generateConversationHtml(site, { turns: 400, wordsPerAnswer: 1500 }),
  );
  await routeFixturePage(session.context, blankUrl, '<!doctype html><title>blank</title><p>blank</p>');
  for (let run = 0; run < runs; run++) {
    if (run > 0) await (await session.serviceWorker()).evaluate(forgetLibraryInWorker);
    const chat = await session.context.newPage();
    await chat.goto(blankUrl);
    const cdp = await session.context.newCDPSession(chat);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    await chat.goto(chatUrl, { waitUntil: 'domcontentloaded', timeout: 180_000 });
    await waitForCaptureButton(chat);
    await chat.addScriptTag({ content: timer });
    const at = { ...(await captureButtonPlace(chat)), button: 'left', clickCount: 1 };
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at } as never);
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at } as never);
    const timing = (await chat.evaluate('__showworkCaptureTiming')) as {
      origin: number;
      clickedAt: number;
      capturedAt: number;
      readAt?: number;
      status: string;
    };
    const profile = ((await cdp.send('Profiler.stop')) as { profile: Profile }).profile;
    const marks = (await chat.evaluate(
      `[...performance.getEntriesByType('mark').filter((m) => m.name.startsWith('showwork:')).map((m) => [m.name.slice(9), m.startTime, m.detail?.turns]),
        ['dcl', performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd],
        ['load', performance.getEntriesByType('navigation')[0].loadEventEnd]]`,
    )) as [string, number, number?][];
    const mark = (name: string) => marks.filter(([n]) => n === name).map(([, t]) => t);
    const dcl = mark('dcl')[0]!;
    const preReaderStart = mark('pre-reader-started')[0];
    const found = marks.find(([n, t]) => n === 'click-found-read' && t >= timing.clickedAt - 1);
    const bounds: [string, number][] = [
      ['nav→DCL', 0],
      ['DCL→pre-reader', dcl],
      ['pre-reader→click', preReaderStart ?? dcl],
      ['click→read', timing.clickedAt],
      ['read→Captured', timing.readAt ?? timing.clickedAt],
      ['end', timing.capturedAt],
    ];
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parentOf = new Map<number, ProfileNode>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n);
    let t = profile.startTime;
    const times: number[] = [];
    for (let i = 0; i < profile.samples.length; i++) times.push((t += profile.timeDeltas[i] ?? 0));
    // The profile's clock (µs) and the page's (ms since its timeOrigin) are aligned at the profile's end, which is
    // within a few ms of the page's clock read just after it.
    const nowPage = (await chat.evaluate('performance.now()')) as number;
    const endMonotonicUs = times[times.length - 1]!;
    const pageMsToProfileUs = (ms: number) => endMonotonicUs - (nowPage - ms) * 1000;
    const table = new Map<string, Map<string, number>>();
    const topSelf = new Map<string, number>();
    for (let i = 0; i < profile.samples.length; i++) {
      const node = byId.get(profile.samples[i]!)!;
      const at = times[i]!;
      let phase = 'before nav';
      for (let b = 0; b < bounds.length - 1; b++) if (at >= pageMsToProfileUs(bounds[b]![1])) phase = bounds[b]![0];
      if (at >= pageMsToProfileUs(timing.capturedAt)) phase = 'after';
      const row = table.get(phase) ?? new Map<string, number>();
      const category = categoryOf(node, parentOf);
      if (process.env.SHOWWORK_PROFILE_TOP && (phase.startsWith('click') || phase.startsWith('read→'))) {
        const frame = node.callFrame;
        const key = `${phase} ${frame.functionName || '(anon)'} ${frame.url.split('/').pop()}:${(frame as { lineNumber?: number }).lineNumber}:${(frame as { columnNumber?: number }).columnNumber}`;
        topSelf.set(key, (topSelf.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      }
      row.set(category, (row.get(category) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      table.set(phase, row);
    }
    const total = timing.capturedAt - timing.clickedAt;
    console.log(
      `\n=== run ${run} (${run === 0 ? 'first, fresh browser' : 'first at once'}): ${timing.status} ${total.toFixed(0)} ms, ` +
        `read at the click ${(timing.readAt ?? 0) - timing.clickedAt} ms, turns read ahead ${found?.[2] ?? '?'}, load ${loadavg()[0]!.toFixed(1)}`,
    );
    console.log(
      `  page ms: DCL ${dcl.toFixed(0)}, pre-reader start ${preReaderStart?.toFixed(0)}, click ${timing.clickedAt.toFixed(0)}, ` +
        `load ${mark('load')[0]?.toFixed(0)}; marks: ${marks.map(([n, t2]) => `${n}@${t2.toFixed(0)}`).join(' ')}`,
    );
    const categories = ['pre-reader', 'content script', 'extension other', 'browser', 'gc', 'page/other', 'idle'];
    console.log(`  ${'phase'.padEnd(18)}${categories.map((c) => c.padStart(16)).join('')}`);
    for (const phase of ['nav→DCL', 'DCL→pre-reader', 'pre-reader→click', 'click→read', 'read→Captured']) {
      const row = table.get(phase);
      const line = `  ${phase.padEnd(18)}${categories.map((c) => (row?.get(c) ?? 0).toFixed(0).padStart(16)).join('')}`;
      console.log(line);
      rows.push(`${run}\t${line}`);
    }
    if (process.env.SHOWWORK_PROFILE_TOP)
      for (const [key, ms] of [...topSelf].sort((a, b) => b[1] - a[1]).slice(0, 30))
        console.log(`    self ${ms.toFixed(1).padStart(7)} ms ${key}`);
    await cdp.detach();
    await chat.close();
  }
} finally {
  await session.close();
}
