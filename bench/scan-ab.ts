/**
 * The redaction scan at a git ref (A) beside the working tree (B), in one process: the findings and the redacted
 * documents of every corpus sample, the ordinary lessons, the export samples and the 50,000-word bench trace must be
 * byte for byte the same; then the scan of that trace is timed in alternating rounds (CPU and wall time, min and
 * median), so the two sides share whatever load the machine has. Not part of `npm run bench`: a check for changes
 * that should make the scan faster without changing what it finds.
 *
 *   npx tsx bench/scan-ab.ts [ref = HEAD] [rounds = 9]
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { TraceDocument } from '../lib/model/trace-document';
import { alternate, checkout, median, min } from './ab-kit';
import { scanSampleDocs } from './scan-sample-docs';
import { makeScanTrace, scanTraceRoster } from './scan-trace';

type Apply = typeof import('../lib/redaction/apply');
type Tagger = typeof import('../lib/redaction/people-tagger');

const ref = process.argv[2] ?? 'HEAD';
const rounds = Number(process.argv[3] ?? 9);

async function side(libRoot: string): Promise<Apply> {
  const apply = (await import(resolve(libRoot, 'lib/redaction/apply.ts'))) as Apply;
  await ((await import(resolve(libRoot, 'lib/redaction/people-tagger.ts'))) as Tagger).loadPeopleTagger();
  return apply;
}

/** What a scan of `doc` gives, as text: its findings and the document redacted with every finding. */
function reading(apply: Apply, doc: TraceDocument, roster: string[]): string {
  const candidates = apply.findStudentData(doc, roster);
  return JSON.stringify(candidates) + '\n' + JSON.stringify(apply.redactTraceDocument(doc, candidates, new Set()));
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

const sides = { A: await side(checkout(ref, 'scan-ab')), B: await side(resolve(import.meta.dirname, '..')) };
const commit = execFileSync('git', ['rev-parse', '--short', ref], { encoding: 'utf8' }).trim();

const { doc: trace, words } = makeScanTrace();
const docs = [...scanSampleDocs(), { name: 'the 50k-word bench trace', doc: trace, roster: scanTraceRoster }];
const differing = docs.filter(({ doc, roster }) => reading(sides.A, doc, roster) !== reading(sides.B, doc, roster));
console.log(
  `findings and redacted documents: ${docs.length - differing.length} of ${docs.length} documents identical` +
    (differing.length ? `; DIFFER: ${differing.map((d) => d.name).join(', ')}` : ''),
);

const times = { A: { cpu: [] as number[], wall: [] as number[] }, B: { cpu: [] as number[], wall: [] as number[] } };
console.log(`load before timing: ${load()}`);
for (const name of ['A', 'B'] as const) sides[name].findStudentData(trace, scanTraceRoster);
await alternate(rounds, async (name) => {
  const cpu = process.cpuUsage();
  const started = performance.now();
  sides[name].findStudentData(trace, scanTraceRoster);
  times[name].wall.push(performance.now() - started);
  const used = process.cpuUsage(cpu);
  times[name].cpu.push((used.user + used.system) / 1000);
});
const line = (t: { cpu: number[]; wall: number[] }) =>
  `CPU min ${min(t.cpu).toFixed(0)} med ${median(t.cpu).toFixed(0)} ms, wall min ${min(t.wall).toFixed(0)} med ${median(t.wall).toFixed(0)} ms`;
console.log(`scan of the ${words.toLocaleString('en-US')}-word trace, ${rounds} alternating rounds:`);
console.log(`  A (${ref} = ${commit}): ${line(times.A)}`);
console.log(`  B (working tree): ${line(times.B)}`);
console.log(`  B/A CPU med ${(median(times.B.cpu) / median(times.A.cpu)).toFixed(3)}; load after: ${load()}`);
