/**
 * Upgrades never lose a trace: the previous release (tests/upgrade/previous-release.json, built from git by
 * scripts/build-release.ts) fills a library through its real UI in real Chromium — captures on fixture pages of
 * four sites, traces in each state (draft, ready, submitted, and one queued in the outbox while the district
 * portal is down), settings (profile, roster, auto-record, retention, a portal), an imported district framework
 * and the portal's token. Then the
 * current build (.output/chrome-mv3) replaces it in the same directory — so the extension keeps its id, as a
 * store update does — and starts on the same browser profile. Every record and setting must still be there and
 * still work: the draft opens in the editor, the ready trace exports a one-page PDF, the queued submission is
 * delivered (once, with its original key and token) when the portal is back, auto-record still marks its site.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { buildRelease, previousRelease } from '../../scripts/build-release';
import { generateConversationHtml } from '../fixtures/generate-conversation';
import { startGenericPortalServer, type GenericPortalServer } from '../servers/generic-portal-server';
import { startSwitchablePortal, type SwitchablePortal } from '../upgrade/switchable-portal';
import {
  countRecords,
  idsOf,
  libraryTables,
  rowById,
  snapshotLibrary,
  type LibrarySnapshot,
} from '../upgrade/library-snapshot';
import { captureFixture, extensionPath, launchExtension, type ExtensionSession } from './harness';
import type { SiteAdapter } from '../../lib/adapters/types';

const work = mkdtempSync(join(tmpdir(), 'showwork-upgrade-'));
/** One fixed directory for both versions: an unpacked extension's id is derived from its path. */
const extensionDir = join(work, 'showwork');
const userDataDir = join(work, 'profile');
let session: ExtensionSession | undefined;
let portal: GenericPortalServer | undefined;
let front: SwitchablePortal | undefined;

afterAll(async () => {
  await session?.close().catch(() => undefined);
  await front?.close();
  await portal?.close();
  rmSync(work, { recursive: true, force: true });
});

const districtFramework = resolve(import.meta.dirname, '../fixtures/frameworks/example-district.json');
const sites: SiteAdapter['id'][] = ['chatgpt', 'claude', 'gemini', 'perplexity'];
const traceTitles = {
  draft: 'Draft: fractions warm-up',
  ready: 'Ready: reading comprehension questions',
  submitted: 'Submitted: lab safety rubric',
  queued: 'Queued: parent newsletter',
} as const;
type TraceState = keyof typeof traceTitles;

/** Replaces whole records in ShowWork's IndexedDB through an extension page (raw IndexedDB, one transaction). */
async function putRecords(page: Page, table: string, rows: unknown[]): Promise<void> {
  await page.evaluate(
    ({ name, all }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('showwork');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const row of all) tx.objectStore(name).put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: table, all: rows },
  );
}

