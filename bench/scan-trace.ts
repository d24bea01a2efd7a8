/**
 * The redaction bench's 50,000-word trace (issue 9): 20 turns of ~2,350 words of lesson prose, each followed by a
 * corpus sample holding student details, and a 1,000-word final artifact; with the roster the bench scans it with.
 * Shared by redaction-bench.ts (the figure `npm run bench` prints) and scan-ab.ts (the same scan at two commits).
 */
import type { TraceDocument } from '../lib/model/trace-document';
import { devCorpus } from '../tests/fixtures/redaction/corpus-dev';
import { devCorpus2 } from '../tests/fixtures/redaction/corpus-dev-2';
import { heldOutCorpus } from '../tests/fixtures/redaction/corpus-held-out';
import { makeDoc, makeTurn, prose } from '../tests/export/sample-docs';

export const scanTraceRoster = ['Maria Lopez', 'Jamal Carter', 'Olivia Brooks'];

export function makeScanTrace(): { doc: TraceDocument; words: number } {
  const samples = [...devCorpus, ...devCorpus2, ...heldOutCorpus];
  const turns = Array.from({ length: 20 }, (_, i) => {
    const sample = samples[i % samples.length]!;
    return makeTurn(i, i % 2 ? 'assistant' : 'user', `${prose(2_350, i + 1)}\n\n${sample.prompt}\n\n${sample.output}`);
  });
  const doc = makeDoc({ title: 'Long planning conversation', turns, finalArtifact: prose(1_000, 99) });
  const words = doc.turns.reduce((n, t) => n + t.text.split(/\s+/).length, 0) + 1_000;
  return { doc, words };
}
