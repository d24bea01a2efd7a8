import { ShowWorkDatabase } from '../../lib/db/schema';
import type { Submission } from '../../lib/model/submission';
import type { PayloadParts } from '../../lib/upload/generic-portal';
import { processOutbox, type OutboxEnvironment, type OutboxRunSummary } from '../../lib/upload/outbox';
import type { OutboxTuning } from '../../lib/upload/outbox-tuning';

let counter = 0;

/** A fresh database (fake-indexeddb) per test, so tests never see each other's rows. */
export function openTestDatabase(): ShowWorkDatabase {
  counter += 1;
  return new ShowWorkDatabase(`showwork-test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** Fast pacing for tests: short timeout, tiny delays. */
export const fastTuning: OutboxTuning = { timeoutMs: 2_000, baseDelayMs: 20, maxDelayMs: 200, maxAttempts: 10 };

/** A payload as the side panel would store it (constructed here: the trace is minimal but valid JSON). */
export function samplePayload(label = 'one', pdfSize = 2_000): PayloadParts {
  const pdf = new Uint8Array(pdfSize);
  pdf.set(new TextEncoder().encode('%PDF-1.7\n'));
  for (let i = 9; i < pdfSize; i++) pdf[i] = (i * 31 + label.length) % 256;
  return {
    fileName: `Rivera_AI-Foundations_${label}.pdf`,
    traceJson: JSON.stringify({ schema: 'showwork.trace/1', id: `trace-${label}`, title: `Trace ${label}` }),
    pdf,
    evidenceJson: JSON.stringify({ type: ['Evidence'], name: `Trace ${label}` }),
  };
}

/**
 * Runs the outbox until nothing is queued (waiting for each retry to come due) or `maxRuns` passes happen.
 * This stands in for the alarm that would wake the worker at `nextAttemptAt`.
 */
export async function drainOutbox(env: OutboxEnvironment, maxRuns = 20): Promise<OutboxRunSummary[]> {
  const runs: OutboxRunSummary[] = [];
  for (let i = 0; i < maxRuns; i++) {
    runs.push(await processOutbox(env));
    const queued = await env.db.submissions.where('state').equals('queued').toArray();
    if (queued.length === 0) break;
    const next = Math.min(...queued.map((s: Submission) => s.nextAttemptAt));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now()) + 5));
  }
  return runs;
}
