/**
 * District portal, end to end: real Chromium with the built extension (.output/chrome-mv3) and a real portal
 * on 127.0.0.1 (tests/servers/generic-portal-server.ts) that answers CORS for extension origins, so no host
 * permission is involved (headless Chromium can't answer permission prompts: TOOLCHAIN.md trap 9).
 * Configure + Test connection + Submit + receipt go through the real UI; the ready trace is seeded straight
 * into IndexedDB so these tests don't depend on the trace editor's flow (tested in trace-editor.e2e.test.ts).
 */
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  launchExtension,
  putLibraryRecords,
  readTable,
  stopServiceWorker,
  type ExtensionSession,
} from './harness';
import { useSharedSession } from './shared-session';
import { startGenericPortalServer, type GenericPortalServer, type PortalFault } from '../servers/generic-portal-server';
import { makeConversation, makeTrace, makeTurns } from '../backup/library-fixture';
import type { Submission } from '../../lib/model/submission';

let session: ExtensionSession | undefined;
let server: GenericPortalServer | undefined;
let keptProfile: string | undefined;
afterEach(async () => {
  await session?.close().catch(() => undefined);
  await server?.close();
  if (keptProfile) rmSync(keptProfile, { recursive: true, force: true });
  session = undefined;
  server = undefined;
  keptProfile = undefined;
});

const traceTitle = 'Fractions rubric 1';

/** Short timeouts and delays for tests (production: 30 s timeout, 30 s → 1 h backoff). */
async function setTuning(
  page: Page,
  tuning: { timeoutMs: number; baseDelayMs: number; maxDelayMs: number },
): Promise<void> {
  await page.evaluate((value) => chrome.storage.local.set({ outboxTuning: value }), tuning);
}

/** Adds a generic portal on the options page: Add portal → fields → Test connection → Save portal. */
async function configurePortal(options: Page, portal: GenericPortalServer): Promise<void> {
  await options.getByRole('button', { name: 'Add portal' }).click();
  await options.getByLabel('Name (as you want to see it)').fill('Springfield portal');
  await options.getByLabel('Submission address (URL)').fill(portal.url);
  await options.getByLabel('Access token (optional)').fill('portal-token');
  await options.getByRole('button', { name: 'Test connection' }).click();
  await options.getByText('Connected to Loopback district portal. The address and token work.').waitFor();
  await options.getByRole('button', { name: 'Save portal' }).click();
  await options.getByRole('heading', { name: 'Springfield portal' }).waitFor();
}

/** Puts a ready trace (and the conversation it quotes) into the extension's IndexedDB, as the editor would. */
async function seedReadyTrace(page: Page): Promise<void> {
  const conversation = makeConversation(1);
  const records = { conversation, turns: makeTurns(conversation.id), trace: makeTrace(1, conversation.id) };
  await putLibraryRecords(page, [records]);
}

/**
 * Side panel → the trace → Submit → (the redaction preview, when the detector flags something: confirm it).
 * Returns the panel once the submission is queued.
 */
async function submitTrace(s: ExtensionSession): Promise<Page> {
  const panel = await s.openExtensionPage('/sidepanel.html');
  await panel.getByRole('button', { name: traceTitle, exact: true }).click();
  await panel.getByRole('button', { name: 'Submit', exact: true }).click();
  const dialog = panel.getByRole('dialog');
  const queued = panel.getByText(/^Queued for Springfield portal/);
  await dialog.or(queued).first().waitFor();
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Submit' }).click();
  await panel
    .getByText('Queued.', { exact: true })
    .or(panel.getByText('Sent.', { exact: true }))
    .or(panel.getByText('Sending.', { exact: true }))
    .first()
    .waitFor();
  return panel;
}

async function expectSentOnce(panel: Page, portal: GenericPortalServer, timeout = 45_000): Promise<void> {
  await panel.getByText('Sent.', { exact: true }).waitFor({ timeout });
  await panel.getByText(`Receipt: ${portal.submissions[0]?.id ?? 'sub_1'}.`).waitFor();
  expect(portal.submissions).toHaveLength(1);
  const [row] = await readTable<Submission>(panel, 'submissions');
  expect(row).toMatchObject({ state: 'sent', receipt: { id: portal.submissions[0]!.id } });
  // Every attempt used the one key of this submission.
  const keys = new Set(portal.requests.filter((r) => r.method === 'POST').map((r) => r.idempotencyKey));
  expect(keys).toEqual(new Set([row!.idempotencyKey]));
}

/** A portal server, and in browser `s` (emptied): short outbox tuning, the portal configured, a ready trace. */
async function setUp(
  s: ExtensionSession,
  tuning = { timeoutMs: 10_000, baseDelayMs: 300, maxDelayMs: 1_000 },
): Promise<{ s: ExtensionSession; portal: GenericPortalServer }> {
  server = await startGenericPortalServer();
  const options = await s.openExtensionPage('/options.html');
  await setTuning(options, tuning);
  await configurePortal(options, server);
  await seedReadyTrace(options);
  return { s, portal: server };
}

