#!/usr/bin/env node
// Which module holds which bytes of a built script: `SHOWWORK_SOURCEMAP=1 npx wxt build`, then
// `node scripts/bundle-sizes.mjs [script]` (default: the content script, whose 60 KB budget is nearly spent).
// Each byte of the minified file is counted for the source its nearest mapping segment points at; bytes before a
// line's first segment (wrappers the bundler wrote) are "(no source)".
import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';

const script = process.argv[2] ?? '.output/chrome-mv3/content-scripts/chat.js';
const code = readFileSync(script, 'utf8');
let map;
try {
  map = JSON.parse(readFileSync(`${script}.map`, 'utf8'));
} catch {
  console.error(`No ${script}.map: build with SHOWWORK_SOURCEMAP=1 npx wxt build`);
  process.exit(1);
}
const consumer = new SourceMapConsumer(map);
const lines = code.split('\n');
const segmentsByLine = lines.map(() => []);
consumer.eachMapping((m) => segmentsByLine[m.generatedLine - 1]?.push(m));

const bytesBySource = new Map();
const add = (source, n) => bytesBySource.set(source, (bytesBySource.get(source) ?? 0) + n);
lines.forEach((line, i) => {
  const segments = segmentsByLine[i].sort((a, b) => a.generatedColumn - b.generatedColumn);
  add('(no source)', (segments[0]?.generatedColumn ?? line.length) + (i < lines.length - 1 ? 1 : 0));
  segments.forEach((s, k) => {
    const end = segments[k + 1]?.generatedColumn ?? line.length;
    add(s.source ?? '(no source)', end - s.generatedColumn);
  });
});

const shortName = (source) => source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
const rows = [...bytesBySource].map(([source, bytes]) => [shortName(source), bytes]).sort((a, b) => b[1] - a[1]);
const total = rows.reduce((sum, [, bytes]) => sum + bytes, 0);
console.log(`${script}: ${total} bytes`);
for (const [source, bytes] of rows) console.log(`${String(bytes).padStart(7)}  ${source}`);
