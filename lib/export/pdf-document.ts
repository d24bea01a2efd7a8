// pdfkit's standalone build (fontkit included, no eval: runs on an extension page under the default CSP, see
// ../shared/TOOLCHAIN.md). Its package "exports" do not list this file, so it is imported by path; the same
// build runs in Node tests, so what is tested is what ships.
// @ts-expect-error -- the UMD bundle ships no type declarations; PdfDocument below types what is used.
import PDFDocumentModule from '../../node_modules/pdfkit/js/pdfkit.standalone.js';

/** The fontkit font inside a pdfkit font. */
export interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** A registered pdfkit font (EmbeddedFont). */
export interface PdfFont {
  font: FontkitFont;
  widthOfString(text: string, size: number, features?: string[]): number;
}

/** A pdfkit structure element (tagged PDF). */
export interface PdfStruct {
  add(child: PdfStruct | (() => void)): PdfStruct;
  end(): void;
}

interface StructOptions {
  lang?: string;
  alt?: string;
  actual?: string;
  title?: string;
}

interface TextOptions {
  lineBreak?: boolean;
  baseline?: 'alphabetic' | 'top' | number;
  features?: string[];
  strike?: boolean;
}

/** The part of pdfkit's PDFDocument that the renderer uses. */
export interface PdfDocument {
  _font: PdfFont;
  registerFont(name: string, src: Uint8Array): PdfDocument;
  font(name: string): PdfDocument;
  fontSize(size: number): PdfDocument;
  fillColor(color: string): PdfDocument;
  strokeColor(color: string): PdfDocument;
  lineWidth(width: number): PdfDocument;
  text(text: string, x: number, y: number, options?: TextOptions): PdfDocument;
  rect(x: number, y: number, w: number, h: number): PdfDocument;
  roundedRect(x: number, y: number, w: number, h: number, r: number): PdfDocument;
  moveTo(x: number, y: number): PdfDocument;
  lineTo(x: number, y: number): PdfDocument;
  stroke(): PdfDocument;
  fill(color?: string): PdfDocument;
  fillAndStroke(fill: string, stroke: string): PdfDocument;
  save(): PdfDocument;
  restore(): PdfDocument;
  struct(type: string, options?: StructOptions | (() => void), children?: () => void): PdfStruct;
  addStructure(struct: PdfStruct): PdfDocument;
  markContent(tag: string, options?: Record<string, unknown>): PdfDocument;
  endMarkedContent(): PdfDocument;
  file(
    data: Uint8Array,
    options: {
      name: string;
      type: string;
      relationship: 'Data' | 'Source' | 'Alternative' | 'Supplement' | 'Unspecified';
      description?: string;
      creationDate?: Date;
      modifiedDate?: Date;
    },
  ): unknown;
  end(): void;
  on(event: 'data', listener: (chunk: Uint8Array) => void): PdfDocument;
  on(event: 'end' | 'error', listener: (arg?: unknown) => void): PdfDocument;
  /** The bytes written, once end() has been called. */
  collect(): Promise<Uint8Array>;
}

export interface PdfDocumentOptions {
  size: string;
  margin: number;
  autoFirstPage: boolean;
  pdfVersion: '1.7';
  tagged: boolean;
  subset: 'PDF/UA';
  lang: string;
  displayTitle: boolean;
  compress: boolean;
  info: Record<string, string>;
}

type PdfDocumentConstructor = new (options: PdfDocumentOptions) => Omit<PdfDocument, 'collect'>;

function constructorOf(module: unknown): PdfDocumentConstructor {
  // CommonJS interop differs between Vite (default export) and Node (module.exports as default).
  const candidate = (module as { default?: unknown }).default ?? module;
  return candidate as PdfDocumentConstructor;
}

/** A new pdfkit document whose output is gathered in memory (collect() resolves after end()). */
export async function openPdfDocument(options: PdfDocumentOptions): Promise<PdfDocument> {
  const Ctor = constructorOf(PDFDocumentModule);
  const doc = new Ctor(options) as PdfDocument;
  const chunks: Uint8Array[] = [];
  let length = 0;
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => {
      chunks.push(chunk);
      length += chunk.length;
    });
    doc.on('error', reject);
    doc.on('end', () => {
      const out = new Uint8Array(length);
      let offset = 0;
      for (const chunk of chunks) {
        out.set(chunk, offset);
        offset += chunk.length;
      }
      resolve(out);
    });
  });
  doc.collect = () => done;
  return doc;
}
