/**
 * Where the redaction scan of the 50,000-word bench trace spends its time: a CPU profile (node:inspector) of several
 * scans, printed as self time per function (file:line) and as inclusive time per function of lib/redaction (each
 * function counted once per sample), per scan. Not part of `npm run bench`: a tool for finding what to make faster.
 *
 *   npx tsx bench/scan-profile.ts [scans = 8] [rows = 40]
 */
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { findStudentData } from '../lib/redaction/apply';
import { loadPeopleTagger } from '../lib/redaction/people-tagger';
import { makeScanTrace, scanTraceRoster } from './scan-trace';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const scans = Number(process.argv[2] ?? 8);
const rows = Number(process.argv[3] ?? 40);

await loadPeopleTagger();
const { doc } = makeScanTrace();
findStudentData(doc, scanTraceRoster);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
for (let i = 0; i < scans; i++) findStudentData(doc, scanTraceRoster);
const { profile } = (await session.post('Profiler.stop')) as unknown as {
  profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
};
session.disconnect();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, ProfileNode>();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n);
const where = (n: ProfileNode) => {
  const f = n.callFrame;
  const file = f.url.replace(/^.*\/(lib|node_modules)\//, '$1/');
  return `${f.functionName || '(anonymous)'} ${file ? `${file}:${f.lineNumber + 1}` : ''}`;
};
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i] ?? 0) / 1000 / scans;
  const node = byId.get(id)!;
  const parent = parentOf.get(id);
  // Native code (regex execution, string built-ins) is named with its caller: which rule's regexes.
  const key = node.callFrame.url || !parent ? where(node) : `${where(node)} <- ${where(parent)}`;
  self.set(key, (self.get(key) ?? 0) + ms);
  const seen = new Set<string>();
  for (let n: ProfileNode | undefined = node; n; n = parentOf.get(n.id))
    if (n.callFrame.url.includes('/lib/redaction/')) seen.add(where(n));
  for (const fn of seen) inclusive.set(fn, (inclusive.get(fn) ?? 0) + ms);
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`profile: ${total.toFixed(0)} ms a scan over ${scans} scans; load ${loadavg()[0]!.toFixed(2)}`);
const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows))
    console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${key}`);
};
print('self time a scan', self);
print('inclusive time a scan (lib/redaction)', inclusive);
