import { findStudentData, redactTraceDocument } from '../../lib/redaction/apply';
import type { TraceDocument } from '../../lib/model/trace-document';
import { makeDoc, makeTurn } from '../export/sample-docs';
import type { CorpusSample } from '../fixtures/redaction/corpus-types';

/** A trace document holding one corpus sample: its prompt and the AI's answer, titled and signed as written. */
export function docOfSample(sample: CorpusSample): TraceDocument {
  const doc = makeDoc({
    title: sample.title ?? 'AI conversation',
    language: sample.language,
    teacherName: sample.teacher ?? 'Laura Mitchell',
    turns: [makeTurn(0, 'user', sample.prompt), makeTurn(1, 'assistant', sample.output, 'accepted')],
  });
  doc.conversations[0]!.title = doc.title;
  return doc;
}

/** Everything an export writes of the sample's texts, after redaction with every finding redacted. */
function exportedText(doc: TraceDocument): string {
  return [doc.title, ...doc.turns.flatMap((t) => [t.text, t.markdown])].join('\n\n');
}

function occurs(haystack: string, needle: string): boolean {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(haystack);
}

export interface KindScore {
  total: number;
  hit: number;
}

export interface CorpusScore {
  details: KindScore;
  lookAlikes: KindScore;
  detailsByKind: Record<string, KindScore>;
  lookAlikesByKind: Record<string, KindScore>;
  /** Labelled details still in the export, and look-alikes redacted, for reading failures. */
  missed: string[];
  wronglyRedacted: string[];
  /** Labels not found in their own sample (a corpus mistake). */
  badLabels: string[];
}

function bump(map: Record<string, KindScore>, kind: string, hit: boolean): void {
  const s = (map[kind] ??= { total: 0, hit: 0 });
  s.total++;
  if (hit) s.hit++;
}

/** A sample's labels whose text isn't in the sample (a corpus mistake), checked on the text before redaction. */
function badLabelsIn(sample: CorpusSample, before: string): string[] {
  return [...sample.details, ...sample.lookAlikes]
    .filter(([, text]) => !occurs(before, text))
    .map(([, text]) => `${sample.id}: ${text}`);
}

/** Labels not found in their own sample: what evaluateCorpus reports as badLabels, without redacting anything. */
export function findBadLabels(samples: readonly CorpusSample[]): string[] {
  return samples.flatMap((sample) => badLabelsIn(sample, exportedText(docOfSample(sample))));
}

/**
 * Scores the redactor on labelled samples: a detail counts as redacted when its labelled text no longer
 * appears in the exported copy; a look-alike counts as wrongly redacted when its text no longer appears.
 */
export function evaluateCorpus(samples: readonly CorpusSample[]): CorpusScore {
  const score: CorpusScore = {
    details: { total: 0, hit: 0 },
    lookAlikes: { total: 0, hit: 0 },
    detailsByKind: {},
    lookAlikesByKind: {},
    missed: [],
    wronglyRedacted: [],
    badLabels: [],
  };
  for (const sample of samples) {
    const doc = docOfSample(sample);
    const before = exportedText(doc);
    const redacted = redactTraceDocument(doc, findStudentData(doc, sample.roster ?? []), new Set());
    const after = exportedText(redacted);
    score.badLabels.push(...badLabelsIn(sample, before));
    for (const [kind, text] of sample.details) {
      const gone = !occurs(after, text);
      score.details.total++;
      if (gone) score.details.hit++;
      else score.missed.push(`${sample.id} ${kind}: ${text}`);
      bump(score.detailsByKind, kind, gone);
    }
    for (const [kind, text] of sample.lookAlikes) {
      const gone = !occurs(after, text);
      score.lookAlikes.total++;
      if (gone) {
        score.lookAlikes.hit++;
        score.wronglyRedacted.push(`${sample.id} ${kind}: ${text}`);
      }
      bump(score.lookAlikesByKind, kind, gone);
    }
  }
  return score;
}

/** Lines for the bench and for test failures: per-kind recall and false positives. */
export function formatScore(name: string, s: CorpusScore): string[] {
  const pct = (k: KindScore) => (k.total ? ((100 * k.hit) / k.total).toFixed(1) : '—');
  return [
    `${name}: ${s.details.hit}/${s.details.total} student details redacted (${pct(s.details)} %), ` +
      `${s.lookAlikes.hit}/${s.lookAlikes.total} look-alikes wrongly redacted (${pct(s.lookAlikes)} %)`,
    ...Object.entries(s.detailsByKind).map(([k, v]) => `  recall ${k.padEnd(18)} ${v.hit}/${v.total} (${pct(v)} %)`),
    ...Object.entries(s.lookAlikesByKind).map(
      ([k, v]) => `  false positives ${k.padEnd(14)} ${v.hit}/${v.total} (${pct(v)} %)`,
    ),
  ];
}
