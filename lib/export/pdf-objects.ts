import { inflateSync, unzlibSync } from 'fflate';

/**
 * Just enough PDF reading to check an exported trace: index the objects (including those packed in object
 * streams, as qpdf and other tools write them), read dictionaries' simple values, resolve references and
 * decode Flate streams. Not a general PDF parser; it never interprets content.
 */

export type PdfValue =
  | { type: 'name'; value: string }
  | { type: 'string'; bytes: Uint8Array }
  | { type: 'number'; value: number }
  | { type: 'ref'; num: number; gen: number }
  | { type: 'dict'; entries: Map<string, PdfValue> }
  | { type: 'array'; items: PdfValue[] }
  | { type: 'bool'; value: boolean }
  | { type: 'null' };

export interface PdfObject {
  num: number;
  dict: Map<string, PdfValue> | undefined;
  value: PdfValue | undefined;
  /** Raw (still encoded) stream bytes, when the object is a stream. */
  stream: Uint8Array | undefined;
}

export class PdfReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfReadError';
  }
}

const decoder = new TextDecoder('latin1');

function isWhite(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
}
function isDelimiter(c: number): boolean {
  return (
    c === 0x28 ||
    c === 0x29 ||
    c === 0x3c ||
    c === 0x3e ||
    c === 0x5b ||
    c === 0x5d ||
    c === 0x7b ||
    c === 0x7d ||
    c === 0x2f ||
    c === 0x25
  );
}

/** A tokenizer over PDF object syntax. */
class Lexer {
  constructor(
    readonly bytes: Uint8Array,
    public pos: number,
  ) {}

  skipWhite(): void {
    const b = this.bytes;
    while (this.pos < b.length) {
      const c = b[this.pos] as number;
      if (isWhite(c)) this.pos++;
      else if (c === 0x25) {
        while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      } else break;
    }
  }

