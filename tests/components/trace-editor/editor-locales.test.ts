import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const read = (lang: string) =>
  JSON.parse(readFileSync(join(root, 'locales', lang, 'editor.json'), 'utf8')) as Record<string, { message: string }>;
const en = read('en');
const es = read('es');
const placeholders = (message: string) => [...message.matchAll(/\$[1-9]/g)].map((m) => m[0]).sort();

/** Every t('editor_…') key used in the code this part owns. */
function keysUsedInCode(): Set<string> {
  const used = new Set<string>();
  const dirs = ['components/trace-editor', 'components/traces', 'components/options', 'lib/framework', 'lib/trace'];
  for (const dir of dirs) {
    for (const file of readdirSync(join(root, dir))) {
      if (!/\.(ts|tsx)$/.test(file)) continue;
      const source = readFileSync(join(root, dir, file), 'utf8');
      for (const match of source.matchAll(/['`](editor_[A-Za-z0-9_]+)['`]/g)) used.add(match[1]!);
    }
  }
  return used;
}

describe('editor locale fragments', () => {
  test('English and Spanish have the same keys, all prefixed editor_', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(key).toMatch(/^editor_[A-Za-z0-9_]+$/);
  });

  test('every message is translated with the same substitutions', () => {
    for (const [key, { message }] of Object.entries(en)) {
      const spanish = es[key]!.message;
      expect(spanish.trim(), key).not.toBe('');
      expect(placeholders(spanish), key).toEqual(placeholders(message));
    }
  });

  test('every key the code uses exists', () => {
    const missing = [...keysUsedInCode()].filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });
});
