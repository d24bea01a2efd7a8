/**
 * `npx tsx bench/capture-profile.ts [site] [runs]`: CPU profiles of one 400-turn capture (click on "Capture trace" to
 * "Captured"), of the chat page (where the content script reads and sends) and of the service worker (where it is
 * checked and stored), summarised as self time per function. For finding where click-to-"Captured" goes; the
 * figures of record are `npm run bench -- capture`. Build first (`npx wxt build`); an unminified build names the
 * functions.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { launchExtension, routeFixturePage } from '../tests/e2e/harness';
import { generateConversationHtml, fixtureUrls } from '../tests/fixtures/generate-conversation';
import type { SiteAdapter } from '../lib/adapters/types';
import { forgetLibraryInWorker } from './capture-forget';
import { captureButtonPlace, waitForCaptureButton } from './capture-click';
import { workerSession, type CpuProfile } from './capture-worker-session';

type ProfileNode = CpuProfile['nodes'][number];

const site = (process.argv[2] ?? 'chatgpt') as SiteAdapter['id'];
const runs = Number(process.argv[3] ?? 2);
/** SHOWWORK_PROFILE_FIRST=1: every run is a first capture (the library is emptied before it). */
const everyRunFirst = Boolean(process.env.SHOWWORK_PROFILE_FIRST);
/**
 * SHOWWORK_PROFILE_QUIET_MS=2000: the page stays quiet that long before the click, and the click waits for the
 * pre-reader to have read it all (under load 2 s is not enough, and the profile would be of another case).
 */
const quietMs = Number(process.env.SHOWWORK_PROFILE_QUIET_MS ?? 0);

const timer = (
  await build({
    entryPoints: [resolve(import.meta.dirname, 'capture-timer.ts')],
    bundle: true,
    format: 'iife',
    write: false,
  })
).outputFiles[0]!.text;

