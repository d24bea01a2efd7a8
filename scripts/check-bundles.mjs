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

for (const file of readdirSync(contentDir).filter((f) => f.endsWith('.js'))) {
  const path = join(contentDir, file);
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
  if (size > budgetBytes) {
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
