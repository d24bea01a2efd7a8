import { renderTracePdf, type PaperSize } from '../../lib/export/pdf';
import { PdfFile } from '../../lib/export/pdf-objects';
import type { TraceDocument } from '../../lib/model/trace-document';
import { loadFontFromNodeModules } from '../../scripts/font-assets';

const fontCache = new Map<string, Uint8Array>();
/** The real font files from node_modules, read once per test file. */
export async function loadFont(file: string): Promise<Uint8Array> {
  let bytes = fontCache.get(file);
  if (!bytes) fontCache.set(file, (bytes = await loadFontFromNodeModules(file)));
  return bytes;
}

export function renderPdf(doc: TraceDocument, paperSize: PaperSize = 'letter'): Promise<Uint8Array> {
  return renderTracePdf(doc, { paperSize, loadFont });
}

/** Page objects in the file, counted from the file itself (not from what the renderer says). */
export function pageCount(bytes: Uint8Array): number {
  return new PdfFile(bytes).objectsOfType('Page').length;
}

/** Decoded content streams of every page, as Latin-1 text (operators are ASCII). */
export function pageContents(bytes: Uint8Array): string {
  const pdf = new PdfFile(bytes);
  let out = '';
  for (const page of pdf.objectsOfType('Page')) {
    const contents = pdf.resolve(page.dict?.get('Contents'));
    const refs =
      contents?.type === 'array' ? contents.items : page.dict?.get('Contents') ? [page.dict.get('Contents')!] : [];
    for (const ref of refs) {
      if (ref.type !== 'ref') continue;
      const obj = pdf.objects.get(ref.num);
      if (obj) out += new TextDecoder('latin1').decode(pdf.decodeStream(obj));
    }
  }
  return out;
}
