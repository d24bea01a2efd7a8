import { describe, expect, test } from 'vitest';
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

/** The PDF as text without its timestamps and file ID (made from the time): two renders differ only there. */
function withoutDates(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('latin1')
    .replace(/D:\d{14}Z/g, 'D:-')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, '/ID []');
}

describe('font files parsed once per loader', () => {
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
    const reusing = (file: string) => loadFontFromNodeModules(file);
    await renderTracePdf(doc, { paperSize: 'letter', loadFont: reusing });
    const reused = await renderTracePdf(doc, { paperSize: 'letter', loadFont: reusing });
    const fresh = await renderTracePdf(doc, { paperSize: 'letter', loadFont: (file) => loadFontFromNodeModules(file) });
    expect(withoutDates(reused)).toBe(withoutDates(fresh));
  });
});
