/**
 * The scan worker's start, in CPU time (issue 11, item 3: the redaction preview waited ~3 s for it after a capture).
 * Loads a built `export-scan-worker-*.js` chunk in a fresh Node process per sample, with a stand-in worker scope,
 * and reports the CPU time of its module start (parse, compromise's set-up, the regexes compiled early), of its
 * rehearsal, and of a first and a second "find" on a 1,000-word trace (a two-byte text: curly quotes). Builds given
 * on the command line are measured interleaved, A B A B…, so load on a shared machine hits both alike:
 *
 *   npx tsx bench/export-scan-start.ts [build folder …] [--runs N]
 *
 * (default: .output/chrome-mv3; e.g. a build of main in /tmp/main-build beside it). CPU time, not wall time: the
 * wall clock on a loaded machine mostly counts other processes' turns.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeDoc, makeTurn, prose } from '../tests/export/sample-docs';

/** Runs in the child: the worker chunk as a module, its requests through the stand-in scope's listener. */
const childScript = String.raw`
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [chunk, docFile] = process.argv.slice(2);
let listener;
const answers = new Map();
globalThis.addEventListener = (type, fn) => { if (type === 'message') listener = fn; };
globalThis.postMessage = (answer) => answers.get(answer.id)?.(answer);
globalThis.location = new URL('chrome-extension://bench/assets/worker.js');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const ask = (request) => new Promise((resolve) => { answers.set(request.id, resolve); listener({ data: request }); });
const doc = JSON.parse(readFileSync(docFile, 'utf8'));
const t0 = cpu();
await import(pathToFileURL(chunk).href);
const t1 = cpu();
await ask({ id: 1, kind: 'rehearse' });
const t2 = cpu();
const first = await ask({ id: 2, kind: 'find', doc, roster: [] });
const t3 = cpu();
await ask({ id: 3, kind: 'find', doc, roster: [] });
const t4 = cpu();
if (!first.ok) throw new Error(first.message);
console.log(JSON.stringify({ start: t1 - t0, rehearse: t2 - t1, find: t3 - t2, findAgain: t4 - t3, found: first.candidates.length }));
`;

interface Sample {
  start: number;
  rehearse: number;
  find: number;
  findAgain: number;
  found: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function scanWorkerChunk(build: string): string {
  const assets = join(build, 'assets');
  const chunk = readdirSync(assets).find((f) => f.startsWith('export-scan-worker-') && f.endsWith('.js'));
  if (!chunk) throw new Error(`No export-scan-worker chunk in ${assets}: build first (npx wxt build).`);
  return join(assets, chunk);
}

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt === -1 ? 5 : Number(args[runsAt + 1]);
const builds = args.filter((a, i) => a !== '--runs' && i !== runsAt + 1);
if (builds.length === 0) builds.push('.output/chrome-mv3');

const dir = mkdtempSync(join(tmpdir(), 'showwork-scan-start-'));
const runner = join(dir, 'run.mjs');
writeFileSync(runner, childScript);
// Four turns of lesson prose with a child's details in one of them, ~1,000 words: a trace of ordinary length.
const docFile = join(dir, 'doc.json');
const turns = Array.from({ length: 4 }, (_, i) =>
  makeTurn(i, i % 2 ? 'assistant' : 'user', `${prose(240, i + 1)}\n\nMy student’s plan: “Maria needs extended time.”`),
);
writeFileSync(docFile, JSON.stringify(makeDoc({ title: 'Fractions review', turns, finalArtifact: prose(200, 9) })));

const samples = new Map<string, Sample[]>(builds.map((b) => [b, []]));
for (let i = 0; i < runs; i++) {
  for (const build of builds) {
    const out = execFileSync(process.execPath, [runner, scanWorkerChunk(resolve(build)), docFile], {
      encoding: 'utf8',
    });
    samples.get(build)!.push(JSON.parse(out.trim().split('\n').pop()!) as Sample);
  }
}
const [load1, load5] = (await import('node:os')).loadavg();
console.log(
  `Scan worker start, CPU ms (median of ${runs}, interleaved; load ${load1!.toFixed(1)} / ${load5!.toFixed(1)})`,
);
for (const [build, list] of samples) {
  const m = (key: keyof Sample) => median(list.map((s) => s[key])).toFixed(0);
  console.log(
    `  ${build}: start ${m('start')}, rehearsal ${m('rehearse')}, first find ${m('find')}, second ${m('findAgain')} ` +
      `(items found: ${m('found')})`,
  );
}