function summarise(label: string, profile: CpuProfile, top = 28): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n);
  const name = (n: ProfileNode | undefined) => n?.callFrame.functionName || '(anonymous)';
  const where = (n: ProfileNode) => `${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const selfTime = new Map<string, number>();
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const key = node.callFrame.url
      ? `${name(node)} ${where(node)}`
      : `${name(node)} <- ${name(parentOf.get(id))} ${parentOf.get(id) ? where(parentOf.get(id)!) : ''}`;
    selfTime.set(key, (selfTime.get(key) ?? 0) + ms);
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = node; n !== undefined; n = parentOf.get(n.id))
      seen.add(n.callFrame.url ? `${name(n)} ${where(n)}` : name(n));
    for (const fn of seen) inclusive.set(fn, (inclusive.get(fn) ?? 0) + ms);
  });
  // A timeline in 50 ms slices: what the thread did, from the first sample of ours.
  let t = profile.startTime ?? 0;
  const slices = new Map<number, Map<string, number>>();
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    const node = byId.get(id)!;
    let top = name(node);
    for (let n: ProfileNode | undefined = node; n !== undefined; n = parentOf.get(n.id))
      if (
        /^(capturePage|readWholeConversation|serializeContent|sendCapture|judgeSiteReadingCheaply|handleContentMessage|mergeCapturedConversation|hashTurns|safeParse|collectSearchWordsInSlices)$/.test(
          name(n),
        )
      )
        top = name(n);
    const slice = Math.floor((t - (profile.startTime ?? 0)) / 50_000);
    const m = slices.get(slice) ?? new Map<string, number>();
    m.set(top, (m.get(top) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    slices.set(slice, m);
  });
  for (const [slice, m] of slices) {
    const parts = [...m].filter(([k, v]) => k !== '(idle)' && v >= 2).sort((a, b) => b[1] - a[1]);
    if (parts.length)
      console.log(
        `  ${String(slice * 50).padStart(5)} ms: ${parts.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`,
      );
  }
  const busy = [...selfTime].filter(([k]) => !k.startsWith('(idle)')).reduce((a, [, b]) => a + b, 0);
  console.log(`\n${label}: ${busy.toFixed(0)} ms busy`);
  for (const [key, ms] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  self ${ms.toFixed(1).padStart(8)} ms  ${key}`);
  for (const [key, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  incl ${ms.toFixed(1).padStart(8)} ms  ${key}`);
}

// SHOWWORK_BENCH_EXTENSION=<a built chrome-mv3 folder> profiles another build (e.g. main's), as the bench does.
const otherBuild = process.env.SHOWWORK_BENCH_EXTENSION;
const session = await launchExtension(otherBuild ? { extensionPath: otherBuild } : {});
try {
  await routeFixturePage(
    session.context,
    fixtureUrls[site],
    generateConversationHtml(site, { turns: 400, wordsPerAnswer: 1500 }),
  );
  for (let run = 0; run < runs; run++) {
    // Emptied before the page loads: a page learns what the library holds once read ahead
    // (lib/content/library-turns.ts), and emptied after that it would send references that no longer hold.
    if (everyRunFirst) await (await session.serviceWorker()).evaluate(forgetLibraryInWorker);
    const chat = await session.context.newPage();
    await chat.goto(fixtureUrls[site], { waitUntil: 'domcontentloaded', timeout: 180_000 });
    await waitForCaptureButton(chat);
    await chat.addScriptTag({ content: timer });
    if (quietMs > 0) {
      await chat.waitForTimeout(quietMs);
      await chat.waitForFunction(`performance.getEntriesByName('showwork:pre-read').length > 0`, undefined, {
        timeout: 120_000,
        polling: 250,
      });
    }
    const cdp = await session.context.newCDPSession(chat);
    await (await session.serviceWorker()).evaluate('1');
    const worker = await workerSession(cdp, session.extensionId);
    for (const send of [(m: string, p?: object) => cdp.send(m as 'Profiler.enable', p), worker]) {
      await send('Profiler.enable');
      await send('Profiler.setSamplingInterval', { interval: 200 });
      await send('Profiler.start');
    }
    // A trusted click through the DevTools protocol at the button's place: Playwright's locator click would run
    // its own queries on the 400-turn page inside the profile.
    const at = { ...(await captureButtonPlace(chat)), button: 'left', clickCount: 1 };
    await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at } as never);
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at } as never);
    const timing = (await chat.evaluate('__showworkCaptureTiming')) as {
      clickedAt: number;
      capturedAt: number;
      status: string;
    };
    const pageProfile = ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile;
    const workerProfile = ((await worker('Profiler.stop')) as { profile: CpuProfile }).profile;
    const readMarks = `performance.getEntriesByType('mark').filter((m) => m.name.startsWith('showwork:')).map((m) => [m.name.slice(9), performance.timeOrigin + m.startTime])`;
    const workerMarks = (await (await session.serviceWorker()).evaluate(readMarks)) as [string, number][];
    const pageMarks = (await chat.evaluate(readMarks)) as [string, number][];
    const origin = (await chat.evaluate('performance.timeOrigin')) as number;
    const click = origin + timing.clickedAt;
    const afterClick = (marks: [string, number][]) =>
      marks
        .filter(([, at]) => at >= click - 10_000)
        .map(([name, at]) => `${name} +${Math.round(at - click)}`)
        .join(', ');
    console.log(
      `\n=== run ${run}: ${timing.status}: ${(timing.capturedAt - timing.clickedAt).toFixed(0)} ms (load ${loadavg()[0]!.toFixed(1)})`,
    );
    const loaded = (await chat.evaluate(
      `(() => { const n = performance.getEntriesByType('navigation')[0]; return [n.domContentLoadedEventEnd, n.loadEventEnd]; })()`,
    )) as [number, number];
    console.log(
      `page: DOMContentLoaded ${Math.round(origin + loaded[0] - click)}, load ${Math.round(origin + loaded[1] - click)} (ms from the click)`,
    );
    console.log(`page marks: ${afterClick(pageMarks)}\nworker marks: ${afterClick(workerMarks)}`);
    summarise('page', pageProfile);
    summarise('worker', workerProfile);
    await cdp.detach();
    await chat.close();
  }
} finally {
  await session.close();
}