  readValue(depth = 0): PdfValue {
    if (depth > 64) throw new PdfReadError('Nesting too deep');
    this.skipWhite();
    const b = this.bytes;
    const c = b[this.pos];
    if (c === undefined) throw new PdfReadError('Unexpected end of data');
    if (c === 0x2f) return { type: 'name', value: this.readName() };
    if (c === 0x28) return { type: 'string', bytes: this.readLiteralString() };
    if (c === 0x3c && b[this.pos + 1] === 0x3c) return this.readDict(depth);
    if (c === 0x3c) return { type: 'string', bytes: this.readHexString() };
    if (c === 0x5b) {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipWhite();
        if (b[this.pos] === 0x5d) {
          this.pos++;
          return { type: 'array', items };
        }
        if (this.pos >= b.length) throw new PdfReadError('Unterminated array');
        items.push(this.readValue(depth + 1));
      }
    }
    const word = this.readWord();
    if (word === 'true' || word === 'false') return { type: 'bool', value: word === 'true' };
    if (word === 'null') return { type: 'null' };
    const n = Number(word);
    if (word === '' || Number.isNaN(n)) throw new PdfReadError(`Unexpected token "${word.slice(0, 20)}"`);
    // "12 0 R" is a reference.
    const save = this.pos;
    this.skipWhite();
    const second = this.readWord();
    if (/^\d+$/.test(second) && Number.isInteger(n)) {
      this.skipWhite();
      if (
        b[this.pos] === 0x52 /* R */ &&
        (this.pos + 1 >= b.length || isWhite(b[this.pos + 1] as number) || isDelimiter(b[this.pos + 1] as number))
      ) {
        this.pos++;
        return { type: 'ref', num: n, gen: Number(second) };
      }
    }
    this.pos = save;
    return { type: 'number', value: n };
  }

  readWord(): string {
    const b = this.bytes;
    const start = this.pos;
    while (this.pos < b.length && !isWhite(b[this.pos] as number) && !isDelimiter(b[this.pos] as number)) this.pos++;
    return decoder.decode(b.subarray(start, this.pos));
  }

  readName(): string {
    this.pos++; // '/'
    const raw = this.readWord();
    return raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  }

  readDict(depth: number): PdfValue {
    this.pos += 2;
    const entries = new Map<string, PdfValue>();
    for (;;) {
      this.skipWhite();
      const b = this.bytes;
      if (b[this.pos] === 0x3e && b[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return { type: 'dict', entries };
      }
      if (this.pos >= b.length) throw new PdfReadError('Unterminated dictionary');
      if (b[this.pos] !== 0x2f) throw new PdfReadError('Dictionary key is not a name');
      const key = this.readName();
      entries.set(key, this.readValue(depth + 1));
    }
  }

  readLiteralString(): Uint8Array {
    const b = this.bytes;
    this.pos++;
    const out: number[] = [];
    let nesting = 1;
    while (this.pos < b.length) {
      const c = b[this.pos++] as number;
      if (c === 0x5c) {
        const e = b[this.pos++] as number;
        const map: Record<number, number> = {
          0x6e: 0x0a,
          0x72: 0x0d,
          0x74: 0x09,
          0x62: 0x08,
          0x66: 0x0c,
          0x28: 0x28,
          0x29: 0x29,
          0x5c: 0x5c,
        };
        if (e in map) out.push(map[e] as number);
        else if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          for (let k = 0; k < 2 && (b[this.pos] as number) >= 0x30 && (b[this.pos] as number) <= 0x37; k++)
            v = v * 8 + ((b[this.pos++] as number) - 0x30);
          out.push(v & 0xff);
        } else if (e === 0x0d) {
          if (b[this.pos] === 0x0a) this.pos++;
        } else if (e !== 0x0a) out.push(e);
      } else if (c === 0x28) {
        nesting++;
        out.push(c);
      } else if (c === 0x29) {
        nesting--;
        if (nesting === 0) return Uint8Array.from(out);
        out.push(c);
      } else out.push(c);
    }
    throw new PdfReadError('Unterminated string');
  }

  readHexString(): Uint8Array {
    const b = this.bytes;
    this.pos++;
    let hex = '';
    while (this.pos < b.length && b[this.pos] !== 0x3e) {
      const c = b[this.pos++] as number;
      if (!isWhite(c)) hex += String.fromCharCode(c);
    }
    this.pos++;
    if (hex.length % 2) hex += '0';
    const out = new Uint8Array(hex.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
    return out;
  }
}

/** A PDF text string: UTF-16BE with BOM, UTF-8 with BOM, or PDFDocEncoding (Latin-1 is close enough here). */
export function decodePdfString(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let s = '';
    for (let i = 2; i + 1 < bytes.length; i += 2)
      s += String.fromCharCode(((bytes[i] as number) << 8) | (bytes[i + 1] as number));
    return s;
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder().decode(bytes.subarray(3));
  return decoder.decode(bytes);
}