/** Chromium holds SingletonLock (a symlink) until its last process has written the profile and exited. */
async function waitForProfileUnlocked(profile: string): Promise<void> {
  const lock = join(profile, 'SingletonLock');
  const deadline = Date.now() + 20_000;
  const locked = () => {
    try {
      lstatSync(lock);
      return true;
    } catch {
      return false;
    }
  };
  while (locked()) {
    if (Date.now() > deadline) throw new Error('Chromium did not release the profile');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function appVersion(page: Page): Promise<string> {
  return page.evaluate(() => chrome.runtime.getManifest().version);
}

/** Side panel → the trace → Submit (→ confirm the redaction preview if it shows) → wait until it is queued. */
async function submit(s: ExtensionSession, title: string): Promise<Page> {
  const panel = await s.openExtensionPage('/sidepanel.html');
  await panel.getByRole('button', { name: title, exact: true }).click();
  await panel.getByRole('heading', { level: 1, name: title }).waitFor();
  await panel.getByRole('button', { name: 'Submit', exact: true }).click();
  const dialog = panel.getByRole('dialog');
  const queued = panel.getByText(/^Queued for Springfield portal/);
  await dialog.or(queued).first().waitFor();
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Submit' }).click();
  return panel;
}

/** With the previous release: everything a teacher's library holds. Returns the snapshot of what was stored. */
async function fillWithPreviousRelease(s: ExtensionSession): Promise<LibrarySnapshot> {
  const options = await s.openExtensionPage('/options.html');
  // Short outbox delays (production: 30 s → 1 h backoff), as the portal e2e tests do.
  await options.evaluate(() =>
    chrome.storage.local.set({ outboxTuning: { timeoutMs: 10_000, baseDelayMs: 300, maxDelayMs: 1_000 } }),
  );
  await options.getByLabel('Your name').fill('Ana Rivera');
  await options.getByLabel('School').fill('Lincoln Elementary');
  await options.getByLabel('Paper size for PDFs').selectOption('a4');
  await options.getByRole('button', { name: 'Save profile' }).click();
  await options.getByText('Profile saved.').waitFor();
  await options.getByLabel('Roster (one student per line)').fill('Maria Lopez');
  await options.getByRole('button', { name: 'Save roster' }).click();
  await options.getByText('Roster saved: 1 names.').waitFor();
  await options.getByRole('button', { name: 'Add portal' }).click();
  await options.getByLabel('Name (as you want to see it)').fill('Springfield portal');
  await options.getByLabel('Submission address (URL)').fill(front!.url);
  await options.getByLabel('Access token (optional)').fill('portal-token');
  await options.getByRole('button', { name: 'Test connection' }).click();
  await options.getByText('Connected to Loopback district portal. The address and token work.').waitFor();
  await options.getByRole('button', { name: 'Save portal' }).click();
  await options.getByRole('heading', { name: 'Springfield portal' }).waitFor();
  // Auto-record and retention as 0.1.0's side panel switch and retention field store them.
  await options.evaluate(() => chrome.storage.local.set({ autoRecord: { chatgpt: true }, retentionDays: 365 }));

  // Captures on four sites (the real content script, the in-page button).
  for (const site of sites) {
    const { page, turnCount } = await captureFixture(s, site, {
      html: generateConversationHtml(site, { turns: 4, wordsPerAnswer: 50, title: `Upgrade sample (${site})` }),
    });
    expect(turnCount).toBe(4);
    await page.close();
  }
  const conversations = (await snapshotLibrary(options)).tables.conversations;
  expect(conversations).toHaveLength(sites.length);

  // A trace from each conversation through the side panel's New trace.
  for (const [index, conversation] of conversations.entries()) {
    const panel = await s.openExtensionPage('/sidepanel.html');
    await panel
      .getByRole('button', { name: String(conversation.title), exact: true })
      .first()
      .click();
    await panel.getByRole('button', { name: 'New trace' }).click();
    await panel.getByRole('heading', { level: 1, name: String(conversation.title) }).waitFor();
    await expect.poll(async () => (await snapshotLibrary(options)).tables.traces.length).toBe(index + 1);
    await panel.close();
  }
  // Give them their states, as the editor leaves a finished trace (titles told apart for the test).
  const traces = (await snapshotLibrary(options)).tables.traces;
  expect(traces).toHaveLength(4);
  const states = Object.keys(traceTitles) as TraceState[];
  const finished = {
    reflection: {
      learningGoal: 'Check understanding of fractions',
      whatChanged: 'Simplified the wording for grade 4',
      risk: 'Answers may contain errors',
      benefit: 'Saved planning time',
      safeguard: 'I checked every answer myself',
    },
    responsibleUse: { outputVerified: true, noStudentData: true, humanReview: true, aiUseDisclosed: true },
    finalArtifact: 'Warm-up: compare 3/4 and 2/3 with a drawing, then explain which is larger and why.',
    readinessNote: '',
  };
  await putRecords(
    options,
    'traces',
    traces.map((trace, i) => ({
      ...trace,
      title: traceTitles[states[i]!],
      ...(states[i] === 'draft' ? {} : { ...finished, status: 'ready' }),
    })),
  );

  // Submitted: sent to the portal. Queued: the portal is down, so it waits in the outbox.
  const sent = await submit(s, traceTitles.submitted);
  await sent.getByText('Sent.', { exact: true }).waitFor({ timeout: 45_000 });
  front!.down = true;
  const waiting = await submit(s, traceTitles.queued);
  await waiting.getByText(/Will try again at/).waitFor({ timeout: 30_000 });
  expect(portal!.submissions).toHaveLength(1);

  // A district's credential framework, imported on the options page (it becomes the active one).
  await options.reload();
  await options.getByLabel('Import a district framework (JSON file)').setInputFiles(districtFramework);
  await options.getByText('Imported “Riverside USD AI Micro-credentials”. It is now the active framework.').waitFor();
  // The outbox retries the queued submission about every second while the portal is down, and at load 26-32 an
  // attempt lasts long enough for a snapshot to catch it 'sending' (seen 2 Dec 2026): the library between attempts.
  let snapshot: LibrarySnapshot | undefined;
  await expect
    .poll(async () => {
      snapshot = await snapshotLibrary(options);
      return snapshot.tables.submissions.map((row) => row.state).sort();
    })
    .toEqual(['queued', 'sent']);
  return snapshot!;
}

test(
  'a library made with the previous release survives the upgrade and still works',
  { timeout: 300_000 },
  async () => {
    const release = previousRelease();
    const previousBuild = buildRelease(release, (line) => console.log(line));
    portal = await startGenericPortalServer();
    front = await startSwitchablePortal(portal.url);

    // 1. The previous release, installed from a fixed directory.
    cpSync(previousBuild, extensionDir, { recursive: true });
    session = await launchExtension({ extensionPath: extensionDir, userDataDir });
    const previousId = session.extensionId;
    const options1 = await session.openExtensionPage('/options.html');
    expect(await appVersion(options1)).toBe(release.tag.replace(/^v/, ''));
    const before = await fillWithPreviousRelease(session);
    await session.close();
    session = undefined;

    // 2. The update: the current build's files replace the old ones in the same directory; same profile.
    for (const entry of readdirSync(extensionDir)) rmSync(join(extensionDir, entry), { recursive: true, force: true });
    cpSync(extensionPath, extensionDir, { recursive: true });
    // A store update re-registers the extension's service worker. An unpacked directory changed while the browser
    // was closed does not: Chromium 156 kept running 0.1.0's worker script under 0.2.0's manifest (checked here,
    // November 2026: none of the new build's listeners were registered, with the same or another directory and a
    // fixed manifest key alike). Dropping the profile's service-worker registrations once Chromium has exited
    // (not its IndexedDB or extension storage) makes it register the new build's worker, as an update does.
    await waitForProfileUnlocked(userDataDir);
    rmSync(join(userDataDir, 'Default', 'Service Worker'), { recursive: true, force: true });
    session = await launchExtension({ extensionPath: extensionDir, userDataDir });
    expect(session.extensionId).toBe(previousId);
    const options2 = await session.openExtensionPage('/options.html');
    // The worker runs the new build's code (its toolbar-state listeners exist only since 0.2.0).
    expect(await (await session.serviceWorker()).evaluate(() => chrome.tabs.onActivated.hasListeners())).toBe(true);
    const currentVersion = await appVersion(options2);
    expect(currentVersion).not.toBe(release.tag.replace(/^v/, ''));
    const after = await snapshotLibrary(options2);

    console.log(
      `Upgrade ${release.tag} → ${currentVersion}: record counts before ${JSON.stringify(countRecords(before))}` +
        `, after ${JSON.stringify(countRecords(after))}; IndexedDB version ${before.databaseVersion} → ${after.databaseVersion}`,
    );
    expect(countRecords(before)).toMatchObject({
      conversations: 4,
      turns: 16,
      traces: 4,
      frameworks: 1,
      submissions: 2,
      portalSecrets: 1,
    });
    expect(after.databaseVersion).toBeGreaterThanOrEqual(before.databaseVersion);

    // Every record is still there, under the same key, with what the teacher sees unchanged. (Released Dexie
    // versions stay as released; a later version may add fields, so rows are compared field by field.)
    for (const table of libraryTables) expect(idsOf(after, table), table).toEqual(idsOf(before, table));
    const same: Record<string, string[]> = {
      conversations: ['site', 'externalId', 'url', 'title', 'turnCount', 'firstCapturedAt', 'lastCapturedAt'],
      turns: ['conversationId', 'ordinal', 'role', 'text', 'markdown', 'contentHash'],
      conversationWords: ['words'],
      traces: ['title', 'status', 'items', 'marks', 'finalArtifact', 'reflection', 'responsibleUse', 'createdAt'],
      frameworks: ['name', 'version'],
      submissions: ['traceId', 'portalId', 'idempotencyKey', 'fingerprint', 'createdAt'],
      submissionPayloads: [],
      portalSecrets: ['token'],
    };
    for (const table of libraryTables) {
      for (const id of idsOf(before, table)) {
        const old = rowById(before, table, id);
        const now = rowById(after, table, id);
        for (const field of same[table]!) expect(now[field], `${table} ${id} ${field}`).toEqual(old[field]);
      }
    }
    // Settings: every key, every value.
    for (const [key, value] of Object.entries(before.settings)) expect(after.settings[key], key).toEqual(value);
    const queuedRow = before.tables.submissions.find((row) => row.state === 'queued')!;
    expect(before.tables.submissions.map((row) => row.state).sort()).toEqual(['queued', 'sent']);
    expect(rowById(after, 'submissions', String(queuedRow.id)).state).not.toBe('sent'); // the portal is still down

    // Settings still work: the options page shows them.
    expect(await options2.getByLabel('Your name').inputValue()).toBe('Ana Rivera');
    expect(await options2.getByLabel('Paper size for PDFs').inputValue()).toBe('a4');
    expect(await options2.getByLabel('Roster (one student per line)').inputValue()).toBe('Maria Lopez');
    await options2.getByRole('heading', { name: 'Springfield portal' }).waitFor();

    // The draft opens in the side panel's editor, with its turns.
    const panel = await session.openExtensionPage('/sidepanel.html');
    await panel.getByRole('button', { name: traceTitles.draft, exact: true }).click();
    await panel.getByRole('heading', { level: 1, name: traceTitles.draft }).waitFor();
    await panel.getByRole('button', { name: 'Export PDF' }).waitFor();

    // The ready trace exports a one-page PDF.
    const ready = await session.openExtensionPage('/sidepanel.html');
    await ready.getByRole('button', { name: traceTitles.ready, exact: true }).click();
    await ready.getByRole('heading', { level: 1, name: traceTitles.ready }).waitFor();
    await ready.getByRole('button', { name: 'Export PDF' }).click();
    const dialog = ready.getByRole('dialog', { name: 'Check for student data before exporting' });
    await dialog.waitFor();
    const download = ready.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const pdfPath = join(work, 'ready.pdf');
    await (await download).saveAs(pdfPath);
    expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Ana Rivera');
    expect(text).toContain('Simplified the wording for grade 4');

    // The portal comes back: the queued submission (made by the previous release) is delivered once, with its
    // original Idempotency-Key and the token stored by the previous release.
    front.down = false;
    const queuedPanel = await session.openExtensionPage('/sidepanel.html');
    await queuedPanel.getByRole('button', { name: traceTitles.queued, exact: true }).click();
    await queuedPanel.getByText('Sent.', { exact: true }).waitFor({ timeout: 60_000 });
    expect(portal.submissions).toHaveLength(2);
    const delivered = portal.submissions[1]!;
    expect(delivered.idempotencyKey).toBe(queuedRow.idempotencyKey);
    expect(delivered.authorization).toBe('Bearer portal-token');
    expect(delivered.trace).toMatchObject({ title: traceTitles.queued });
    expect(front.refused).toBeGreaterThanOrEqual(1);

    // Auto-record, turned on with the previous release, still marks its site on the toolbar button; capturing
    // the same chat again merges into the conversation captured with the previous release.
    const { page: chat } = await captureFixture(session, 'chatgpt', {
      html: generateConversationHtml('chatgpt', { turns: 4, wordsPerAnswer: 50, title: 'Upgrade sample (chatgpt)' }),
    });
    const worker = await session.serviceWorker();
    await expect
      .poll(() =>
        worker.evaluate(async () => {
          const [tab] = await chrome.tabs.query({ url: 'https://chatgpt.com/*' });
          return tab?.id === undefined ? 'no tab' : chrome.action.getBadgeText({ tabId: tab.id });
        }),
      )
      .toBe('REC');
    await chat.close();

    const final = await snapshotLibrary(options2);
    console.log(`After using the upgraded library: ${JSON.stringify(countRecords(final))}`);
    expect(final.tables.conversations).toHaveLength(4); // capturing the same chat again merged, no duplicate
  },
);
