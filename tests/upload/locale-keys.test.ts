// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SubmissionState } from '../../lib/model/submission';
import { errorMessageKey, uploadErrorCodes } from '../../lib/upload/errors';

const root = resolve(import.meta.dirname, '../..');
const fragment = (lang: string, area: string) =>
  JSON.parse(readFileSync(join(root, 'locales', lang, `${area}.json`), 'utf8')) as Record<string, { message: string }>;

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** Every files of this part that shows text. FrameworkSection is another part's and uses its own keys. */
const sources = [
  ...filesUnder('components/options'),
  ...filesUnder('components/submit'),
  ...filesUnder('entrypoints/options'),
].filter((f) => !/FrameworkSection|RosterSection/.test(f));

describe('options and submit messages', () => {
  const en = { ...fragment('en', 'options'), ...fragment('en', 'submit') };
  const es = { ...fragment('es', 'options'), ...fragment('es', 'submit') };

  test('English and Spanish have the same keys, all prefixed, none empty', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries({ ...en })) {
      expect(key).toMatch(/^(options|submit)_/);
      expect(value.message.trim(), key).not.toBe('');
      expect(es[key]!.message.trim(), key).not.toBe('');
      // Same substitutions in both languages.
      expect(es[key]!.message.match(/\$\d/g)?.sort(), key).toEqual(value.message.match(/\$\d/g)?.sort());
    }
  });

  test('every key the code uses exists (literal keys and the keys built from codes and states)', () => {
    const used = new Set<string>();
    for (const file of sources) {
      for (const match of readFileSync(join(root, file), 'utf8').matchAll(/'((?:options|submit)_[A-Za-z0-9_]+)'/g))
        used.add(match[1]!);
    }
    for (const code of uploadErrorCodes) used.add(errorMessageKey(code));
    for (const state of SubmissionState.options) used.add(`submit_label_${state}`);
    for (const kind of ['generic', 'canvas', 'download']) used.add(`options_portal_kind_${kind}`);
    for (const problem of [
      'empty',
      'truncated',
      'not_json',
      'foreign',
      'newer_version',
      'invalid',
      'damaged',
      'tooLarge',
    ]) {
      used.add(`options_backup_problem_${problem}`);
    }
    expect(used.size).toBeGreaterThan(150);
    const missing = [...used].filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });

  test('the names docs and tests rely on', () => {
    expect(en.submit_button!.message).toBe('Submit');
    expect(en.options_portal_testConnection!.message).toBe('Test connection');
    expect(en.options_delete_button!.message).toBe('Delete all my data');
  });
});
