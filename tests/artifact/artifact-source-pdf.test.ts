import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { TraceDocument } from '../../lib/model/trace-document';
import { renderTraceMarkdown } from '../../lib/export/markdown';
import { renderPdf } from '../export/pdf-helpers';
import { typicalDoc } from '../export/sample-docs';

const dir = mkdtempSync(join(tmpdir(), 'showwork-artifact-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const source = {
  title: 'Fractions warm-up — Google Docs',
  url: 'https://docs.example.org/d/abc/edit',
  capturedAt: '2026-11-30T19:00:00.000Z',
};

test('the PDF prints where the final artifact was taken from, on the same one page', async () => {
  const doc = TraceDocument.parse({ ...typicalDoc(), artifactSource: source });
  const path = join(dir, 'with-source.pdf');
  writeFileSync(path, await renderPdf(doc));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Taken from: Fractions warm-up — Google Docs — https://docs.example.org/d/abc/edit');
  expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
});

test('without a source (typed or pasted), nothing is printed for it', async () => {
  const path = join(dir, 'without-source.pdf');
  writeFileSync(path, await renderPdf(typicalDoc()));
  expect(execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })).not.toContain('Taken from');
});

test('the document keeps the source as optional data (documents without it stay valid)', () => {
  expect(TraceDocument.safeParse(typicalDoc()).success).toBe(true);
  expect(
    TraceDocument.safeParse({ ...typicalDoc(), artifactSource: { ...source, capturedAt: 'yesterday' } }).success,
  ).toBe(false);
});

test('the Markdown export says where the artifact was taken from, as text', () => {
  const md = renderTraceMarkdown(TraceDocument.parse({ ...typicalDoc(), artifactSource: source }));
  expect(md).toContain('*Taken from:* Fractions warm-up — Google Docs — https://docs.example.org/d/abc/edit');
});
