import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/**
 * Checks an exported trace PDF with the tools a reviewer would use (poppler and qpdf), for both browsers'
 * end-to-end tests: one page, tagged, no structural errors, the given words in its text, and an attached
 * trace.json whose SHA-256 is the fingerprint printed on the page. Returns the page text.
 */
export function checkExportedPdf(path: string, words: string[], workDir: string): string {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  expect(info).toMatch(/^Pages:\s+1$/m);
  expect(info).toMatch(/^Tagged:\s+yes$/m);
  const check = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
  expect(check.status, check.stdout + check.stderr).toBe(0);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  for (const word of words) expect(text).toContain(word);
  const printed = /SHA-256[^:\n]*:\s*([0-9a-f]{64})/.exec(text)?.[1];
  const json = join(workDir, 'trace.json');
  execFileSync('pdfdetach', ['-save', '1', '-o', json, path]);
  expect(createHash('sha256').update(readFileSync(json)).digest('hex')).toBe(printed);
  return text;
}
