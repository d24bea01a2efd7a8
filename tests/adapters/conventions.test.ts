import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { adapters, checkAdapterHosts } from '../../lib/adapters/registry';
import { findAdapterForUrl } from '../../lib/adapters/find-adapter';
import { siteHosts } from '../../lib/adapters/site-hosts';
import type { SiteAdapter } from '../../lib/adapters/types';
import { fixtureNames, fixturesDir, readFixtureHtml } from './fixture-files';

// The repository's own conventions for site adapters (see ../shared/STYLE.md): checked, not hoped for.
const adaptersDir = join(import.meta.dirname, '..', '..', 'lib', 'adapters');
const readme = readFileSync(join(fixturesDir, 'README.md'), 'utf8');

test('there is exactly one adapter per site in site-hosts.ts', () => {
  expect(adapters.map((a) => a.id).sort()).toEqual(Object.keys(siteHosts).sort());
});

describe.each(adapters.map((adapter) => [adapter.id, adapter] as const))('%s', (id, adapter) => {
  test('has selectors.ts and adapter.ts in lib/adapters/<id>/', () => {
    expect(existsSync(join(adaptersDir, id, 'selectors.ts'))).toBe(true);
    expect(existsSync(join(adaptersDir, id, 'adapter.ts'))).toBe(true);
  });

  test('every selector entry says where and when it was seen', () => {
    const source = readFileSync(join(adaptersDir, id, 'selectors.ts'), 'utf8');
    const body = source.slice(source.indexOf('export const selectors'));
    const entries = body.split('\n').filter((line) => /^\s*'[^']*',?/.test(line));
    expect(entries.length).toBeGreaterThan(10);
    for (const line of entries)
      expect(line, `selector without a comment in ${id}/selectors.ts`).toMatch(/',?\s*\/\/ \S.{10,}/);
  });

  test('has fixtures with expected output, a fixed URL, and a README entry', () => {
    const names = fixtureNames(id);
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(names).toContain('not-a-conversation');
    for (const name of names) {
      expect(existsSync(join(fixturesDir, id, `${name}.expected.json`)), `${id}/${name}.expected.json`).toBe(true);
      expect(readFixtureHtml(id, name)).toMatch(/<meta name="showwork-fixture-url" content="https:\/\/[^"]+">/);
      expect(readme, `tests/fixtures/README.md has no entry for ${id}/${name}.html`).toContain(`${id}/${name}.html`);
    }
  });

  test('serves exactly the hosts in site-hosts.ts, and is found for them', () => {
    expect([...adapter.hosts]).toEqual([...siteHosts[id]]);
    for (const host of adapter.hosts) expect(findAdapterForUrl(new URL(`https://${host}/anything`))).toBe(adapter);
  });
});

test('findAdapterForUrl ignores other hosts and plain http', () => {
  expect(findAdapterForUrl(new URL('https://example.org/c/1'))).toBeUndefined();
  expect(findAdapterForUrl(new URL('https://chatgpt.com.evil.example/c/1'))).toBeUndefined();
  expect(findAdapterForUrl(new URL('http://chatgpt.com/c/1'))).toBeUndefined();
});

test('the registry check refuses an adapter whose hosts differ from site-hosts.ts', () => {
  const stray: SiteAdapter = { ...adapters[0]!, hosts: ['chatgpt.com', 'chat.openai.com'] };
  expect(() => checkAdapterHosts([stray])).toThrow(/site-hosts\.ts/);
  expect(() => checkAdapterHosts()).not.toThrow();
});
