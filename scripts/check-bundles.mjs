#!/usr/bin/env node
// Checks the built extension: content scripts are pure ASCII (Chromium refuses a content script containing
// U+FFFF; TOOLCHAIN.md trap 1), carry no database code (a content script must never open IndexedDB), and stay
// within the 60 KB budget.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const outDir = '.output/chrome-mv3';
const contentDir = join(outDir, 'content-scripts');
const budgetBytes = 60 * 1024;
let failed = false;

// Scripts that run in web pages: the content scripts, and the structural reader the service worker injects into
// a page's isolated world (kept out of the content script for its size). The same rules apply to both; the
// 60 KB budget is the content script's.
const injectedScripts = [
  ...readdirSync(contentDir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(contentDir, f)),
  join(outDir, 'structural-reader.js'),
  join(outDir, 'pre-reader.js'),
];
for (const path of injectedScripts) {
  const code = readFileSync(path, 'utf8');
  const size = statSync(path).size;
  const nonAscii = [...code].findIndex((ch) => ch.charCodeAt(0) > 0x7f);
  if (nonAscii !== -1) {
    console.error(`✗ ${path}: non-ASCII character at offset ${nonAscii}`);
    failed = true;
  }
  if (/\bDexie\b|indexedDB\.open/.test(code)) {
    console.error(`✗ ${path}: contains database code; content scripts must not open IndexedDB`);
    failed = true;
  }
  if (path.startsWith(contentDir) && size > budgetBytes) {
    console.error(`✗ ${path}: ${(size / 1024).toFixed(1)} KB is over the ${budgetBytes / 1024} KB budget`);
    failed = true;
  }
  console.log(`${failed ? '✗' : '✓'} ${path}: ${(size / 1024).toFixed(1)} KB, ASCII only`);
}
// Each extension page loads only its own entry: a chunk shared with another page that imports that page's entry chunk
// (for Vite's lazy-import helper, which lives there) would run the other page's app too. Chunks are grouped by hand
// (scripts/panel-data-chunk.ts), so this is checked on the built files: static imports only, followed transitively.
const pageEntries = readdirSync(outDir)
  .filter((f) => f.endsWith('.html'))
  .map((page) => ({
    page,
    entry: /<script type="module"[^>]* src="\/([^"]+)"/.exec(readFileSync(join(outDir, page), 'utf8'))?.[1],
  }))
  .filter((p) => p.entry !== undefined);
const staticImports = (file) =>
  [...readFileSync(join(outDir, file), 'utf8').matchAll(/(?:\bfrom|\bimport)\s*"\.\/([^"]+\.js)"/g)].map((m) =>
    join(file, '..', m[1]),
  );
for (const { page, entry } of pageEntries) {
  const seen = new Set([entry]);
  for (const file of seen) for (const imported of staticImports(file)) seen.add(imported);
  const others = pageEntries.filter((other) => other.page !== page && seen.has(other.entry));
  for (const other of others) {
    console.error(`✗ ${page} imports ${other.page}'s entry chunk ${other.entry}`);
    failed = true;
  }
  if (others.length === 0) console.log(`✓ ${page}: ${seen.size} chunks load with it, no other page's entry among them`);
}
const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
const hostPermissions = manifest.host_permissions ?? [];
if (hostPermissions.some((p) => p === '<all_urls>' || p.startsWith('*://*/') || p === 'https://*/*')) {
  console.error('✗ manifest asks for all-sites host permission at install');
  failed = true;
}
process.exit(failed ? 1 : 0);
