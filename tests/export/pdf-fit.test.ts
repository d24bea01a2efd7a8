import { describe, expect, test } from 'vitest';
import { PdfExportError } from '../../lib/export/pdf';
import { PdfFile } from '../../lib/export/pdf-objects';
import { verifyExportedFile } from '../../lib/export/verify';
import { fingerprintTraceDocument } from '../../lib/trace/fingerprint';
import { pageContents, pageCount, renderPdf } from './pdf-helpers';
import {
  emptyDoc,
  hugeDoc,
  makeDoc,
  makeTurn,
  manyTurnsDoc,
  multilingualDoc,
  shortDoc,
  typicalDoc,
} from './sample-docs';

function fontSizes(bytes: Uint8Array): number[] {
  return [...pageContents(bytes).matchAll(/\/F\d+ ([\d.]+) Tf/g)].map((m) => Number(m[1]));
}

async function expectOneIntactPage(bytes: Uint8Array, docFingerprint: string) {
  expect(pageCount(bytes)).toBe(1);
  const sizes = fontSizes(bytes);
  expect(sizes.length).toBeGreaterThan(10);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(8);
  const verdict = await verifyExportedFile(bytes, 'trace.pdf');
  expect(verdict.problems).toEqual([]);
  expect(verdict.fingerprint).toBe(docFingerprint);
}

describe('one page whatever the lengths', () => {
  const cases = {
    short: shortDoc,
    typical: typicalDoc,
    empty: emptyDoc,
    'huge (200,000-word output)': () => hugeDoc(200_000),
    'many turns (60 prompts and outputs)': () => manyTurnsDoc(60),
    spanish: () => multilingualDoc('es'),
    chinese: () => multilingualDoc('zh'),
    arabic: () => multilingualDoc('ar'),
    'mixed scripts': () => multilingualDoc('mixed'),
  };
  test.each(Object.entries(cases))(
    '%s → exactly one page, type ≥ 8 pt, attachment intact',
    async (_name, make) => {
      const doc = make();
      const bytes = await renderPdf(doc);
      await expectOneIntactPage(bytes, await fingerprintTraceDocument(doc));
    },
    60_000,
  );

  test('A4 when asked, US Letter by default', async () => {
    const doc = typicalDoc();
    const box = (bytes: Uint8Array) => {
      const page = new PdfFile(bytes).objectsOfType('Page')[0]!;
      const v = page.dict?.get('MediaBox');
      return v?.type === 'array' ? v.items.map((i) => (i.type === 'number' ? Math.round(i.value) : NaN)) : [];
    };
    expect(box(await renderPdf(doc))).toEqual([0, 0, 612, 792]);
    expect(box(await renderPdf(doc, 'a4'))).toEqual([0, 0, 595, 842]);
  });

  test('a long text is cut at a smaller size rather than spilling onto a second page, and short ones are not', async () => {
    const typical = fontSizes(await renderPdf(typicalDoc()));
    const huge = fontSizes(await renderPdf(hugeDoc(20_000)));
    // Body text: the most common size.
    const mode = (sizes: number[]) =>
      [...sizes].sort((a, b) => sizes.filter((s) => s === b).length - sizes.filter((s) => s === a).length)[0];
    expect(mode(huge)).toBe(8);
    expect(mode(typical)).toBeGreaterThan(8);
  });
});

describe('bad input', () => {
  test('control characters, unpaired surrogates, bidi controls and glyphs no font has → still one valid page', async () => {
    const nasty =
      'Start\u0000\u0007\u001b[31m red \u202Eevil\u202C \uD800 lone \uDC00 high \u0085 next \u2028 line ' +
      '한국어 텍스트 \u{10FFFD} \u{1FAE9} end\uFFFF\uFEFF'.repeat(3);
    const doc = makeDoc({
      title: nasty,
      turns: [makeTurn(0, 'user', nasty), makeTurn(1, 'assistant', nasty.repeat(50), 'accepted', nasty)],
      finalArtifact: nasty,
    });
    const bytes = await renderPdf(doc);
    await expectOneIntactPage(bytes, await fingerprintTraceDocument(doc));
  });

  test('an invalid document is refused with a clear error, not a blank file', async () => {
    const doc = { ...typicalDoc(), schema: 'something/9' } as unknown as ReturnType<typeof typicalDoc>;
    await expect(renderPdf(doc)).rejects.toBeInstanceOf(PdfExportError);
  });

  test('a missing optional font gives stand-ins, a missing Latin font a clear error', async () => {
    const { renderTracePdf } = await import('../../lib/export/pdf');
    const { loadFont } = await import('./pdf-helpers');
    const doc = multilingualDoc('zh');
    const withoutCjk = await renderTracePdf(doc, {
      paperSize: 'letter',
      loadFont: (file) => (file.includes('SC') ? Promise.reject(new Error('gone')) : loadFont(file)),
    });
    expect(pageCount(withoutCjk)).toBe(1);
    await expect(
      renderTracePdf(doc, { paperSize: 'letter', loadFont: () => Promise.reject(new Error('gone')) }),
    ).rejects.toBeInstanceOf(PdfExportError);
  });
});

describe('document properties', () => {
  test('metadata, tagging, language and the attachment relationship', async () => {
    const doc = typicalDoc();
    const bytes = await renderPdf(doc);
    const pdf = new PdfFile(bytes);
    const catalog = pdf.objectsOfType('Catalog')[0]!;
    expect(pdf.text(catalog.dict?.get('Lang'))).toBe('en');
    expect(pdf.dict(catalog.dict?.get('MarkInfo'))?.get('Marked')).toEqual({ type: 'bool', value: true });
    expect(catalog.dict?.has('StructTreeRoot')).toBe(true);
    expect(pdf.dict(catalog.dict?.get('ViewerPreferences'))?.get('DisplayDocTitle')).toEqual({
      type: 'bool',
      value: true,
    });
    // pdfkit writes structure elements without the optional /Type: they are the dictionaries with /S and /P.
    const structTypes = new Set(
      [...pdf.objects.values()]
        .filter((o) => o.dict?.has('S') && o.dict.has('P'))
        .map((o) => pdf.name(o.dict?.get('S'))),
    );
    for (const type of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody']) expect(structTypes).toContain(type);
    const info = [...pdf.objects.values()].find((o) => o.dict?.has('ShowWorkFingerprint'))!;
    expect(pdf.text(info.dict?.get('Title'))).toBe('AI trace: Fractions warm-up for grade 5');
    expect(pdf.text(info.dict?.get('Author'))).toBe('Ana García');
    expect(pdf.text(info.dict?.get('Subject'))).toContain('AI for Planning and Differentiation');
    expect(pdf.text(info.dict?.get('Keywords'))).toContain(`sha256:${await fingerprintTraceDocument(doc)}`);
    const spec = pdf.objectsOfType('Filespec')[0]!;
    expect(pdf.text(spec.dict?.get('F'))).toBe('trace.json');
    expect(pdf.name(spec.dict?.get('AFRelationship'))).toBe('Data');
    const af = pdf.resolve(catalog.dict?.get('AF'));
    expect(af?.type).toBe('array');
  });
});