function indexOf(bytes: Uint8Array, needle: string, from: number): number {
  const first = needle.charCodeAt(0);
  outer: for (let i = from; i <= bytes.length - needle.length; i++) {
    if (bytes[i] !== first) continue;
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

/** Every object in the file, by number (later definitions win, as incremental updates do). */
export class PdfFile {
  readonly objects = new Map<number, PdfObject>();

  constructor(readonly bytes: Uint8Array) {
    if (decoder.decode(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0) throw new PdfReadError('Not a PDF file');
    this.indexTopLevel();
    this.indexObjectStreams();
  }

  private indexTopLevel(): void {
    const text = decoder.decode(this.bytes);
    const re = /(?:^|[\s>\]})])(\d+)\s+(\d+)\s+obj\b/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const num = Number(m[1]);
      const bodyStart = m.index + m[0].length;
      try {
        const lexer = new Lexer(this.bytes, bodyStart);
        const value = lexer.readValue();
        let stream: Uint8Array | undefined;
        lexer.skipWhite();
        if (value.type === 'dict' && text.startsWith('stream', lexer.pos)) {
          let start = lexer.pos + 6;
          if (this.bytes[start] === 0x0d) start++;
          if (this.bytes[start] === 0x0a) start++;
          const lengthValue = value.entries.get('Length');
          let length = lengthValue?.type === 'number' ? lengthValue.value : -1;
          if (lengthValue?.type === 'ref') length = -2; // resolved below, after indexing
          if (
            length >= 0 &&
            indexOf(this.bytes, 'endstream', start + length) - (start + length) <= 2 &&
            start + length <= this.bytes.length
          ) {
            stream = this.bytes.subarray(start, start + length);
          } else {
            const end = indexOf(this.bytes, 'endstream', start);
            if (end < 0) continue;
            let e = end;
            if (this.bytes[e - 1] === 0x0a) e--;
            if (this.bytes[e - 1] === 0x0d) e--;
            stream = this.bytes.subarray(start, e);
          }
          re.lastIndex = start + (stream?.length ?? 0);
        }
        this.objects.set(num, { num, dict: value.type === 'dict' ? value.entries : undefined, value, stream });
      } catch {
        // A damaged object is skipped; whatever needed it reports it as missing.
      }
    }
  }

  private indexObjectStreams(): void {
    for (const obj of [...this.objects.values()]) {
      if (!obj.dict || this.name(obj.dict.get('Type')) !== 'ObjStm' || !obj.stream) continue;
      try {
        const data = this.decodeStream(obj);
        const n = this.number(obj.dict.get('N')) ?? 0;
        const first = this.number(obj.dict.get('First')) ?? 0;
        const header = new Lexer(data, 0);
        const pairs: [number, number][] = [];
        for (let i = 0; i < n; i++) {
          const a = header.readValue();
          const b = header.readValue();
          if (a.type === 'number' && b.type === 'number') pairs.push([a.value, b.value]);
        }
        for (const [num, offset] of pairs) {
          if (this.objects.has(num) && this.objects.get(num)?.value?.type !== 'null') continue;
          const value = new Lexer(data, first + offset).readValue();
          this.objects.set(num, {
            num,
            dict: value.type === 'dict' ? value.entries : undefined,
            value,
            stream: undefined,
          });
        }
      } catch {
        // As above.
      }
    }
  }

  resolve(value: PdfValue | undefined, depth = 0): PdfValue | undefined {
    if (value?.type !== 'ref' || depth > 16) return value;
    return this.resolve(this.objects.get(value.num)?.value, depth + 1);
  }

  name(value: PdfValue | undefined): string | undefined {
    const v = this.resolve(value);
    return v?.type === 'name' ? v.value : undefined;
  }

  number(value: PdfValue | undefined): number | undefined {
    const v = this.resolve(value);
    return v?.type === 'number' ? v.value : undefined;
  }

  text(value: PdfValue | undefined): string | undefined {
    const v = this.resolve(value);
    return v?.type === 'string' ? decodePdfString(v.bytes) : undefined;
  }

  dict(value: PdfValue | undefined): Map<string, PdfValue> | undefined {
    const v = this.resolve(value);
    return v?.type === 'dict' ? v.entries : undefined;
  }

  /** The decoded bytes of a stream object (no filter, or FlateDecode without predictor). */
  decodeStream(obj: PdfObject): Uint8Array {
    if (!obj.stream || !obj.dict) throw new PdfReadError(`Object ${obj.num} is not a stream`);
    const filter = this.resolve(obj.dict.get('Filter'));
    const filters =
      filter === undefined ? [] : filter.type === 'array' ? filter.items.map((f) => this.name(f)) : [this.name(filter)];
    let data = obj.stream;
    for (const f of filters) {
      if (f === 'FlateDecode') {
        try {
          data = unzlibSync(data);
        } catch {
          data = inflateSync(data);
        }
      } else {
        throw new PdfReadError(`Unsupported stream filter ${String(f)}`);
      }
    }
    return data;
  }

  /** Objects whose dictionary has /Type /<type>. */
  objectsOfType(type: string): PdfObject[] {
    return [...this.objects.values()].filter((o) => o.dict && this.name(o.dict.get('Type')) === type);
  }
}
