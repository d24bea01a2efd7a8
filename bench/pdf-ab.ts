/**
 * The PDF render at a git ref (A) beside the working tree (B), in one process: the PDF of every document the
 * redaction tests scan (bench/scan-sample-docs.ts: corpus samples, ordinary lessons, export samples in every
 * script) and of the redaction bench's 50,000-word trace, as it is and redacted, must be byte for byte the same
 * (pdfkit's creation date, the moment of rendering, in the info and the XMP metadata, and the file ID made from it,
 * are blanked first); then the
 * render of the redacted 50,000-word trace is timed in alternating rounds (CPU and wall time, min and median), so
 * both sides share whatever load the machine has. Not part of `npm run bench`: a check for changes that should
 * make the PDF faster without changing a byte of it.
 *
 *   npx tsx bench/pdf-ab.ts [ref = HEAD] [rounds = 7] [--docs N: compare only the first N sample documents]
 */
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { TraceDocument } from '../lib/model/trace-document';
import { findStudentData, redactTraceDocument } from '../lib/redaction/apply';
import { loadPeopleTagger } from '../lib/redaction/people-tagger';
import { loadFontFromNodeModules } from '../scripts/font-assets';
import { alternate, checkout, median, min } from './ab-kit';
import { scanSampleDocs } from './scan-sample-docs';
import { makeScanTrace, scanTraceRoster } from './scan-trace';

type Pdf = typeof import('../lib/export/pdf');

const args = process.argv.slice(2);
const docsAt = args.indexOf('--docs');
const docLimit = docsAt === -1 ? Infinity : Number(args[docsAt + 1]);
const positional = args.filter((_, i) => docsAt === -1 || (i !== docsAt && i !== docsAt + 1));
const ref = positional[0] ?? 'HEAD';
const rounds = Number(positional[1] ?? 7);

/** One side's renderer, with its own font loader (fonts are parsed once per loader: each side pays for its own). */
async function side(libRoot: string): Promise<(doc: TraceDocument) => Promise<Uint8Array>> {
  const { renderTracePdf } = (await import(resolve(libRoot, 'lib/export/pdf.ts'))) as Pdf;
  const fonts = new Map<string, Uint8Array>();
  const loadFont = async (file: string) => {
    let bytes = fonts.get(file);
    if (!bytes) fonts.set(file, (bytes = await loadFontFromNodeModules(file)));
    return bytes;
  };
  return (doc) => renderTracePdf(doc, { paperSize: 'letter', loadFont });
}

/** The PDF's bytes as text, without what changes from one render to the next (its creation time and file ID). */
function comparable(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('latin1')
    .replace(/\(D:\d{14}Z\)/g, '(D:)')
    .replace(/<xmp:CreateDate>[^<]*</g, '<xmp:CreateDate><')
    .replace(/\/ID \[<[0-9a-f]*> <[0-9a-f]*>\]/gi, '/ID []');
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

await loadPeopleTagger();
const root = resolve(import.meta.dirname, '..');
const refRoot = checkout(ref, 'pdf-ab');
// pdf-document.ts imports pdfkit's standalone build by its path under node_modules.
symlinkSync(resolve(root, 'node_modules'), resolve(refRoot, 'node_modules'));
const sides = { A: await side(refRoot), B: await side(root) };
const commit = execFileSync('git', ['rev-parse', '--short', ref], { encoding: 'utf8' }).trim();

const { doc: trace, words } = makeScanTrace();
const redacted = redactTraceDocument(trace, findStudentData(trace, scanTraceRoster), new Set());
const docs = [
  ...scanSampleDocs().slice(0, docLimit),
  { name: 'the 50k-word bench trace', doc: trace },
  { name: 'the 50k-word bench trace, redacted', doc: redacted },
];
const differing: string[] = [];
for (const { name, doc } of docs)
  if (comparable(await sides.A(doc)) !== comparable(await sides.B(doc))) differing.push(name);
console.log(
  `PDF bytes: ${docs.length - differing.length} of ${docs.length} documents identical` +
    (differing.length ? `; DIFFER: ${differing.join(', ')}` : ''),
);

const times = { A: { cpu: [] as number[], wall: [] as number[] }, B: { cpu: [] as number[], wall: [] as number[] } };
console.log(`load before timing: ${load()}`);
await alternate(rounds, async (name) => {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await sides[name](redacted);
  times[name].wall.push(performance.now() - started);
  const used = process.cpuUsage(cpu);
  times[name].cpu.push((used.user + used.system) / 1000);
});
const line = (t: { cpu: number[]; wall: number[] }) =>
  `CPU min ${min(t.cpu).toFixed(0)} med ${median(t.cpu).toFixed(0)} ms, wall min ${min(t.wall).toFixed(0)} med ${median(t.wall).toFixed(0)} ms`;
console.log(`PDF of the redacted ${words.toLocaleString('en-US')}-word trace, ${rounds} alternating rounds:`);
console.log(`  A (${ref} = ${commit}): ${line(times.A)}`);
console.log(`  B (working tree): ${line(times.B)}`);
console.log(`  B/A CPU med ${(median(times.B.cpu) / median(times.A.cpu)).toFixed(3)}; load after: ${load()}`);
