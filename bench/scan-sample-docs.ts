/**
 * Every document the redaction tests scan, named, with its roster: each sample of every corpus part (as the
 * corpus tests build it), the ordinary lessons, and the export samples (typical, short, many turns, every script,
 * 50,000 words of prose as the export bench has). scan-ab.ts compares the scan's findings on all of them at two commits.
 */
import type { TraceDocument } from '../lib/model/trace-document';
import { allCorpusSamples } from '../tests/fixtures/redaction/all-corpus-samples';
import { ordinaryLessonDocs } from '../tests/fixtures/redaction/ordinary-lessons';
import { hugeDoc, manyTurnsDoc, multilingualDoc, shortDoc, typicalDoc } from '../tests/export/sample-docs';
import { docOfSample } from '../tests/redaction/evaluate-corpus';

export interface ScanSampleDoc {
  name: string;
  doc: TraceDocument;
  roster: string[];
}

export function scanSampleDocs(): ScanSampleDoc[] {
  const scripts = ['es', 'zh', 'ja', 'ar', 'he', 'emoji', 'mixed'] as const;
  return [
    ...allCorpusSamples.map((sample) => ({
      name: `corpus ${sample.id}`,
      doc: docOfSample(sample),
      roster: sample.roster ?? [],
    })),
    ...ordinaryLessonDocs().map(([title, doc]) => ({ name: `ordinary lesson "${title}"`, doc, roster: [] })),
    { name: 'typical trace', doc: typicalDoc(), roster: ['Maria Lopez'] },
    { name: 'short trace', doc: shortDoc(), roster: [] },
    { name: 'many turns', doc: manyTurnsDoc(), roster: [] },
    ...scripts.map((kind) => ({ name: `multilingual ${kind}`, doc: multilingualDoc(kind), roster: [] })),
    { name: '50,000 words of prose', doc: hugeDoc(50_000), roster: ['Maria Lopez'] },
  ];
}
