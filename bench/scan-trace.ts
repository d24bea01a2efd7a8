/**
 * The redaction bench's 50,000-word trace (issue 9): 20 turns of ~2,350 words of lesson prose, each followed by a
 * corpus sample holding student details, and a 1,000-word final artifact; with the roster the bench scans it with.
 * Shared by redaction-bench.ts (the figure `npm run bench` prints), scan-ab.ts (the same scan at two commits) and
 * export-bench.ts (the same trace stored in the database and exported as a PDF).
 */
import type { TraceDocument } from '../lib/model/trace-document';
import { devCorpus } from '../tests/fixtures/redaction/corpus-dev';
import { devCorpus2 } from '../tests/fixtures/redaction/corpus-dev-2';
import { heldOutCorpus } from '../tests/fixtures/redaction/corpus-held-out';
import { makeDoc, makeTurn, prose } from '../tests/export/sample-docs';

export const scanTraceRoster = ['Maria Lopez', 'Jamal Carter', 'Olivia Brooks'];

/** The trace's content: its turns (user and AI answers in turn) and its final artifact. */
export function scanTraceContent(): { turns: { role: 'user' | 'assistant'; text: string }[]; finalArtifact: string } {
  const samples = [...devCorpus, ...devCorpus2, ...heldOutCorpus];
  const turns = Array.from({ length: 20 }, (_, i) => {
    const sample = samples[i % samples.length]!;
    return {
      role: i % 2 ? ('assistant' as const) : ('user' as const),
      text: `${prose(2_350, i + 1)}\n\n${sample.prompt}\n\n${sample.output}`,
    };
  });
  return { turns, finalArtifact: prose(1_000, 99) };
}

export function makeScanTrace(): { doc: TraceDocument; words: number } {
  const { turns, finalArtifact } = scanTraceContent();
  const doc = makeDoc({
    title: 'Long planning conversation',
    turns: turns.map((t, i) => makeTurn(i, t.role, t.text)),
    finalArtifact,
  });
  const words = doc.turns.reduce((n, t) => n + t.text.split(/\s+/).length, 0) + 1_000;
  return { doc, words };
}
