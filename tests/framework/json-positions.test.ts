import { describe, expect, test } from 'vitest';
import { parseJsonWithPositions, positionAt } from '../../lib/framework/json-positions';

describe('parseJsonWithPositions', () => {
  const text = '{\n  "a": 1,\n  "list": [\n    { "id": "x" },\n    {\n      "id": "y"\n    }\n  ]\n}\n';

  test('parses like JSON.parse', () => {
    const result = parseJsonWithPositions(text);
    expect(result.ok && result.value).toEqual(JSON.parse(text));
  });

  test('locates members at their key and array items at their start', () => {
    const result = parseJsonWithPositions(text);
    if (!result.ok) throw new Error('expected valid JSON');
    expect(result.locate(['a'])).toEqual({ line: 2, column: 3 });
    expect(result.locate(['list'])).toEqual({ line: 3, column: 3 });
    expect(result.locate(['list', 0, 'id'])).toEqual({ line: 4, column: 7 });
    expect(result.locate(['list', 1])).toEqual({ line: 5, column: 5 });
    expect(result.locate(['list', 1, 'id'])).toEqual({ line: 6, column: 7 });
  });

  test('an absent member is located at its nearest existing ancestor', () => {
    const result = parseJsonWithPositions(text);
    if (!result.ok) throw new Error('expected valid JSON');
    expect(result.locate(['list', 1, 'name'])).toEqual({ line: 5, column: 5 });
    expect(result.locate(['nothing', 'here'])).toEqual({ line: 1, column: 1 });
  });

  test.each([
    ['{\n  "a": 1,\n}', 3, 1], // trailing comma: the "}" on line 3 is where a name was expected
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3], // missing comma
    ["{\n  'a': 1\n}", 2, 3], // single quotes
    ['{\n  "a": "two\nlines"\n}', 2, 12], // raw line break in a string, reported where it is
    ['{\n  "a": tru\n}', 2, 8],
    ['{"a": 1}\n{"b": 2}', 2, 1], // two documents
    ['', 1, 1],
  ])('syntax error in %j is reported at line %i column %i', (bad, line, column) => {
    const result = parseJsonWithPositions(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.position).toEqual({ line, column });
    expect(() => JSON.parse(bad)).toThrow();
  });

  test('a byte-order mark is accepted; deep nesting is refused without overflowing the stack', () => {
    expect(parseJsonWithPositions('\ufeff{"a": [1, 2.5e3, -0, null, true, "\\u00e9"]}')).toMatchObject({
      ok: true,
      value: { a: [1, 2500, -0, null, true, 'é'] },
    });
    expect(parseJsonWithPositions('['.repeat(100_000)).ok).toBe(false);
  });

  test('"__proto__" is kept as a plain member, not a prototype', () => {
    const result = parseJsonWithPositions('{"__proto__": {"polluted": true}}');
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('positionAt counts CRLF line ends once', () => {
    expect(positionAt('a\r\nbc', 4)).toEqual({ line: 2, column: 2 });
  });
});
