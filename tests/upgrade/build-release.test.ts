// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkDependencies, previousRelease, resolveReleaseCommit } from '../../scripts/build-release';

/** Whether this clone has the release tag (CI clones may have no tags). */
function hasTag(tag: string): boolean {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('the previous release the upgrade test builds', () => {
  test('is recorded as a tag and a full commit', () => {
    const release = previousRelease();
    expect(release.tag).toMatch(/^v\d+\.\d+\.\d+$/);
    expect(release.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  test('resolves to the recorded commit, with or without the tag in this clone', () => {
    const release = previousRelease();
    expect(resolveReleaseCommit(release)).toBe(release.commit);
    // A clone without tags (CI): the recorded commit is used.
    expect(resolveReleaseCommit({ tag: 'v0.0.0-not-a-tag', commit: release.commit })).toBe(release.commit);
  });

  test.skipIf(!hasTag(previousRelease().tag))(
    'a tag that points elsewhere is refused rather than silently testing something else',
    () => {
      const { tag } = previousRelease();
      expect(() => resolveReleaseCommit({ tag, commit: '0'.repeat(40) })).toThrow(/points at/);
    },
  );

  test('a commit missing from the clone says how to fetch it', () => {
    expect(() => resolveReleaseCommit({ tag: 'v0.0.0-not-a-tag', commit: 'f'.repeat(40) })).toThrow(/--unshallow/);
  });

  test("dependencies: this checkout's node_modules must hold exactly what the release pins", () => {
    const ours = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    // Today's package.json is satisfied by today's node_modules.
    expect(() => checkDependencies(JSON.stringify({ dependencies: ours.dependencies }))).not.toThrow();
    expect(() => checkDependencies(JSON.stringify({ dependencies: { dexie: '3.2.0' } }))).toThrow(
      /dexie: release pins 3\.2\.0, installed 4\./,
    );
    expect(() => checkDependencies(JSON.stringify({ devDependencies: { 'no-such-package-xyz': '1.0.0' } }))).toThrow(
      /no-such-package-xyz: release pins 1\.0\.0, installed nothing/,
    );
  });
});
