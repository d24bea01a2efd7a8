import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const runSteps = resolve(import.meta.dirname, '../../scripts/run-steps.mjs');
const dir = mkdtempSync(join(tmpdir(), 'showwork-run-steps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A step that says it has started (a marker file and a line on stdout), waits until the other step has started
// too, then prints a line on stderr and ends with the given status. Run one after the other, the first would wait
// for good: its 60 s limit fails it.
const rendezvousStep = join(dir, 'rendezvous-step.mjs');
writeFileSync(
  rendezvousStep,
  `import { existsSync, writeFileSync } from 'node:fs';
const [me, other, status] = process.argv.slice(2);
writeFileSync('${dir}/' + me, '');
console.log(me + ' started');
const deadline = Date.now() + 60_000;
while (!existsSync('${dir}/' + other)) {
  if (Date.now() > deadline) { console.error(me + ' never met ' + other); process.exit(3); }
  await new Promise((wake) => setTimeout(wake, 20));
}
console.error(me + ' met ' + other);
process.exit(Number(status));
`,
);
const step = (me: string, other: string, status: number) => `node ${rendezvousStep} ${me} ${other} ${status}`;
/** The heading run-steps prints over a step's output, as a pattern. */
const heading = (command: string, result: string) =>
  `── ${command.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${result} in [\\d.]+ s\\n`;

async function run(commands: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((done) =>
    execFile(process.execPath, [runSteps, ...commands], (error, stdout, stderr) =>
      done({ status: error ? Number(error.code) : 0, stdout, stderr }),
    ),
  );
}

test('runs its steps at the same time and prints each one whole under its own line', async () => {
  const { status, stdout } = await run([step('a1', 'b1', 0), step('b1', 'a1', 0)]);
  expect(status).toBe(0);
  // Both started before either ended, yet each step's lines follow its own heading, stdout and stderr in order.
  expect(stdout).toMatch(new RegExp(`${heading(step('a1', 'b1', 0), 'passed')}a1 started\\na1 met b1\\n`));
  expect(stdout).toMatch(new RegExp(`${heading(step('b1', 'a1', 0), 'passed')}b1 started\\nb1 met a1\\n`));
});

test('a failed step fails the run, and the other steps still run to their end and are shown', async () => {
  const { status, stdout, stderr } = await run([step('a2', 'b2', 1), step('b2', 'a2', 0)]);
  expect(status).toBe(1);
  expect(stdout).toMatch(
    new RegExp(`${heading(step('a2', 'b2', 1), 'FAILED \\(exit status 1\\)')}a2 started\\na2 met b2\\n`),
  );
  expect(stdout).toMatch(new RegExp(`${heading(step('b2', 'a2', 0), 'passed')}b2 started\\nb2 met a2\\n`));
  expect(stderr).toContain(`1 of 2 steps failed: ${step('a2', 'b2', 1)}`);
});

test('with no step it says how to call it', async () => {
  const { status, stderr } = await run([]);
  expect(status).toBe(2);
  expect(stderr).toContain('Usage: node scripts/run-steps.mjs');
});
