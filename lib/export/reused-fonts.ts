import type { FontkitFont, PdfDocument, PdfFont } from './pdf-document';

/**
 * Font files parsed once per loader, not once per PDF.
 *
 * pdfkit 0.20 parses a registered font file anew for every document it makes (`fontkit.create` in its
 * `PDFFontFactory.open`), and fontkit then decodes the same tables again (cmap, metrics, GSUB/GPOS) on first use.
 * In a Node CPU profile of twelve renders of a typical trace (2026-12-01), decoding those tables was the largest
 * single cost of a warm render. The parsed font is read-only for pdfkit's purposes: every document gets its own
 * pdfkit font around it (its own subset, widths and Unicode map, made by pdfkit's own class), so what each PDF
 * embeds is the same as before.
 *
 * pdfkit exports neither its font class nor a way to hand it a parsed font, so the class is taken from the first
 * font pdfkit makes itself, and the new font is put where `font(name)` looks first (`_fontFamilies`). Pinned to
 * pdfkit 0.20.2 (package.json); tests/export/reused-fonts.test.ts fails if a pdfkit update changes either.
 */

/** The private parts of pdfkit's document used here. */
interface PdfDocumentInternals {
  _fontFamilies: Record<string, PdfFont>;
  _fontCount: number;
}

type EmbeddedFontClass = new (document: PdfDocument, font: FontkitFont, id: string) => PdfFont;

interface ParsedFace {
  readonly font: FontkitFont;
  readonly EmbeddedFont: EmbeddedFontClass;
  readonly byteLength: number;
}

/**
 * Keyed by the font loader and the file: a loader reads the extension's own, unchanging files. The byte length
 * is checked too, so a loader that answers differently (as tests' stand-ins may) gets its file parsed again.
 */
const parsedByLoader = new WeakMap<object, Map<string, ParsedFace>>();

/** Makes `face` the document's current font, from `bytes` of `file`, parsing the file only once per loader. */
export function useFontFace(pdf: PdfDocument, face: string, file: string, bytes: Uint8Array, loader: object): PdfFont {
  let parsed = parsedByLoader.get(loader);
  if (parsed === undefined) parsedByLoader.set(loader, (parsed = new Map()));
  const known = parsed.get(file);
  const internals = pdf as unknown as PdfDocumentInternals;
  if (known !== undefined && known.byteLength === bytes.length) {
    const id = `F${++internals._fontCount}`;
    internals._fontFamilies[face] = new known.EmbeddedFont(pdf, known.font, id);
  }
  pdf.registerFont(face, bytes);
  pdf.font(face);
  const made = pdf._font;
  if (known === undefined || known.byteLength !== bytes.length) {
    parsed.set(file, {
      font: made.font,
      EmbeddedFont: made.constructor as EmbeddedFontClass,
      byteLength: bytes.length,
    });
  }
  return made;
}
