import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { captureButtonName, launchExtension, readTable, routeFixturePage, type ExtensionSession } from './harness';
import { checkExportedPdf } from '../e2e-shared/pdf-checks';
import { fixtureUrls, generateConversationHtml } from '../fixtures/generate-conversation';
import type { Trace } from '../../lib/model/trace';
import { arrivalShownMark } from '../../lib/panel/panel-route';

/**
 * A teacher on the fastest path for a conversation with one AI output: capture, mark, artifact (paste), five
 * one-sentence reflections, four ticks, Mark ready, Export PDF. Counts the deliberate interactions (typing the
 * five sentences aside) and asserts the goal of at most 10; measures the machine time of each step in the pages'
 * own clocks (from the input event to the change showing, with a MutationObserver) and prints a table. Timings
 * are reported, not asserted: on a shared two-core machine they are only indicative.
 *
 * The panel is sidepanel.html in a tab of the same window, opened beforehand: in real use the click opens the
 * side panel itself (checked in capture-lands-in-trace.e2e.test.ts), so opening it is not an interaction here.
 * The teacher's side panel is open beforehand too (openSidePanelBeside), so the Capture click finds it open, as it
 * would with the tab standing in for it: no second panel starts up beside the one measured.
 * The selection → "Use as final artifact" path can't be clicked headless (context menus are browser UI); it is
 * unit-tested in tests/artifact/use-as-artifact.test.ts. Here the artifact is pasted.
 */
let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const title = 'Photosynthesis exit ticket';

/**
 * Arms `page` to time the next step: the first input event (pointerdown, keydown, input, paste) sets the start;
 * a MutationObserver sets the end the first time `done` holds. Predicates are functions defined in the page by
 * Playwright's evaluate (the extension pages' CSP forbids eval).
 */
