#!/usr/bin/env node
// Runs `npm run build` unless .output already holds the build of exactly these sources. `npm run setup` builds and
// `npm test` then needs the same build: building again costs ~45 s of a 2-core CI run for identical files.
//
// The decision is a content hash, never a timestamp: the hash of every input the build reads (the files
// `wxt zip`'s sources archive takes, the .env files WXT loads, the installed dependencies, the Node version and
// the environment variables the build looks at) is kept in .output/build-stamp.json with a hash of every file the
// build wrote. The build is skipped only when both still match: a changed source, dependency or setting, and an
// output touched since (another `wxt build`, a deleted zip), all rebuild. The inputs are hashed before the build
// starts, so a source edited while it runs leaves a stamp that no longer matches.
//
// `--check` only says whether a build is needed (exit status 1 when it is).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outputDir = join(root, '.output');
const stampPath = join(outputDir, 'build-stamp.json');
/** What `npm run build` writes (package.json: `wxt zip && wxt zip -b firefox`). */
const outputs = ['chrome-mv3', 'firefox-mv3'];
const outputZips = /^showwork-.+-(chrome|firefox|sources)\.zip$/;
const buildCommand = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.build;

/** Every file under `dir` (relative to `base`), sorted, skipping what `skip` refuses. */
function filesUnder(dir, base, skip = () => false) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (skip(entry.name, path)) continue;
    if (entry.isDirectory()) found.push(...filesUnder(path, base, skip));
    else if (entry.isFile()) found.push(relative(base, path));
  }
  return found.sort();
}

function hashFiles(base, files, hash = createHash('sha256')) {
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(base, file)));
    hash.update('\0');
  }
  return hash;
}

/**
 * The build's inputs: what WXT's sources archive globs (every file not starting with a dot, outside node_modules and
 * .output; its test-file exclusions are kept in, which only ever rebuilds more), the .env files WXT reads, the
 * installed packages (npm's node_modules/.package-lock.json), and the build's environment.
 */
function inputsHash() {
  const sources = filesUnder(root, root, (name, path) => {
    if (path === outputDir) return true;
    if (name === 'node_modules') return true;
    return name.startsWith('.') && !(path === join(root, name) && name.startsWith('.env'));
  });
  const hash = hashFiles(root, sources);
  const installed = join(root, 'node_modules', '.package-lock.json');
  hash.update(existsSync(installed) ? readFileSync(installed) : 'no node_modules/.package-lock.json');
  const environment = Object.entries(process.env)
    .filter(([name]) => /^(NODE_ENV|SHOWWORK_|WXT_|VITE_)/.test(name))
    .sort(([a], [b]) => a.localeCompare(b));
  hash.update(JSON.stringify({ node: process.version, buildCommand, environment }));
  return hash.digest('hex');
}

/** Every file the build wrote; undefined when part of it is missing. */
function outputsHash() {
  if (!outputs.every((dir) => existsSync(join(outputDir, dir, 'manifest.json')))) return undefined;
  const zips = readdirSync(outputDir).filter((name) => outputZips.test(name));
  if (!['chrome', 'firefox', 'sources'].every((kind) => zips.some((name) => name.endsWith(`-${kind}.zip`)))) {
    return undefined;
  }
  const files = [...outputs.flatMap((dir) => filesUnder(join(outputDir, dir), outputDir)), ...zips.sort()];
  return hashFiles(outputDir, files).digest('hex');
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(stampPath, 'utf8'));
  } catch {
    return undefined;
  }
}

const inputs = inputsHash();
const stamp = readStamp();
if (stamp?.inputs === inputs && stamp.outputs !== undefined && stamp.outputs === outputsHash()) {
  console.log(`The build in .output is of these sources (inputs ${inputs.slice(0, 12)}): not building again.`);
} else if (process.argv.includes('--check')) {
  console.log(stamp ? 'Sources or .output changed since the last build.' : 'No build stamp.');
  process.exitCode = 1;
} else {
  console.log(stamp ? 'Sources or .output changed since the last build: building.' : 'No build stamp: building.');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  writeFileSync(stampPath, `${JSON.stringify({ inputs, outputs: outputsHash() }, null, 2)}\n`);
}
