import type { PdfFont } from './pdf-document';

/**
 * A pdfkit font that shapes each run of text once per document.
 *
 * The renderer draws every run with explicit OpenType features (`features: []`: the run is shaped whole, so
 * fontkit can reverse an Arabic or Hebrew run itself), and pdfkit 0.20 then bypasses its per-word layout cache:
 * `text()` shapes the run once to encode its glyphs and again to advance the pen past it (`_line` →
 * `widthOfString`). Shaping is fontkit's costliest step (GSUB/GPOS lookups per call); the PDF of a 50,000-word
 * trace spent most of its drawing time on it (issue 9). fontkit's layout is a function of the font, the text
 * and the features, and pdfkit only reads the run it returns (encode, widths), so the second shaping of a run
 * gives the run already made. Scoped to one pdfkit font, i.e. one document: nothing is kept between exports.
 *
 * Pinned to pdfkit 0.20.2 (package.json), like reused-fonts.ts; it throws if an
 * update renames the method; bench/pdf-ab.ts compares the PDFs byte for byte.
 */

/** The part of pdfkit's EmbeddedFont wrapped here. */
interface ShapingFont {
  layoutRun(text: string, features?: string[]): unknown;
}

export function shapeRunsOnce(font: PdfFont): PdfFont {
  const shaping = font as unknown as ShapingFont;
  if (typeof shaping.layoutRun !== 'function') throw new TypeError('pdfkit font without layoutRun');
  const shape = shaping.layoutRun.bind(font);
  const runs = new Map<string, unknown>();
  shaping.layoutRun = (text, features) => {
    // Without features pdfkit keeps its own cache of words (layoutCached).
    if (features === undefined) return shape(text);
    // Features are OpenType tags (four letters): a separator no tag holds keeps keys apart.
    const key = `${features.join(',')}|${text}`;
    let run = runs.get(key);
    if (run === undefined) runs.set(key, (run = shape(text, features)));
    return run;
  };
  return font;
}