async function arm(page: Page, done: string): Promise<void> {
  await page.evaluate((name) => {
    const w = window as unknown as {
      sw: {
        start?: number;
        end?: number;
        armed?: { observer: MutationObserver; listeners: AbortController };
        done: Record<string, () => boolean>;
      };
    };
    const now = () => performance.timeOrigin + performance.now();
    // Disarm the previous step first, so none of its listeners or pending checks can touch this one.
    w.sw.armed?.observer.disconnect();
    w.sw.armed?.listeners.abort();
    w.sw.start = undefined;
    w.sw.end = undefined;
    const listeners = new AbortController();
    const check = () => {
      if (!listeners.signal.aborted && w.sw.end === undefined && w.sw.done[name]!()) w.sw.end = now();
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    w.sw.armed = { observer, listeners };
    const mark = (event: Event) => {
      // The event's own time (when the browser made it), not when a listener ran: a busy main thread that holds
      // the click back is part of the wait.
      if (w.sw.start === undefined) w.sw.start = performance.timeOrigin + event.timeStamp;
      // A checkbox or radio changes state without touching the DOM tree: check once React has rendered.
      requestAnimationFrame(() => requestAnimationFrame(check));
    };
    for (const type of ['pointerdown', 'keydown', 'input', 'paste'])
      document.addEventListener(type, mark, { capture: true, signal: listeners.signal });
    // Focus moving changes nothing in the DOM tree either.
    document.addEventListener('focusin', check, { capture: true, signal: listeners.signal });
  }, done);
}

/** Installs the predicates the steps wait for, in the panel. */
async function installPanelPredicates(panel: Page): Promise<void> {
  await panel.evaluate(() => {
    const text = () => document.body.textContent ?? '';
    (window as unknown as { sw: object }).sw = {
      done: {
        traceShown: () => Boolean(document.activeElement?.closest('fieldset.te-marks')),
        marked: () => !document.querySelector('.te-marks .te-missing'),
        artifactShown: () =>
          ((document.getElementById('field-finalArtifact') as HTMLTextAreaElement | null)?.value ?? '') !== '',
        ticked: () =>
          [...document.querySelectorAll<HTMLInputElement>('.te-section input[type=checkbox]')].filter((b) => b.checked)
            .length > 0,
        ready: () => text().includes('This trace is ready.'),
        dialog: () => Boolean(document.querySelector('dialog[open], [role=dialog]')),
        exported: () => /Exported /.test(text()),
      },
    };
  });
}

/**
 * What the teacher set up once, before any path: the profile names the credential worked towards (Options), and
 * Chromium's policy service has answered its first storage.managed read, which it does only seconds after the
 * browser starts (4.6 s measured here; 7 ms once it runs). Teachers don't capture in a browser's first seconds.
 */
async function setTeacherDefaults(session: ExtensionSession): Promise<void> {
  const worker = await session.serviceWorker();
  await worker.evaluate(async () => {
    await (globalThis as any).chrome.storage.local.set({
      teacherProfile: {
        name: 'Ana Ruiz',
        school: 'Lincoln Elementary',
        district: 'Riverside USD',
        defaultCredentialId: 'ai-planning-differentiation',
        defaultLevel: 'beginner',
        paperSize: 'letter',
      },
    });
  });
  await worker.evaluate(() => (globalThis as any).chrome.storage.managed.get(null).catch(() => {}));
}

/** The teacher's ChatGPT conversation with one AI output (the fixture at its real URL). */
async function openTheConversation(session: ExtensionSession): Promise<Page> {
  await routeFixturePage(
    session.context,
    fixtureUrls.chatgpt,
    generateConversationHtml('chatgpt', { turns: 2, wordsPerAnswer: 60, title }),
  );
  const chat = await session.context.newPage();
  await chat.goto(fixtureUrls.chatgpt);
  return chat;
}

/**
 * Notes when the next click on `page` happened (its pointerdown's own time, ms since the epoch): a busy main thread
 * that holds the click back is part of the wait. Resolves it once the click has happened.
 */
async function watchTheClick(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { swClick?: number };
    document.addEventListener('pointerdown', (event) => (w.swClick = performance.timeOrigin + event.timeStamp), {
      capture: true,
      once: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { swClick: number }).swClick);
}

/**
 * Opens the window's real side panel before the path starts, on the options page: the panel the tab stands in for is
 * then open, as the teacher's is, so the Capture click's `sidePanel.open()` finds it open and the page says "trace
 * opened". Without it the click opened a second, real side panel that loaded the whole panel app and rendered the same
 * draft, and started its own export workers, in the extension's one renderer process beside the tab that is measured:
 * the draft showed in 244–757 ms against 115–276 ms with the panel open beforehand (the tab's main thread busy
 * 299–956 ms against 112–173 ms from the click to the draft; alternate runs, load 15–18, 2026-12-01). The options page
 * follows no capture, so only the tab shows the draft. Chrome opens a side panel only in a user action: a trusted
 * click in the tab, on a button put there for this.
 */
async function openSidePanelBeside(session: ExtensionSession, panel: Page): Promise<void> {
  const worker = await session.serviceWorker();
  await worker.evaluate(() => (globalThis as any).chrome.sidePanel.setOptions({ path: 'options.html', enabled: true }));
  await panel.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'e2e-open-side-panel';
    button.textContent = 'Open the side panel (test setup)';
    button.addEventListener('click', async () => {
      const chrome = (globalThis as any).chrome;
      await chrome.sidePanel.open({ windowId: (await chrome.windows.getCurrent()).id });
      button.dataset.opened = 'true';
    });
    document.body.append(button);
  });
  await panel.click('#e2e-open-side-panel');
  await panel.waitForSelector('#e2e-open-side-panel[data-opened]');
  await panel.evaluate(() => document.getElementById('e2e-open-side-panel')!.remove());
  expect(await sidePanelDocuments(session)).toEqual(['options.html']);
}

/**
 * The documents the window's side panel shows (file names). Chrome lists a side panel among the extension's contexts
 * from the moment its page starts loading until it has closed, and while it starts (or closes) its `documentUrl` can
 * be empty: a bare `new URL('')` made this helper throw "Invalid URL" before the Capture click at idle (2026-12-02).
 * Such a context is a panel between states, not an answer: the list is read again until every panel in it has its
 * document (one starting gets it, one closing leaves the list), for 10 s at most. A panel still without a document
 * after that is listed as "(no document: …)", so an assertion on the list fails and says why instead of hiding it.
 */
