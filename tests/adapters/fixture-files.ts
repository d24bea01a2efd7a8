import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteAdapter } from '../../lib/adapters/types';

/** Saved-structure pages: tests/fixtures/<site>/<name>.html with <name>.expected.json beside each. */
export const fixturesDir = join(import.meta.dirname, '..', 'fixtures') + '/';

export type SiteId = SiteAdapter['id'];

export function fixtureNames(site: SiteId): string[] {
  return readdirSync(`${fixturesDir}${site}`)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length))
    .sort();
}

export function readFixtureHtml(site: SiteId, name: string): string {
  return readFileSync(`${fixturesDir}${site}/${name}.html`, 'utf8');
}

/** Parses trusted fixture HTML (test code only) and reads its fixed URL from <meta name="showwork-fixture-url">. */
export function parseFixture(html: string): { doc: Document; url: URL } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const url = doc.querySelector('meta[name="showwork-fixture-url"]')?.getAttribute('content');
  if (!url) throw new Error('fixture has no <meta name="showwork-fixture-url">');
  return { doc: doc as unknown as Document, url: new URL(url) };
}

export function loadFixture(site: SiteId, name: string): { doc: Document; url: URL } {
  return parseFixture(readFixtureHtml(site, name));
}

export function loadExpected(site: SiteId, name: string): unknown {
  return JSON.parse(readFileSync(`${fixturesDir}${site}/${name}.expected.json`, 'utf8'));
}
