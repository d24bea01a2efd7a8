#!/usr/bin/env node
// Runs independent steps of `npm test` at the same time: `node scripts/run-steps.mjs "<command>" "<command>" …`.
// Type checking, ESLint + Prettier, the bundle checks and addons-linter each keep one core busy; one after another
// they leave the second core of a 2-core CI machine idle.
//
// Each step's output (stdout and stderr, in the order written) is held until the step ends, then printed whole
// under a line naming the step, its result and its time, so outputs never interleave. Every step runs to its end
// even when another fails, so each failure is shown; the exit status is 1 when any step failed.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('Usage: node scripts/run-steps.mjs "<command>" ["<command>" …]');
  process.exit(2);
}

/** Runs one shell command with its output captured; resolves whether it succeeded once it has ended. */
function runStep(command) {
  const started = performance.now();
  const output = [];
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    let spawnError;
    child.on('error', (error) => (spawnError = error));
    child.on('close', (code, signal) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const passed = code === 0 && !spawnError;
      const result = passed
        ? 'passed'
        : `FAILED (${spawnError ? spawnError.message : signal ? `signal ${signal}` : `exit status ${code}`})`;
      process.stdout.write(`\n── ${command}: ${result} in ${seconds} s\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(passed);
    });
  });
}

const results = await Promise.all(commands.map(runStep));
const failed = commands.filter((_, i) => !results[i]);
if (failed.length > 0) {
  console.error(`\n${failed.length} of ${commands.length} steps failed: ${failed.join('; ')}`);
  process.exitCode = 1;
}