async function sidePanelDocuments(session: ExtensionSession): Promise<string[]> {
  const worker = await session.serviceWorker();
  const readUrls = () =>
    worker.evaluate(async () =>
      (
        (await (globalThis as any).chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })) as {
          documentUrl?: string;
        }[]
      ).map((context) => context.documentUrl ?? ''),
    );
  const documentOf = (url: string) => (URL.canParse(url) ? new URL(url).pathname.slice(1) : undefined);
  const deadline = Date.now() + 10_000;
  let urls = await readUrls();
  while (urls.some((url) => documentOf(url) === undefined) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    urls = await readUrls();
  }
  return urls.map((url) => documentOf(url) ?? `(no document: ${JSON.stringify(url)})`);
}

interface Step {
  step: string;
  interactions: number;
  machineMs: number | null;
  /** The teacher waits on this one before the next interaction (the others are parts of a wait, or background). */
  isWait?: boolean;
  /** When its input event happened (ms since the epoch, the panel's clock). */
  startedAt?: number;
}

test('capture → ready trace → PDF in at most 10 interactions besides typing the five sentences', async () => {
  // The panel stands in for the side panel, which is always visible: keep Chromium from throttling it as a
  // background tab (timers, animation frames), which would add seconds that no teacher sees.
  session = await launchExtension({
    extraArgs: [
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
    ],
  });
  await setTeacherDefaults(session);
  const panel = await session.openExtensionPage('/sidepanel.html');
  await openSidePanelBeside(session, panel);
  await installPanelPredicates(panel);
  const chat = await openTheConversation(session);

  const steps: Step[] = [];
  let interactions = 0;
  const elapsed = async (page: Page) =>
    page.evaluate(() => {
      const sw = (window as unknown as { sw: { start?: number; end?: number } }).sw;
      return sw.start !== undefined && sw.end !== undefined ? sw.end - sw.start : null;
    });
  /** One deliberate interaction (a click, a paste), timed from its input event to `done` in the panel. */
  const interact = async (step: string, done: string, act: () => Promise<void>) => {
    await arm(panel, done);
    await act();
    interactions += 1;
    await panel.waitForFunction((name) => (window as any).sw.done[name](), done, { timeout: 30_000 });
    await expect.poll(() => elapsed(panel)).not.toBeNull();
    const startedAt = await panel.evaluate(() => (window as any).sw.start as number);
    steps.push({ step, interactions: 1, machineMs: await elapsed(panel), isWait: true, startedAt });
  };

  // 1. Capture: one click on the page; the panel shows the new draft with focus on the output to mark.
  const clickTime = await watchTheClick(chat);
  await chat.evaluate(() => {
    const w = window as unknown as { swStatus?: number };
    const now = () => performance.timeOrigin + performance.now();
    const status = document.querySelector('showwork-capture')!.shadowRoot!.querySelector('[role=status]')!;
    new MutationObserver(() => {
      if (w.swStatus === undefined && /trace opened/.test(status.textContent ?? '')) w.swStatus = now();
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
  await panel.evaluate(() => {
    const w = window as unknown as { swRouted?: number };
    (globalThis as any).chrome.storage.onChanged.addListener((changes: Record<string, { newValue?: any }>) => {
      const routed = Object.entries(changes).some(
        ([key, change]) => key.startsWith('panelRoute.window.') && change.newValue?.origin === 'background',
      );
      if (routed && w.swRouted === undefined) w.swRouted = performance.timeOrigin + performance.now();
    });
  });
  await panel.evaluate(() => {
    const w = window as unknown as { swShown?: number; sw: { done: Record<string, () => boolean> } };
    const check = () => {
      if (w.swShown === undefined && w.sw.done.traceShown!()) w.swShown = performance.timeOrigin + performance.now();
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
    // Focus moves without touching the DOM tree: a MutationObserver alone would see it only at the next change.
    document.addEventListener('focusin', check, { capture: true });
  });
  await chat.getByRole('button', { name: captureButtonName.en }).click();
  interactions += 1;
  await chat.getByRole('status').filter({ hasText: 'Captured 2 turns — trace opened' }).waitFor({ timeout: 30_000 });
  await panel.waitForFunction(() => (window as any).swShown !== undefined, undefined, { timeout: 30_000 });
  const clickedAt = await clickTime();
  const statusAt = await chat.evaluate(() => (window as unknown as { swStatus: number }).swStatus);
  steps.push({
    step: 'Capture trace (in-page button) → "Captured 2 turns — trace opened" on the page',
    interactions: 1,
    machineMs: statusAt - clickedAt,
  });
  const shownAt = await panel.evaluate(() => (window as unknown as { swShown: number }).swShown);
  const routedAt = await panel.evaluate(() => (window as unknown as { swRouted: number }).swRouted);
  steps.push({
    step: '  … the panel told where to go (storage.session change)',
    interactions: 0,
    machineMs: routedAt - clickedAt,
  });
  steps.push({
    step: '  … the draft shown in the panel, focus on the output to mark (the wait)',
    interactions: 0,
    machineMs: shownAt - clickedAt,
    isWait: true,
  });
  // The click found the side panel open: no second panel app started beside the one measured.
  expect(await sidePanelDocuments(session)).toEqual(['options.html']);
  await panel.bringToFront();

  // 2. Mark the one AI output.
  const group = panel.getByRole('group', { name: 'What did you do with AI output 1?' });
  await interact('Mark the AI output (Revised)', 'marked', () => group.getByRole('radio', { name: 'Revised' }).check());

  // 3. Paste the final artifact (one paste); the edit figures follow.
  const [, output] = (await readTable<{ role: string; ordinal: number; text: string }>(panel, 'turns')).sort(
    (a, b) => a.ordinal - b.ordinal,
  );
  const artifact = `${output!.text.split(/\s+/).slice(3).join(' ')} Then students draw the leaf and label it.`;
  const artifactBox = panel.getByRole('textbox', { name: 'Final artifact' });
  await panel.evaluate(() => {
    const w = window as unknown as { swFigures?: number };
    // The figures of the pasted text: a list that was there before (a draft may start with an artifact) doesn't count.
    const figures = () => document.querySelector('.te-diff-block dl')?.textContent ?? null;
    const before = figures();
    new MutationObserver(() => {
      const now = figures();
      if (w.swFigures === undefined && now !== null && now !== before)
        w.swFigures = performance.timeOrigin + performance.now();
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await interact('Paste the final artifact → text shown', 'artifactShown', () => artifactBox.fill(artifact));
  const pastedAt = await panel.evaluate(() => (window as any).sw.start as number);
  await panel.waitForFunction(() => (window as any).swFigures !== undefined, undefined, { timeout: 30_000 });
  steps.push({
    step: '  … edit figures shown (diff in a worker, after a 300 ms pause in typing; nothing waits on it)',
    interactions: 0,
    machineMs: (await panel.evaluate(() => (window as any).swFigures as number)) - pastedAt,
  });

  // 4. Five one-sentence reflections (typing; not counted as interactions).
  for (const label of ['Learning goal', 'What I changed and why', 'Risk', 'Benefit', 'Safeguard'])
    await panel.getByRole('textbox', { name: label, exact: true }).fill(`${label}: one sentence from the teacher.`);
  steps.push({ step: 'Type the five reflection sentences (typing, not counted)', interactions: 0, machineMs: null });

  // 5. Four ticks.
  const boxes = await panel.getByRole('group', { name: 'Required on every trace' }).getByRole('checkbox').all();
  expect(boxes).toHaveLength(4);
  for (const [i, box] of boxes.entries()) {
    await panel.evaluate((index) => {
      (window as any).sw.done.ticked = () =>
        [...document.querySelectorAll<HTMLInputElement>('fieldset input[type=checkbox]')].filter(
          (b) => b.closest('fieldset')?.querySelector('legend')?.textContent === 'Required on every trace' && b.checked,
        ).length ===
        index + 1;
    }, i);
    await interact(`Tick responsible use ${i + 1} of 4`, 'ticked', () => box.check());
  }

  // 6. Mark ready.
  await interact('Mark ready', 'ready', () => panel.getByRole('button', { name: 'Mark ready' }).click());

  // 7. Export PDF: the redaction preview, then Export.
  await interact('Export PDF → redaction preview shown', 'dialog', () =>
    panel.getByRole('button', { name: 'Export PDF' }).click(),
  );
  const download = panel.waitForEvent('download');
  const dialog = panel.getByRole('dialog');
  await interact('Export → PDF saved', 'exported', () =>
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  );
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

  const [trace] = await readTable<Trace>(panel, 'traces');
  expect(trace).toMatchObject({ status: 'ready', title, credentialId: 'ai-planning-differentiation' });

  // Where and how long each PDF made for the export took (User Timing from lib/panel/export-worker-client.ts): the
  // one made when the trace was marked ready (two when the scan found student data).
  const renders = await panel.evaluate(() =>
    performance
      .getEntriesByName('showwork:pdf-render')
      .map((e) => ({ ms: Math.round(e.duration), where: (e as PerformanceMeasure).detail?.where as string })),
  );
  expect(renders.length).toBeGreaterThan(0);
  expect(renders.every((r) => r.where === 'worker')).toBe(true);
  // Every request to the two export workers (lib/panel/export-worker-connection.ts): which worker, when it was sent,
  // relative to the Mark ready click, and how long it queued behind other work in that worker before its own
  // started. The export's requests (made at Mark ready) must not queue behind the rehearsals; that holds whatever
  // the machine's load.
  const markReadyAt = steps.find((s) => s.step === 'Mark ready')!.startedAt!;
  const requests = await panel.evaluate(() =>
    performance.getEntriesByName('showwork:export-worker').map((e) => ({
      sentAt: performance.timeOrigin + e.startTime,
      sinceLoad: e.startTime,
      ms: e.duration,
      ...((e as PerformanceMeasure).detail as { worker: string; kind: string; queuedMs: number; workMs: number }),
    })),
  );
  const exportRequests = requests.filter((r) => r.kind !== 'warm' && r.kind !== 'rehearse');
  expect(exportRequests.length).toBeGreaterThan(0);
  // The worker's start and its rehearsal, from the Capture click: whether they ran while the capture was shown.
  const windowOf = (worker: string, kind: string) => {
    const r = requests.find((request) => request.worker === worker && request.kind === kind);
    return r
      ? `asked ${Math.round(r.sentAt - clickedAt)} ms (${Math.round(r.sinceLoad)} ms after the panel page started ` +
          `loading), ran ${Math.round(r.sentAt + r.queuedMs - clickedAt)} to ` +
          `${Math.round(r.sentAt + r.queuedMs + r.workMs - clickedAt)} ms`
      : 'not asked';
  };
  const warmUpWindow = `the draft was shown at ${Math.round(shownAt - clickedAt)} ms; scan worker's rehearsal: ${windowOf(
    'scan',
    'rehearse',
  )}; PDF worker's rehearsal: ${windowOf('pdf', 'rehearse')}`;
  const waits = steps.filter((s) => s.isWait);
  const longest = Math.round(Math.max(...waits.map((s) => s.machineMs ?? 0)));
  const rows = steps.map(
    (s) =>
      `| ${s.step} | ${s.interactions || ''} | ${s.machineMs === null ? '' : Math.round(s.machineMs)}${
        s.isWait && (s.machineMs ?? 0) > 300 ? ' (over 300)' : ''
      } |`,
  );
  console.log(
    [
      '',
      "Fastest path, one AI output (machine time from the input event to the change showing, in the pages' clocks;",
      `indicative only: measured on a shared 2-core machine, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} (1 / 5 / 15 min))`,
      '| step | interactions | machine ms |',
      '|---|---|---|',
      ...rows,
      `| **total** | **${interactions}** | longest wait ${longest} ms |`,
      `PDFs made off the page's main thread: ${renders.map((r) => `${r.ms} ms (${r.where})`).join(', ')}`,
      `Export workers' requests (sent relative to the Capture click and to the Mark ready click, ${Math.round(
        markReadyAt - clickedAt,
      )} ms after it; queued = waiting behind other work or the worker's start):`,
      ...requests.map(
        (r) =>
          `  ${r.worker} worker, ${r.kind}: sent ${Math.round(r.sentAt - clickedAt)} / ${Math.round(r.sentAt - markReadyAt)} ms, ` +
          `queued ${Math.round(r.queuedMs)} ms, work ${Math.round(r.workMs)} ms, answered after ${Math.round(r.ms)} ms`,
      ),
      `The worker's own work, from the Capture click: ${warmUpWindow}`,
      `Longest queue wait of the export's own requests: ${Math.round(Math.max(...exportRequests.map((r) => r.queuedMs)))} ms`,
      `At Mark ready: ${exportRequests
        .filter((r) => r.sentAt >= markReadyAt)
        .map((r) => `${r.worker} ${r.kind} sent +${Math.round(r.sentAt - markReadyAt)} ms`)
        .join(', ')} (the scan and the PDF of the trace as it is start together; a second render means the scan ` +
        `found student data and the redacted copy was made after it)`,
      '',
    ].join('\n'),
  );
  expect(interactions).toBeLessThanOrEqual(10);
  expect(interactions).toBe(10);
  // What holds whatever the load: the preview's scan ran in the scan worker, which lays out no PDF, so it could
  // not queue behind the PDF worker's rehearsal layout (the cause of the preview's 0.3–0.6 s waits, 2026-12-01).
  expect(requests.filter((r) => r.kind === 'find').map((r) => r.worker)).toEqual(['scan']);
  expect(requests.filter((r) => r.worker === 'scan').map((r) => r.kind)).not.toContain('render');

  // The PDF made ahead of the click is the real export: one tagged page, its printed fingerprint that of its
  // trace.json. An edit after Mark ready is in the next export: the PDF made before it is not reused.
  const workDir = mkdtempSync(join(tmpdir(), 'showwork-fastest-'));
  try {
    const first = join(workDir, 'first.pdf');
    await (await download).saveAs(first);
    expect(checkExportedPdf(first, [title, 'Ana Ruiz'], workDir)).not.toContain('Zanzibar');
    await artifactBox.fill(`${artifact} Edited after marking ready: Zanzibar.`);
    await panel.getByRole('button', { name: 'Export PDF' }).click();
    const again = panel.waitForEvent('download');
    await panel.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click();
    const second = join(workDir, 'second.pdf');
    await (await again).saveAs(second);
    checkExportedPdf(second, [title, 'Zanzibar'], workDir);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
});

test('the same path without a mouse: Enter on Capture trace, then Space, Tab and Enter only', async () => {
  session = await launchExtension({
    extraArgs: ['--disable-renderer-backgrounding', '--disable-background-timer-throttling'],
  });
  const worker = await session.serviceWorker();
  await worker.evaluate(async () => {
    await (globalThis as any).chrome.storage.local.set({
      teacherProfile: {
        name: '',
        school: '',
        district: '',
        defaultCredentialId: 'ai-planning-differentiation',
        defaultLevel: 'beginner',
        paperSize: 'letter',
      },
    });
  });
  const panel = await session.openExtensionPage('/sidepanel.html');
  await routeFixturePage(
    session.context,
    fixtureUrls.chatgpt,
    generateConversationHtml('chatgpt', { turns: 2, wordsPerAnswer: 40, title }),
  );
  const chat = await session.context.newPage();
  await chat.goto(fixtureUrls.chatgpt);
  // A keyboard user reaches the in-page button with Tab (it is a real <button>); Enter presses it.
  await chat.getByRole('button', { name: captureButtonName.en }).focus();
  await chat.keyboard.press('Enter');
  await chat.getByRole('status').filter({ hasText: 'trace opened' }).waitFor({ timeout: 30_000 });
  await panel.bringToFront();

  const focusedName = () =>
    panel.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined;
      return (
        el.getAttribute('aria-label') ??
        label ??
        el.closest('label')?.textContent ??
        el.textContent ??
        ''
      ).trim();
    });
  let tabs = 0;
  /** Presses Tab until focus is on the control named `name` (at most 40 presses). */
  const tabTo = async (name: string | RegExp) => {
    for (let i = 0; i < 40; i++) {
      const current = await focusedName();
      if (typeof name === 'string' ? current === name : name.test(current)) return;
      await panel.keyboard.press('Tab');
      tabs += 1;
    }
    throw new Error(`Tab never reached "${name}" (last: "${await focusedName()}")`);
  };

  // Focus arrived on the output's first mark; Space chooses it.
  await expect.poll(focusedName).toBe('Accepted');
  await panel.keyboard.press('Space');
  await tabTo('Final artifact');
  await panel.keyboard.insertText('Students draw the leaf and label it.');
  for (const label of ['Learning goal', 'What I changed and why', 'Risk', 'Benefit', 'Safeguard']) {
    await tabTo(label);
    await panel.keyboard.insertText(`${label}: one sentence.`);
  }
  for (const box of await panel.getByRole('group', { name: 'Required on every trace' }).getByRole('checkbox').all()) {
    const name = (await box.evaluate((el) => el.closest('label')?.textContent ?? '')).trim();
    await tabTo(name);
    await panel.keyboard.press('Space');
  }
  await tabTo('Mark ready');
  await panel.keyboard.press('Enter');
  // Failed once in four runs at idle (2026-12-02, not reproduced since): say what the panel showed instead.
  await panel
    .getByText('This trace is ready.', { exact: true })
    .waitFor()
    .catch(async (error: unknown) => {
      const shown = await panel.evaluate(() =>
        [...document.querySelectorAll('[role="alert"], [role="status"], [aria-invalid="true"], .te-readiness li')]
          .map((el) => `${el.getAttribute('role') ?? el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim()}`)
          .join(' | '),
      );
      const [stored] = await readTable<Trace>(panel, 'traces');
      throw new Error(
        `Mark ready by keyboard: "This trace is ready." never showed; focus on "${await focusedName()}"; the panel showed: ${shown}; stored: ${JSON.stringify({ marks: stored?.marks, responsibleUse: stored?.responsibleUse, reflection: stored?.reflection, finalArtifact: stored?.finalArtifact })}`,
        { cause: error },
      );
    });
  await tabTo('Export PDF');
  const download = panel.waitForEvent('download');
  await panel.keyboard.press('Enter');
  await panel.getByRole('dialog').waitFor();
  await tabTo('Export');
  await panel.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

  const [trace] = await readTable<Trace>(panel, 'traces');
  expect(trace).toMatchObject({ status: 'ready', finalArtifact: 'Students draw the leaf and label it.' });
  expect(Object.values(trace!.marks)).toEqual([{ mark: 'accepted', note: '' }]);
  console.log(`Keyboard-only path: every step reached with ${tabs} Tab presses, no mouse.`);
});

/**
 * Runs `expression` (awaiting its promise) in the extension's real side panel, which Playwright does not list as a
 * page (TOOLCHAIN.md trap 6): through the DevTools protocol, attached from `page`'s session to the panel's target.
 */
async function evaluateInSidePanel<T>(session: ExtensionSession, page: Page, expression: string): Promise<T> {
  const cdp = await session.context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const target = targetInfos.find((t) => t.url === `chrome-extension://${session.extensionId}/sidepanel.html`);
    if (!target) throw new Error('The side panel is not open.');
    const { sessionId } = (await cdp.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    })) as { sessionId: string };
    const answer = new Promise<{ result?: { result: { value: T }; exceptionDetails?: unknown } }>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
        const message = JSON.parse(event.message) as { id?: number };
        if (message.id === 1) resolve(message as never);
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({
        id: 1,
        method: 'Runtime.evaluate',
        params: { expression, awaitPromise: true, returnByValue: true },
      }),
    });
    const { result } = await answer;
    if (!result || result.exceptionDetails) throw new Error(`In the side panel: ${JSON.stringify(result)}`);
    return result.result.value;
  } finally {
    await cdp.detach();
  }
}

test('with the side panel closed, the Capture click opens it and the draft shows there (the wait, reported)', async () => {
  // The other case of the path's first step: the teacher's panel is closed, so the click opens it and the draft's
  // wait includes the panel's own start. Read in the real side panel (User Timing: its document's start and the
  // editor's arrivalShownMark), from the Capture click in the page.
  // Where the wait before "DOM interactive" goes (CDP trace of this test's side panel, 2026-12-02, load 8-16): it is
  // Chromium's, not the panel's code. The browser builds the panel's WebContents and views, then answers the page's
  // request (its HTML, "HTML received" below, and every script and style after it, from its UI thread); the extension's
  // renderer commits the document (window, script context, extension bindings) and runs the one classic script. The
  // panel's own JavaScript starts at "DOM interactive". Under load those threads wait for a core, not for work: the
  // renderer's commit task took 582 ms with 27 ms of CPU, and Chromium's busiest threads used ~150 ms of CPU in the
  // 590 ms after the HTML came. So the panel can only shorten its own part (module evaluation, the editor's render).
  // At idle (load 1.1-2.9, 2026-12-02; panel15) the draft showed 516-725 ms after the click, and a one-line
  // sidepanel.html in a copy of the same build reached DOM interactive 156-275 ms after it (bench/panel-open-floor.ts,
  // alternating runs): that much is Chromium's floor. A CDP trace at idle: the panel's open animation (the browser UI
  // thread's views layout, ~25-30 ms of CPU a frame for ~600 ms), the compositor and a spare renderer starting keep
  // both cores busy, ~800 ms of CPU across Chromium's threads in the 560 ms after the click (tracing included), so the
  // panel's renderer got 84 ms of CPU in 494 ms. Its modules (~430 KB in 9 files, all asked for by the preload scanner
  // within 15 ms of the commit) came in over the next 180 ms, React DOM's base-*.js (271 KB) last; the entry ran when it
  // came. "DOM interactive" is not that gate: without the early classic script it came ~150 ms sooner and the draft no
  // sooner. V8's code cache does serve chrome-extension:// modules, from a profile's third panel open on; this test's
  // fresh profile never has it.
  session = await launchExtension({
    extraArgs: ['--disable-renderer-backgrounding', '--disable-background-timer-throttling'],
  });
  await setTeacherDefaults(session);
  const chat = await openTheConversation(session);
  const clickTime = await watchTheClick(chat);
  expect(await sidePanelDocuments(session)).toEqual([]);
  await chat.getByRole('button', { name: captureButtonName.en }).click();
  const status = chat.getByRole('status').filter({ hasText: 'Captured 2 turns' });
  await status.waitFor({ timeout: 30_000 });
  expect(await status.textContent()).toContain('Captured 2 turns — trace opened');
  expect(await sidePanelDocuments(session)).toEqual(['sidepanel.html']);
  const clickedAt = await clickTime();
  const shown = await evaluateInSidePanel<{
    startedAt: number;
    shownAt: number;
    heading: string;
    steps: [string, number][];
  }>(
    session,
    chat,
    `new Promise((resolve, reject) => {
      const deadline = Date.now() + 30000;
      const check = () => {
        const [mark] = performance.getEntriesByName(${JSON.stringify(arrivalShownMark)});
        const at = (ms) => Math.round(performance.timeOrigin + ms);
        const [navigation] = performance.getEntriesByType('navigation');
        if (mark) resolve({
          startedAt: performance.timeOrigin,
          shownAt: performance.timeOrigin + mark.startTime,
          heading: document.querySelector('h1')?.textContent ?? '',
          steps: [
            ['panel: HTML received', at(navigation ? navigation.responseEnd : 0)],
            ['panel: DOM interactive', at(navigation ? navigation.domInteractive : 0)],
            ...performance
              .getEntriesByType('mark')
              .filter((m) => m.name.startsWith('showwork:'))
              .map((m) => ['panel: ' + m.name.slice(9), at(m.startTime)]),
          ],
        });
        else if (Date.now() > deadline) reject(new Error('The draft never showed in the side panel.'));
        else setTimeout(check, 20);
      };
      check();
    })`,
  );
  expect(shown.heading).toBe(title);
  const draftMs = Math.round(shown.shownAt - clickedAt);
  // Where the wait goes, from the click: the panel's own steps and the worker's part of the capture (its marks).
  const workerSteps = await (
    await session.serviceWorker()
  ).evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('showwork:capture-') || m.name.startsWith('showwork:panel-open-'))
      .map(
        (m) =>
          [
            `worker: ${m.name.replace(/^showwork:(capture-)?/, '')}`,
            Math.round(performance.timeOrigin + m.startTime),
          ] as [string, number],
      ),
  );
  const breakdown = [...shown.steps, ...workerSteps]
    .sort((a, b) => a[1] - b[1])
    .map(([step, at]) => `  ${String(at - Math.round(clickedAt)).padStart(5)} ms  ${step}`);
  console.log(
    [
      '',
      `With the side panel closed (load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')}): the Capture click opened it; its page started ${Math.round(shown.startedAt - clickedAt)} ms ` +
        `after the click and showed the draft, focus on the output to mark, ${draftMs} ms after it` +
        `${draftMs > 300 ? ' (over 300)' : ''}.`,
      ...breakdown,
      '',
    ].join('\n'),
  );
});
