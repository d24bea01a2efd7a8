import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderTracePdf } from '../../lib/export/pdf';
import { openPdfDocument, type PdfDocumentOptions } from '../../lib/export/pdf-document';
import { useFontFace } from '../../lib/export/reused-fonts';
import { loadFontFromNodeModules } from '../../scripts/font-assets';
import { multilingualDoc, typicalDoc } from './sample-docs';

const options: PdfDocumentOptions = {
  size: 'LETTER',
  margin: 0,
  autoFirstPage: true,
  pdfVersion: '1.7',
  tagged: true,
  subset: 'PDF/UA',
  lang: 'en',
  displayTitle: true,
  compress: true,
  info: {},
};

describe('font files parsed once per loader', () => {
  afterEach(() => vi.useRealTimers());

  test('two documents share the parsed font; each has its own pdfkit font (its own subset)', async () => {
    const bytes = await loadFontFromNodeModules('NotoSans-Regular.ttf');
    const loader = {};
    const first = useFontFace(await openPdfDocument(options), 'latin', 'NotoSans-Regular.ttf', bytes, loader);
    const second = useFontFace(await openPdfDocument(options), 'latin', 'NotoSans-Regular.ttf', bytes, loader);
    expect(second.font).toBe(first.font);
    expect(second).not.toBe(first);
    expect(second.constructor).toBe(first.constructor);
    // Another loader, or other bytes under the same name, are parsed anew.
    const otherLoader = useFontFace(await openPdfDocument(options), 'latin', 'NotoSans-Regular.ttf', bytes, {});
    expect(otherLoader.font).not.toBe(first.font);
    const otherBytes = await loadFontFromNodeModules('NotoSans-Bold.ttf');
    const renamed = useFontFace(await openPdfDocument(options), 'latin', 'NotoSans-Regular.ttf', otherBytes, loader);
    expect(renamed.font).not.toBe(first.font);
  });

  test.each([
    ['a typical trace', typicalDoc()],
    ['Arabic', multilingualDoc('ar')],
    ['mixed scripts', multilingualDoc('mixed')],
  ])('%s: a PDF made with fonts parsed before is byte for byte the one made from fresh files', async (_, doc) => {
    // One clock for all three: the PDF's dates (Info, XMP) and its file ID come from the time of rendering.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-01T08:00:00Z') });
    const reusing = (file: string) => loadFontFromNodeModules(file);
    await renderTracePdf(doc, { paperSize: 'letter', loadFont: reusing });
    const reused = await renderTracePdf(doc, { paperSize: 'letter', loadFont: reusing });
    const fresh = await renderTracePdf(doc, { paperSize: 'letter', loadFont: (file) => loadFontFromNodeModules(file) });
    vi.useRealTimers();
    expect(Buffer.from(reused).equals(Buffer.from(fresh))).toBe(true);
  });
});
