/**
 * Every document the redaction tests scan, named, with its roster: each sample of the 23 corpus parts (as the
 * corpus tests build it), the ordinary lessons, and the export samples (typical, short, many turns, every script,
 * 50,000 words of prose as the export bench has). scan-ab.ts compares the scan's findings on all of them at two commits.
 */
import type { TraceDocument } from '../lib/model/trace-document';
import { devCorpus } from '../tests/fixtures/redaction/corpus-dev';
import { devCorpus2 } from '../tests/fixtures/redaction/corpus-dev-2';
import { heldOutCorpus } from '../tests/fixtures/redaction/corpus-held-out';
import { heldOutCorpus3 } from '../tests/fixtures/redaction/corpus-held-out-3';
import { heldOutCorpus4 } from '../tests/fixtures/redaction/corpus-held-out-4';
import { heldOutCorpus5 } from '../tests/fixtures/redaction/corpus-held-out-5';
import { heldOutCorpus6 } from '../tests/fixtures/redaction/corpus-held-out-6';
import { heldOutCorpus7 } from '../tests/fixtures/redaction/corpus-held-out-7';
import { heldOutCorpus8 } from '../tests/fixtures/redaction/corpus-held-out-8';
import { heldOutCorpus9 } from '../tests/fixtures/redaction/corpus-held-out-9';
import { heldOutCorpus10 } from '../tests/fixtures/redaction/corpus-held-out-10';
import { heldOutCorpus11 } from '../tests/fixtures/redaction/corpus-held-out-11';
import { heldOutCorpus12 } from '../tests/fixtures/redaction/corpus-held-out-12';
import { heldOutCorpus13 } from '../tests/fixtures/redaction/corpus-held-out-13';
import { heldOutCorpus14 } from '../tests/fixtures/redaction/corpus-held-out-14';
import { heldOutCorpus15 } from '../tests/fixtures/redaction/corpus-held-out-15';
import { heldOutCorpus16 } from '../tests/fixtures/redaction/corpus-held-out-16';
import { heldOutCorpus17 } from '../tests/fixtures/redaction/corpus-held-out-17';
import { heldOutCorpus18 } from '../tests/fixtures/redaction/corpus-held-out-18';
import { heldOutCorpus19 } from '../tests/fixtures/redaction/corpus-held-out-19';
import { heldOutCorpus20 } from '../tests/fixtures/redaction/corpus-held-out-20';
import { heldOutCorpus21 } from '../tests/fixtures/redaction/corpus-held-out-21';
import { heldOutCorpus22 } from '../tests/fixtures/redaction/corpus-held-out-22';
import { ordinaryLessonDocs } from '../tests/fixtures/redaction/ordinary-lessons';
import { hugeDoc, manyTurnsDoc, multilingualDoc, shortDoc, typicalDoc } from '../tests/export/sample-docs';
import { docOfSample } from '../tests/redaction/evaluate-corpus';

export interface ScanSampleDoc {
  name: string;
  doc: TraceDocument;
  roster: string[];
}

const corpus = [
  ...devCorpus,
  ...devCorpus2,
  ...heldOutCorpus,
  ...heldOutCorpus3,
  ...heldOutCorpus4,
  ...heldOutCorpus5,
  ...heldOutCorpus6,
  ...heldOutCorpus7,
  ...heldOutCorpus8,
  ...heldOutCorpus9,
  ...heldOutCorpus10,
  ...heldOutCorpus11,
  ...heldOutCorpus12,
  ...heldOutCorpus13,
  ...heldOutCorpus14,
  ...heldOutCorpus15,
  ...heldOutCorpus16,
  ...heldOutCorpus17,
  ...heldOutCorpus18,
  ...heldOutCorpus19,
  ...heldOutCorpus20,
  ...heldOutCorpus21,
  ...heldOutCorpus22,
];

export function scanSampleDocs(): ScanSampleDoc[] {
  const scripts = ['es', 'zh', 'ja', 'ar', 'he', 'emoji', 'mixed'] as const;
  return [
    ...corpus.map((sample) => ({ name: `corpus ${sample.id}`, doc: docOfSample(sample), roster: sample.roster ?? [] })),
    ...ordinaryLessonDocs().map(([title, doc]) => ({ name: `ordinary lesson "${title}"`, doc, roster: [] })),
    { name: 'typical trace', doc: typicalDoc(), roster: ['Maria Lopez'] },
    { name: 'short trace', doc: shortDoc(), roster: [] },
    { name: 'many turns', doc: manyTurnsDoc(), roster: [] },
    ...scripts.map((kind) => ({ name: `multilingual ${kind}`, doc: multilingualDoc(kind), roster: [] })),
    { name: '50,000 words of prose', doc: hugeDoc(50_000), roster: ['Maria Lopez'] },
  ];
}
