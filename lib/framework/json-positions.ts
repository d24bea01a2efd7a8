/** A place in a text file, 1-based, as an editor shows it. */
export interface TextPosition {
  line: number;
  column: number;
}

export type JsonPath = readonly (string | number)[];

export type JsonParseResult =
  | {
      ok: true;
      value: unknown;
      /** Where the node at `path` starts (its key, for an object member); the nearest existing ancestor if it is absent. */
      locate(path: JsonPath): TextPosition;
    }
  | { ok: false; message: string; position: TextPosition };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Where each node of the document starts: values by path, and object members at their key. */
interface NodeStarts {
  [pathKey: string]: number;
}

const maxDepth = 100;

const pathKeyOf = (path: JsonPath): string => JSON.stringify(path);

/**
 * Strict JSON (RFC 8259) parser that remembers where every value starts, so a schema problem can be
 * reported with its line. JSON.parse gives no positions for valid documents and its syntax-error wording
 * differs across engines, so a small parser of our own is the dependable way to say "line 12".
 */
export function parseJsonWithPositions(text: string): JsonParseResult {
  const starts: NodeStarts = {};
  let i = 0;
  const path: (string | number)[] = [];

  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, at);
  };
  const skipWhitespace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const describeHere = (): string => (i >= text.length ? 'end of file' : JSON.stringify(text[i]));

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    let out = '';
    for (;;) {
      if (i >= text.length) fail('unterminated string', start);
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('invalid \\u escape in string');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else {
          fail('invalid escape in string');
        }
        continue;
      }
      if (c.charCodeAt(0) < 0x20) fail('control character in string (line breaks inside strings must be written \\n)');
      out += c;
      i++;
    }
  };

  const parseNumber = (): number => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail(`unexpected ${describeHere()}`);
    i += (match as RegExpExecArray)[0].length;
    return Number((match as RegExpExecArray)[0]);
  };

  const parseValue = (): unknown => {
    // Recursion depth follows nesting; a hostile file of 100,000 "[" must not overflow the stack.
    if (path.length > maxDepth) fail('nested too deeply');
    skipWhitespace();
    starts[pathKeyOf(path)] ??= i;
    const c = text[i];
    if (c === '{') return parseObject();
    if (c === '[') return parseArray();
    if (c === '"') return parseString();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return parseNumber();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    return fail(`unexpected ${describeHere()}`);
  };

  const parseObject = (): Record<string, unknown> => {
    i++; // {
    const out: Record<string, unknown> = {};
    skipWhitespace();
    if (text[i] === '}') {
      i++;
      return out;
    }
    for (;;) {
      skipWhitespace();
      if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describeHere()}`);
      const keyStart = i;
      const key = parseString();
      path.push(key);
      // A member is reported at its key: that is the line a person looks for.
      starts[pathKeyOf(path)] = keyStart;
      skipWhitespace();
      if (text[i] !== ':') fail(`expected ":" after property name, found ${describeHere()}`);
      i++;
      const value = parseValue();
      // Keep the first start if the key repeats; JSON.parse semantics (last wins) for the value.
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      path.pop();
      skipWhitespace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return out;
      }
      fail(`expected "," or "}" after a property value, found ${describeHere()}`);
    }
  };

  const parseArray = (): unknown[] => {
    i++; // [
    const out: unknown[] = [];
    skipWhitespace();
    if (text[i] === ']') {
      i++;
      return out;
    }
    for (;;) {
      path.push(out.length);
      out.push(parseValue());
      path.pop();
      skipWhitespace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return out;
      }
      fail(`expected "," or "]" after an array item, found ${describeHere()}`);
    }
  };

  // Editors save UTF-8 files with a byte-order mark; JSON.parse would reject it, people would not expect that.
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  try {
    const value = parseValue();
    skipWhitespace();
    if (i < text.length) fail(`unexpected ${describeHere()} after the end of the JSON value`);
    return {
      ok: true,
      value,
      locate(target) {
        for (let n = target.length; n >= 0; n--) {
          const offset = starts[pathKeyOf(target.slice(0, n))];
          if (offset !== undefined) return positionAt(text, offset);
        }
        return { line: 1, column: 1 };
      },
    };
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return { ok: false, message: error.message, position: positionAt(text, error.offset) };
    }
    throw error;
  }
}

/** 1-based line and column of a UTF-16 offset; \r\n and \n both end a line. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let k = 0; k < end; k++) {
    if (text.charCodeAt(k) === 0x0a) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
