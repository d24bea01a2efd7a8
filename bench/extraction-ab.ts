/**
 * Interleaved A/B of the site adapters' extraction: `readConversation` as it was at a git ref (A) against the working
 * tree's (B), read alternately on the same generated 400-turn page of each site (the bench's pages), so both see the
 * same load on a shared machine. Prints the main thread's CPU time (CDP thread ticks) of each reading, min and median
 * per side, their ratio to the page's innerText read in the same rounds, and whether both readings are identical
 * (FNV-1a fingerprint and length of their JSON). Not part of `npm run bench`: a tool for keeping only the changes that
 * help, without changing a byte of what is read.
 *
 *   npx tsx bench/extraction-ab.ts <ref> [site …]      (AB_RUNS=9 by default)
 */
import { chromium } from 'playwright-core';
import { chromiumPath, quietChromiumArgs } from '../tests/e2e/harness';
import type { SiteAdapter } from '../lib/adapters/types';
import { allSites, bundle, checkout, measureAB, openGeneratedConversation, root } from './ab-kit';

const runs = Number(process.env.AB_RUNS ?? 9);

// Each side's reader under its own global; the reading's fingerprint is FNV-1a of its JSON, with its length.
const readerHelper = (name: string) => `
import { findAdapterForUrl } from './lib/adapters/find-adapter';
globalThis.${name} = () => {
  const url = new URL(location.href);
  let json;
  try { json = JSON.stringify(findAdapterForUrl(url).readConversation(document, url)); }
  catch (error) { json = 'error ' + String(error && error.code); }
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) { h ^= json.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return (h >>> 0).toString(16) + '/' + json.length;
};
`;

async function main(): Promise<void> {
  const [ref, ...rest] = process.argv.slice(2);
  if (ref === undefined) throw new Error('usage: npx tsx bench/extraction-ab.ts <ref> [site …]');
  const scripts = [
    await bundle(readerHelper('__readA'), checkout(ref, 'extraction-ab')),
    await bundle(readerHelper('__readB'), root),
    'globalThis.__innerText = () => document.body.innerText.length;',
  ];
  const sites = rest.length > 0 ? (rest as SiteAdapter['id'][]) : allSites;
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: quietChromiumArgs });
  try {
    for (const site of sites) {
      const page = await browser.newPage();
      await openGeneratedConversation(page, site, scripts);
      await measureAB(page, site, ref, runs);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
