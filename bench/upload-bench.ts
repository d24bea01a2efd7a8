/**
 * Upload and backup figures (issue 5), measured in Node: the outbox and backup code run against
 * fake-indexeddb and WXT's fake browser APIs, with real HTTP to the loopback portal of the tests.
 * - 200 queued traces submitted to tests/servers/generic-portal-server.ts: total time, and peak memory of the
 *   process (Node's RSS and heap, not a browser's — the outbox holds one payload per request in flight).
 * - Backup and restore of a library of 5,000 traces (5,000 conversations, 10,000 turns): goal < 5 s each.
 * fake-indexeddb is slower than Chromium's IndexedDB, so these are upper bounds.
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BenchResult } from './types';

// lib/ reads the extension APIs through wxt/browser, which takes globalThis.chrome: the fake stands in.
(globalThis as unknown as { chrome: unknown }).chrome = fakeBrowser;

const submissionCount = 200;
const libraryTraces = 5_000;

function payloadFor(i: number) {
  // Sizes of a typical real submission: a ~80 KB one-page PDF, a ~20 KB trace document.
  const pdf = new Uint8Array(80 * 1024);
  pdf.set(new TextEncoder().encode('%PDF-1.7\n'));
  for (let k = 9; k < pdf.length; k++) pdf[k] = (k * 7 + i) % 251;
  const text = 'The students compared fractions with the same denominator. '.repeat(300);
  return {
    fileName: `Rivera_AI Foundations_${i}.pdf`,
    traceJson: JSON.stringify({
      schema: 'showwork.trace/1',
      traceId: `t${i}`,
      title: `Trace ${i}`,
      finalArtifact: text,
    }),
    pdf,
    evidenceJson: JSON.stringify({ type: ['Evidence'], name: `Trace ${i}` }),
  };
}

function trackPeakMemory(): { stop: () => { rssMb: number; heapMb: number } } {
  let rss = process.memoryUsage().rss;
  let heap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed);
  }, 10);
  return {
    stop: () => {
      clearInterval(timer);
      return { rssMb: rss / 1024 / 1024, heapMb: heap / 1024 / 1024 };
    },
  };
}

async function benchSubmissions(): Promise<BenchResult[]> {
  const { ShowWorkDatabase } = await import('../lib/db/schema');
  const { queueSubmission, processOutbox } = await import('../lib/upload/outbox');
  const { startGenericPortalServer } = await import('../tests/servers/generic-portal-server');
  const server = await startGenericPortalServer();
  const db = new ShowWorkDatabase(`bench-upload-${Date.now()}`);
  const portal = { kind: 'generic', id: 'bench', name: 'Bench portal', url: server.url } as const;
  try {
    await db.portalSecrets.put({ portalId: portal.id, token: 'portal-token' });
    const queueStart = performance.now();
    for (let i = 0; i < submissionCount; i++) {
      await queueSubmission(db, { traceId: `t${i}`, portal, fingerprint: `f${i}`, payload: payloadFor(i) });
    }
    const queueMs = performance.now() - queueStart;
    const baseline = process.memoryUsage();
    const memory = trackPeakMemory();
    const start = performance.now();
    const summary = await processOutbox({
      db,
      findPortal: async () => portal,
      scheduleWake: async () => undefined,
      tuning: { timeoutMs: 30_000, baseDelayMs: 30_000, maxDelayMs: 3_600_000, maxAttempts: 40 },
    });
    const sendMs = performance.now() - start;
    const peak = memory.stop();
    const sent = await db.submissions.where('state').equals('sent').count();
    if (sent !== submissionCount || server.submissions.length !== submissionCount || summary.sent !== submissionCount) {
      throw new Error(
        `expected ${submissionCount} sent, got ${sent} rows sent and ${server.submissions.length} on the server`,
      );
    }
    return [
      { name: `queue ${submissionCount} submissions (payload stored, 1 tx each)`, value: queueMs, unit: 'ms' },
      { name: `send ${submissionCount} queued traces to the loopback portal`, value: sendMs, unit: 'ms' },
      { name: '  per submission', value: sendMs / submissionCount, unit: 'ms' },
      { name: '  peak RSS while sending (Node process)', value: peak.rssMb, unit: 'MB' },
      {
        name: '  peak heap growth while sending (Node process)',
        value: peak.heapMb - baseline.heapUsed / 1024 / 1024,
        unit: 'MB',
      },
    ];
  } finally {
    db.close();
    await server.close();
  }
}

async function benchBackup(): Promise<BenchResult[]> {
  const { ShowWorkDatabase } = await import('../lib/db/schema');
  const { createBackup } = await import('../lib/backup/export');
  const { readBackupText, applyImport } = await import('../lib/backup/import');
  const { seedLibrary } = await import('../tests/backup/library-fixture');
  const source = new ShowWorkDatabase(`bench-backup-source-${Date.now()}`);
  const target = new ShowWorkDatabase(`bench-backup-target-${Date.now()}`);
  try {
    await seedLibrary(source, libraryTraces);
    const backupStart = performance.now();
    const { text } = await createBackup(source, { appVersion: 'bench' });
    const backupMs = performance.now() - backupStart;

    const restoreStart = performance.now();
    const read = await readBackupText(text);
    if (!read.ok) throw new Error(`backup unreadable: ${read.problem}`);
    const added = await applyImport(target, read.backup);
    const restoreMs = performance.now() - restoreStart;
    if (added.add.traces !== libraryTraces || (await target.traces.count()) !== libraryTraces) {
      throw new Error(`restore added ${added.add.traces} traces`);
    }
    const againStart = performance.now();
    const again = await applyImport(target, read.backup);
    const againMs = performance.now() - againStart;
    if (again.add.traces !== 0) throw new Error('restoring twice added duplicates');
    return [
      {
        name: `backup of ${libraryTraces.toLocaleString('en')} traces (+ conversations, turns)`,
        value: backupMs,
        unit: 'ms',
        goal: '< 5000 ms',
      },
      { name: '  backup file size', value: text.length / 1024 / 1024, unit: 'MB' },
      { name: `restore into an empty library (check + merge)`, value: restoreMs, unit: 'ms', goal: '< 5000 ms' },
      { name: '  restore the same file again (nothing to add)', value: againMs, unit: 'ms' },
    ];
  } finally {
    source.close();
    target.close();
  }
}

export async function benchUpload(): Promise<BenchResult[]> {
  return [...(await benchSubmissions()), ...(await benchBackup())];
}
