import { expect, test } from 'vitest';
import { escapeNonAscii } from '../../scripts/ascii-only-output';

// Evaluating generated code is the point here: escaped output must mean exactly what the original meant.
const evaluate = (code: string): unknown => new Function(`return ${code}`)();

test.each([
  ['a string with U+FFFF (Dexie) and an emoji', '"a\uffffb😀é"'],
  ['a template literal', '`Señor ${1 + 1} 你好`'],
  ['a regex with the u flag', '/[😀-😂]/u.test("😁")'],
  ['a regex without the u flag', '/é+/.test("éé")'],
])('%s keeps its meaning and becomes pure ASCII', (_name, code) => {
  const escaped = escapeNonAscii(code);
  expect(escaped).toMatch(/^[\x20-\x7e]*$/);
  expect(evaluate(escaped)).toEqual(evaluate(code));
});
