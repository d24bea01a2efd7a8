/**
 * The closed side panel's start after the Capture click, set against its floor: the same click with a one-line
 * sidepanel.html in a copy of the same build (no script, no style). What the trivial page needs is Chromium's (the
 * panel's WebContents, its open animation, the document's commit); the rest is the panel's own.
 *
 *   npx wxt build && npx tsx bench/panel-open-floor.ts [rounds] [label=path/to/chrome-mv3 ...]
 *
 * With no build given it measures .output/chrome-mv3 ("this"); give e.g. `main=/tmp/main-build this=.output/chrome-mv3`
 * to compare two builds. Builds (and the trivial copy of the first) alternate round by round, each run in a fresh
 * profile, so a load that drifts falls on all of them alike. Wall times on a shared two-core machine are indicative
 * only: each line gives the load, and the summary gives min and median per build.
 *
 * Read in the real side panel through the DevTools protocol, as tests/e2e/fastest-path.e2e.test.ts does (Playwright
 * does not list it as a page): its navigation timing and the editor's arrival mark, in ms from the click.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, routeFixturePage, type ExtensionSession } from '../tests/e2e/harness';
import { fixtureUrls, generateConversationHtml } from '../tests/fixtures/generate-conversation';
import { arrivalShownMark } from '../lib/panel/panel-route';
import { clickCaptureButton, waitForCaptureButton } from './capture-click';

interface PanelTimes {
  /** The panel's document started (its time origin). */
  started: number;
  htmlReceived: number;
  domInteractive: number;
  /** DOMContentLoaded: the page's module scripts have run. */
  modulesRun: number;
  /** The draft shown with focus on the output to mark (the trivial page: its DOM interactive). */
  shown: number;
}

const phases: (keyof PanelTimes)[] = ['started', 'htmlReceived', 'domInteractive', 'modulesRun', 'shown'];

/** A copy of `build` whose side panel is one line of HTML: the floor of a panel's start. */
function trivialCopyOf(build: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'showwork-trivial-panel-'));
  cpSync(build, dir, { recursive: true });
  writeFileSync(
    join(dir, 'sidepanel.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>ShowWork</title></head>' +
      '<body><p>A one-line side panel.</p></body></html>\n',
  );
  return dir;
}

/** Evaluates `expression` in the window's real side panel (TOOLCHAIN.md trap 6), through `page`'s DevTools session. */
async function evaluateInSidePanel<T>(
  session: ExtensionSession,
  page: Page,
  expression: string,
): Promise<T | undefined> {
  const cdp = await session.context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const target = targetInfos.find((t) => t.url === `chrome-extension://${session.extensionId}/sidepanel.html`);
    if (!target) return undefined;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as {
      sessionId: string;
    };
    const answer = new Promise<{ result?: { result: { value: T } } }>((resolveAnswer) => {
      cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
        const message = JSON.parse(event.message) as { id?: number };
        if (message.id === 1) resolveAnswer(message as never);
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }),
    });
    return (await answer).result?.result.value;
  } finally {
    await cdp.detach();
  }
}

/** One Capture click with the side panel closed; the panel's times from the click. */
async function measureOnce(build: string, isTrivial: boolean): Promise<PanelTimes> {
  const session = await launchExtension({
    extensionPath: build,
    extraArgs: ['--disable-renderer-backgrounding', '--disable-background-timer-throttling'],
  });
  try {
    // As the fastest-path test: a teacher's profile, and the policy service's first (slow) answer already in.
    const worker = await session.serviceWorker();
    await worker.evaluate(`(async () => {
      await chrome.storage.local.set({ teacherProfile: { name: 'Ana Ruiz', school: 'Lincoln Elementary',
        district: 'Riverside USD', defaultCredentialId: 'ai-planning-differentiation', defaultLevel: 'beginner',
        paperSize: 'letter' } });
      await chrome.storage.managed.get(null).catch(() => {});
    })()`);
    const html = generateConversationHtml('chatgpt', {
      turns: 2,
      wordsPerAnswer: 60,
      title: 'Photosynthesis exit ticket',
    });
    await routeFixturePage(session.context, fixtureUrls.chatgpt, html);
    const chat = await session.context.newPage();
    await chat.goto(fixtureUrls.chatgpt);
    await waitForCaptureButton(chat);
    await chat.evaluate(`document.addEventListener('pointerdown',
      (event) => { window.swClick = performance.timeOrigin + event.timeStamp; }, { capture: true, once: true })`);
    await clickCaptureButton(chat);
    const read = `(() => {
      const [navigation] = performance.getEntriesByType('navigation');
      const [mark] = performance.getEntriesByName(${JSON.stringify(arrivalShownMark)});
      const shown = ${isTrivial} ? (navigation && navigation.domInteractive) : (mark && mark.startTime);
      if (!navigation || !shown) return null;
      const at = (ms) => performance.timeOrigin + ms;
      return { started: performance.timeOrigin, htmlReceived: at(navigation.responseEnd),
        domInteractive: at(navigation.domInteractive), modulesRun: at(navigation.domContentLoadedEventStart),
        shown: at(shown) };
    })()`;
    const deadline = Date.now() + 30_000;
    let times: PanelTimes | null | undefined;
    while (!times && Date.now() < deadline) {
      times = await evaluateInSidePanel<PanelTimes | null>(session, chat, read);
      if (!times) await new Promise((wait) => setTimeout(wait, 50));
    }
    if (!times) throw new Error(`The side panel never showed its page (${build}).`);
    const clickedAt = (await chat.evaluate('window.swClick')) as number;
    return Object.fromEntries(phases.map((phase) => [phase, times[phase] - clickedAt])) as unknown as PanelTimes;
  } finally {
    await session.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const rounds = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 5;
  const given = args.map((arg) => {
    const [label, path] = arg.includes('=') ? (arg.split('=', 2) as [string, string]) : ['this', arg];
    return { label, path: resolve(path), isTrivial: false };
  });
  const builds = given.length > 0 ? given : [{ label: 'this', path: resolve('.output/chrome-mv3'), isTrivial: false }];
  const trivial = trivialCopyOf(builds[0]!.path);
  builds.push({ label: 'one-line panel', path: trivial, isTrivial: true });
  const results = new Map<string, PanelTimes[]>(builds.map((build) => [build.label, []]));
  const loads: number[] = [];
  try {
    for (let round = 1; round <= rounds; round++) {
      for (const build of builds) {
        const times = await measureOnce(build.path, build.isTrivial);
        results.get(build.label)!.push(times);
        loads.push(loadavg()[0]!);
        console.log(
          `round ${round} ${build.label.padEnd(14)} ` +
            phases.map((phase) => `${phase} ${Math.round(times[phase])}`).join(', ') +
            ` (ms from the click; load ${loadavg()[0]!.toFixed(1)})`,
        );
      }
    }
  } finally {
    rmSync(trivial, { recursive: true, force: true });
  }
  console.log(
    `\nClosed side panel, ms from the Capture click, min / median of ${rounds} alternating runs ` +
      `(load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}):`,
  );
  console.log(`| build | ${phases.join(' | ')} |\n|---|${phases.map(() => '---|').join('')}`);
  for (const [label, runs] of results) {
    const cells = phases.map((phase) => {
      const values = runs.map((run) => run[phase]);
      return `${Math.round(Math.min(...values))} / ${Math.round(median(values))}`;
    });
    console.log(`| ${label} | ${cells.join(' | ')} |`);
  }
}

await main();
