/**
 * Builds a released version of ShowWork (by default the previous release, tests/upgrade/previous-release.json)
 * from git, for the upgrade end-to-end test: `git archive` of the release commit into a temporary directory,
 * this checkout's node_modules linked in (after checking that every dependency the release pins is installed
 * at that exact version), then `wxt build`. The result is cached in
 * node_modules/.cache/showwork-releases/<commit>/chrome-mv3, so only the first run of a clone pays for the build;
 * there, because the build is made with this checkout's node_modules, it goes when they are reinstalled.
 *
 * `npx tsx scripts/build-release.ts` (`npm run build:release`) prints the built directory. `npm test` runs it beside
 * addons-linter, which leaves the second core idle (20 s of one core in the CI run of 2 Dec 2026; the build took
 * ~9 s of CPU at load ~17), so the upgrade test finds it cached instead of building it while another browser test
 * runs beside it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const releaseFile = join(root, 'tests', 'upgrade', 'previous-release.json');

export interface ReleaseRef {
  tag: string;
  commit: string;
}

export function previousRelease(): ReleaseRef {
  const { tag, commit } = JSON.parse(readFileSync(releaseFile, 'utf8')) as ReleaseRef;
  return { tag, commit };
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

/**
 * The commit to build: the tag's when the tag exists here (and it must then be the recorded commit: a moved
 * tag would silently test against something else), else the recorded commit.
 */
export function resolveReleaseCommit(release: ReleaseRef): string {
  let tagged: string | undefined;
  try {
    tagged = git('rev-parse', '--verify', '--quiet', `refs/tags/${release.tag}^{commit}`);
  } catch {
    tagged = undefined; // no such tag in this clone (CI clones often have no tags)
  }
  if (tagged && tagged !== release.commit) {
    throw new Error(`Tag ${release.tag} points at ${tagged}, but ${releaseFile} records ${release.commit}.`);
  }
  try {
    return git('rev-parse', '--verify', '--quiet', `${release.commit}^{commit}`);
  } catch {
    throw new Error(
      `Commit ${release.commit} (${release.tag}) is not in this clone. Fetch the history: git fetch --unshallow --tags`,
    );
  }
}

/** Every dependency the release pins must be installed here at exactly that version (its build reuses ours). */
export function checkDependencies(releasePackageJson: string): void {
  const pkg = JSON.parse(releasePackageJson) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const problems: string[] = [];
  for (const [name, wanted] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
    const manifest = join(root, 'node_modules', name, 'package.json');
    const installed = existsSync(manifest)
      ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version
      : undefined;
    if (installed !== wanted) problems.push(`${name}: release pins ${wanted}, installed ${installed ?? 'nothing'}`);
  }
  if (problems.length > 0) {
    throw new Error(`This checkout's node_modules can't build the release:\n  ${problems.join('\n  ')}`);
  }
}

/** Builds (or reuses the cached build of) a release; returns the path of its chrome-mv3 directory. */
export function buildRelease(release: ReleaseRef = previousRelease(), log = console.log): string {
  const commit = resolveReleaseCommit(release);
  const cacheDir = join(root, 'node_modules', '.cache', 'showwork-releases', commit);
  const built = join(cacheDir, 'chrome-mv3');
  if (existsSync(join(built, 'manifest.json'))) return built;

  checkDependencies(git('show', `${commit}:package.json`));
  const work = mkdtempSync(join(tmpdir(), `showwork-release-${commit.slice(0, 7)}-`));
  try {
    log(`Building ShowWork ${release.tag} (${commit.slice(0, 7)}) in ${work}…`);
    execFileSync('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C "${work}"`], { cwd: root });
    symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
    execFileSync(join(root, 'node_modules', '.bin', 'wxt'), ['build'], {
      cwd: work,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    mkdirSync(cacheDir, { recursive: true });
    // Copy to a temporary name first, then rename: a build stopped half-way never looks cached.
    const partial = `${built}.partial`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(join(work, '.output', 'chrome-mv3'), partial, { recursive: true });
    renameSync(partial, built);
    return built;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(buildRelease());
}
