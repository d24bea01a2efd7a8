import { zlibSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { renderTraceJson } from '../../lib/export/json';
import { verifyExportedFile } from '../../lib/export/verify';
import { fingerprintTraceDocument } from '../../lib/trace/fingerprint';
import { renderPdf } from './pdf-helpers';
import { typicalDoc } from './sample-docs';

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
function fromLatin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** Replaces the EmbeddedFile stream of a PDF with new (compressed) bytes and the right /Length. */
function replaceAttachment(pdf: Uint8Array, json: string): Uint8Array {
  const text = latin1(pdf);
  const at = text.indexOf('/Type /EmbeddedFile');
  const dictStart = text.lastIndexOf('obj', at) + 3;
  const streamStart = text.indexOf('stream', at) + 'stream\n'.length;
  const streamEnd = text.indexOf('\nendstream', streamStart);
  const data = zlibSync(new TextEncoder().encode(json));
  const dict = text.slice(dictStart, streamStart).replace(/\/Length \d+/, `/Length ${data.length}`);
  return fromLatin1(text.slice(0, dictStart) + dict + latin1(data) + text.slice(streamEnd));
}

describe('verifyExportedFile', () => {
  test('an exported PDF is intact, with its fingerprint and summary', async () => {
    const doc = typicalDoc();
    const result = await verifyExportedFile(await renderPdf(doc), 'ai-trace.pdf');
    expect(result).toMatchObject({ ok: true, format: 'pdf', problems: [] });
    expect(result.fingerprint).toBe(await fingerprintTraceDocument(doc));
    expect(result.recordedFingerprint).toBe(result.fingerprint);
    expect(result.summary).toEqual({
      title: doc.title,
      teacher: 'Ana García',
      exportedAt: doc.exportedAt,
      redactedItems: 0,
    });
  });

  test('a tampered attachment is detected (fingerprint mismatch)', async () => {
    const doc = typicalDoc();
    const pdf = await renderPdf(doc);
    const forged = renderTraceJson({ ...doc, reflection: { ...doc.reflection, benefit: 'I wrote all of it myself.' } });
    const result = await verifyExportedFile(replaceAttachment(pdf, forged), 'ai-trace.pdf');
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toEqual(['fingerprint-mismatch']);
  });

  test('a changed recorded fingerprint is detected', async () => {
    const doc = typicalDoc();
    const pdf = await renderPdf(doc);
    const fp = await fingerprintTraceDocument(doc);
    const wrong = (fp[0] === 'a' ? 'b' : 'a') + fp.slice(1);
    const text = latin1(pdf).replace(`(${fp})`, `(${wrong})`);
    const result = await verifyExportedFile(fromLatin1(text), 'ai-trace.pdf');
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toEqual(['recorded-fingerprints-differ', 'fingerprint-mismatch']);
  });

  test('a PDF without trace.json, and something that is no PDF', async () => {
    const pdf = latin1(await renderPdf(typicalDoc()))
      .replace('(trace.json)', '(other.json)')
      .replace(/\(trace\.json\)/g, '(other.json)');
    const noAttachment = await verifyExportedFile(fromLatin1(pdf), 'x.pdf');
    expect(noAttachment.problems.map((p) => p.code)).toContain('no-attachment');
    const garbage = await verifyExportedFile(new TextEncoder().encode('hello'), 'notes.txt');
    expect(garbage.problems).toEqual([{ code: 'unknown-format' }]);
  });

  test('JSON: intact, re-saved, invalid schema, not JSON', async () => {
    const doc = typicalDoc();
    const json = renderTraceJson(doc);
    const ok = await verifyExportedFile(new TextEncoder().encode(json), 'trace.json');
    expect(ok).toMatchObject({ ok: true, format: 'json', fingerprint: await fingerprintTraceDocument(doc) });

    const resaved = await verifyExportedFile(new TextEncoder().encode(JSON.stringify(doc)), 'trace.json');
    expect(resaved.problems.map((p) => p.code)).toEqual(['not-canonical']);

    const invalid = await verifyExportedFile(
      new TextEncoder().encode(JSON.stringify({ ...doc, turns: 'none' })),
      'trace.json',
    );
    expect(invalid.problems[0]).toMatchObject({ code: 'schema-invalid' });
    expect(invalid.problems[0]!.detail).toContain('turns');

    const broken = await verifyExportedFile(new TextEncoder().encode('{"schema": '), 'trace.json');
    expect(broken.problems[0]!.code).toBe('invalid-json');
  });
});