describe('district portal, end to end', () => {
  // Each test configures its own portal server in an empty library: one browser for these, emptied before each.
  const shared = useSharedSession();

  test('configure on /options.html, Test connection, Submit a ready trace, see the receipt; axe finds nothing', async () => {
    const { s, portal } = await setUp(shared());
    const options = s.context.pages().find((p) => p.url().endsWith('/options.html'))!;
    await expectNoAxeViolations(options);

    const panel = await submitTrace(s);
    await expectSentOnce(panel, portal);
    await expectNoAxeViolations(panel);
    const link = panel.getByRole('link', { name: 'View receipt' });
    expect(await link.getAttribute('href')).toBe(`${portal.origin}/showwork/receipts/sub_1`);

    const received = portal.submissions[0]!;
    expect(received.authorization).toBe('Bearer portal-token');
    expect(received.partOrder).toEqual(['trace', 'pdf', 'evidence']);
    expect(received.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(received.trace).toMatchObject({
      schema: 'showwork.trace/1',
      traceId: 'trace-1',
      title: traceTitle,
      status: 'ready',
    });
    expect(received.evidence).toMatchObject({ type: ['Evidence'] });
    // The token is in the extension's IndexedDB, never in extension storage.
    const stored = await panel.evaluate(() => chrome.storage.local.get(null));
    expect(JSON.stringify(stored)).not.toContain('portal-token');
  });

  const faults: [string, PortalFault[]][] = [
    ['connection dropped mid-upload', [{ kind: 'drop-mid-upload' }]],
    ['500, then success', [{ kind: 'status', status: 500, title: 'Database unavailable' }]],
    ['stored, but the answer was lost', [{ kind: 'drop-after-store' }]],
  ];
  test.each(faults)('%s: exactly one submission, the trace shows sent', async (_name, injected) => {
    const { s, portal } = await setUp(shared());
    portal.injectFault(...injected);
    const panel = await submitTrace(s);
    await expectSentOnce(panel, portal);
    expect(portal.requests.filter((r) => r.method === 'POST').length).toBeGreaterThanOrEqual(2);
  });

  test('a response slower than the timeout: retried with the same key, one submission', async () => {
    const { s, portal } = await setUp(shared(), { timeoutMs: 1_500, baseDelayMs: 500, maxDelayMs: 1_000 });
    portal.injectFault({ kind: 'slow', delayMs: 4_000 });
    const panel = await submitTrace(s);
    await expectSentOnce(panel, portal);
    const statuses = portal.requests.filter((r) => r.method === 'POST').map((r) => r.status);
    expect(statuses.at(-1)).toBe(200); // the replayed receipt
  });
});

// A stopped worker and a browser restart each need a browser of their own.
describe('district portal, end to end, in a browser of its own', () => {
  test('the service worker stopped while sending: a new worker finishes it, one submission', async () => {
    session = await launchExtension();
    const { s, portal } = await setUp(session, { timeoutMs: 3_000, baseDelayMs: 500, maxDelayMs: 1_000 });
    portal.injectFault({ kind: 'slow', delayMs: 2_500 });
    const arrived = portal.waitForPost();
    const panel = await submitTrace(s);
    await arrived;
    await stopServiceWorker(s);
    // The watchdog alarm set when sending began starts a new worker, which retries with the same key.
    await expectSentOnce(panel, portal, 60_000);
    const [row] = await readTable<Submission>(panel, 'submissions');
    expect(row!.attempts).toBeGreaterThanOrEqual(2);
    expect(portal.requests.filter((r) => r.method === 'POST').length).toBeGreaterThanOrEqual(2);
  });

  test('the browser restarted with a queued submission: sent after the restart, one submission', async () => {
    session = await launchExtension();
    const { s, portal } = await setUp(session, { timeoutMs: 10_000, baseDelayMs: 300, maxDelayMs: 1_000 });
    // The first attempt is refused for 4 s; the browser is closed before the retry.
    portal.injectFault({ kind: 'status', status: 503, retryAfter: '4' });
    const panel = await submitTrace(s);
    await panel.getByText(/Will try again at/).waitFor();
    const [queued] = await readTable<Submission>(panel, 'submissions');
    expect(queued).toMatchObject({ state: 'queued', errorCode: 'server' });
    expect(portal.submissions).toHaveLength(0);
    const userDataDir = s.userDataDir;
    keptProfile = userDataDir;
    await s.context.close();

    session = await launchExtension({ userDataDir });
    const reopened = await session.openExtensionPage('/sidepanel.html');
    await reopened.getByRole('button', { name: traceTitle, exact: true }).click();
    await expectSentOnce(reopened, portal, 60_000);
    const [row] = await readTable<Submission>(reopened, 'submissions');
    expect(row!.attempts).toBe(2);
  });
});
