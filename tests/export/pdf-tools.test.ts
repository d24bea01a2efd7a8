import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { verifyExportedFile } from '../../lib/export/verify';
import type { TraceDocument } from '../../lib/model/trace-document';
import { renderPdf } from './pdf-helpers';
import { hugeDoc, multilingualDoc, typicalDoc } from './sample-docs';

/**
 * The exported PDF checked with real tools (poppler-utils and qpdf, installed by the project's setup script):
 * one page, no structural errors, the prompt's words extractable, trace.json detachable with the SHA-256 the
 * footer prints, and a page that is not blank.
 */
const dir = mkdtempSync(join(tmpdir(), 'showwork-pdf-tools-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Share of non-white pixels in a small grey rendering of the page. */
function inkShare(pdfPath: string): number {
  const base = join(dir, `ink-${Math.random().toString(36).slice(2)}`);
  run('pdftoppm', ['-gray', '-r', '30', '-singlefile', pdfPath, base]);
  const pgm = readFileSync(`${base}.pgm`);
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const header = pgm.subarray(0, 40).toString('latin1').split(/\s+/);
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = pgm.subarray(pgm.length - width * height);
  let ink = 0;
  for (const p of pixels) if (p < 200) ink++;
  return ink / pixels.length;
}

async function exportAndCheck(name: string, doc: TraceDocument, words: string[]) {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, await renderPdf(doc));

  const info = run('pdfinfo', [path]);
  expect(info).toMatch(/^Pages:\s+1$/m);
  expect(info).toMatch(/^Tagged:\s+yes$/m);
  expect(info).toMatch(/^Title:\s+\S/m);

  const check = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
  expect(check.status, check.stdout + check.stderr).toBe(0);
  expect(check.stdout).toContain('No syntax or stream encoding errors found');

  const text = run('pdftotext', ['-enc', 'UTF-8', path, '-']);
  for (const word of words) expect(text).toContain(word);

  const printed = /SHA-256[^:\n]*:\s*([0-9a-f]{64})/.exec(text)?.[1];
  expect(printed).toMatch(/^[0-9a-f]{64}$/);
  const detached = join(dir, `${name}.trace.json`);
  run('pdfdetach', ['-save', '1', '-o', detached, path]);
  expect(run('pdfdetach', ['-list', path])).toContain('trace.json');
  expect(createHash('sha256').update(readFileSync(detached)).digest('hex')).toBe(printed);

  const ink = inkShare(path);
  expect(ink).toBeGreaterThan(0.01);
  return { path, text, printed: printed as string };
}

describe('exported PDFs checked with pdfinfo, qpdf, pdftotext, pdfdetach, pdftoppm', () => {
  test('English', async () => {
    await exportAndCheck('en', typicalDoc(), ['warm-up', 'unlike denominators', 'Final artifact', 'Checklist']);
  });
  test('Spanish', async () => {
    await exportAndCheck('es', multilingualDoc('es'), [
      'comprensión lectora',
      'ciclo del agua',
      'Instrucciones',
      'Reflexión',
    ]);
  });
  test('Chinese', async () => {
    await exportAndCheck('zh', multilingualDoc('zh'), ['五年级学生', '分数比较']);
  });
  test('Japanese', async () => {
    await exportAndCheck('ja', multilingualDoc('ja'), ['ウォームアップ', '分数']);
  });
  test('Hebrew (right to left)', async () => {
    // poppler reorders right-to-left text back into reading order when extracting.
    await exportAndCheck('he', multilingualDoc('he'), ['השוואת שברים', 'מכנים שונים']);
  });
  test('Arabic: joined glyphs, with the words in reading order as ActualText', async () => {
    const { path } = await exportAndCheck('ar', multilingualDoc('ar'), ['Prompts']);
    const qdf = join(dir, 'ar.qdf.pdf');
    spawnSync('qpdf', ['--qdf', '--object-streams=disable', path, qdf]);
    const raw = readFileSync(qdf).toString('latin1');
    const actual = [...raw.matchAll(/\/ActualText <feff([0-9a-f]+)>/gi)].map((m) =>
      Buffer.from(m[1]!, 'hex').swap16().toString('utf16le'),
    );
    expect(actual.join(' ')).toContain('مقارنة الكسور');
    expect(actual.join(' ')).toContain('اكتب نشاطا تمهيديا');
  });
  test('emoji are drawn (or named), never empty boxes', async () => {
    const { text } = await exportAndCheck('emoji', multilingualDoc('emoji'), ['class rules', '😀', '✋']);
    expect(text).not.toContain('\uFFFD');
  });
  test('a 200,000-word output still gives one page with a visible excerpt note', async () => {
    const { text } = await exportAndCheck('huge', hugeDoc(200_000), [
      '200,000-word text is in the attached trace.json',
    ]);
    expect(text).toContain('the full');
  });
  test('a changed attachment no longer matches the printed fingerprint', async () => {
    const path = join(dir, 'tamper.pdf');
    writeFileSync(path, await renderPdf(typicalDoc()));
    const qdf = join(dir, 'tamper.qdf.pdf');
    spawnSync('qpdf', ['--qdf', '--object-streams=disable', path, qdf]);
    // A same-length edit inside the uncompressed trace.json keeps every offset valid: a clean, realistic tamper.
    const bytes = readFileSync(qdf);
    const at = bytes.indexOf('"title": "Fractions warm-up');
    expect(at).toBeGreaterThan(0);
    bytes.write('"title": "Fractionz warm-up', at, 'latin1');
    const edited = join(dir, 'tamper.edited.pdf');
    writeFileSync(edited, bytes);
    expect(spawnSync('qpdf', ['--check', edited]).status).toBe(0);
    const result = await verifyExportedFile(new Uint8Array(readFileSync(edited)), 'tamper.pdf');
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toContain('fingerprint-mismatch');
  });
});
