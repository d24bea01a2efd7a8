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
const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
const hostPermissions = manifest.host_permissions ?? [];
if (hostPermissions.some((p) => p === '<all_urls>' || p.startsWith('*://*/') || p === 'https://*/*')) {
  console.error('✗ manifest asks for all-sites host permission at install');
  failed = true;
}
process.exit(failed ? 1 : 0);
