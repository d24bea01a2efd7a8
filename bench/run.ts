/**
 * `npm run bench`: prints ShowWork's speed and size figures. Not a test: nothing here fails the build;
 * the goals are printed beside the figures so a regression is visible.
 */
import type { BenchResult } from './types';
import { benchCapture } from './capture-bench';
import { benchLibrary } from './library-bench';
import { benchDiff } from './diff-bench';
import { benchExport } from './export-bench';
import { benchUpload } from './upload-bench';
import { benchStructural } from './structural-bench';
import { benchRedaction } from './redaction-bench';

const suites: [string, () => Promise<BenchResult[]>][] = [
  ['Capture (issue 2)', benchCapture],
  ['Side panel library (issue 3)', benchLibrary],
  ['Word diff (issue 3)', benchDiff],
  ['Export (issue 4)', benchExport],
  ['Upload and backup (issue 5)', benchUpload],
  ['Structural reader (issue 8)', benchStructural],
  ['Redaction (issue 9)', benchRedaction],
];

const only = process.argv[2];
const startedAt = Date.now();
let running = '';
// A bench stopped from outside (a `timeout`, Ctrl-C) says so: Playwright closes its browsers on the signal, and the
// part then running used to report "Target page, context or browser has been closed" as if capture had failed.
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.once(signal, () => {
    const seconds = Math.round((Date.now() - startedAt) / 1000);
    console.log(`\n  interrupted by ${signal} after ${seconds} s, during "${running}": the figures above are complete`);
    process.exit(signal === 'SIGTERM' ? 143 : 130);
  });
for (const [title, run] of suites) {
  if (only && !title.toLowerCase().includes(only.toLowerCase())) continue;
  running = title;
  console.log(`\n## ${title}`);
  try {
    for (const result of await run()) {
      const value = Number.isInteger(result.value) ? String(result.value) : result.value.toFixed(2);
      console.log(
        `  ${result.name.padEnd(62)} ${value.padStart(10)} ${result.unit.padEnd(6)} ${result.goal ? `(goal ${result.goal})` : ''}`,
      );
    }
  } catch (error) {
    console.log(`  failed: ${error instanceof Error ? error.stack : String(error)}`);
  }
}
