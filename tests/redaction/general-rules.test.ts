import { describe, expect, test } from 'vitest';
import { findStudentData, redactTraceDocument } from '../../lib/redaction/apply';
import { makeDoc, makeTurn } from '../export/sample-docs';

/**
 * The general rules added after the third held-out part was scored (docs/privacy.md), each checked on
 * sentences that appear in no corpus part: a rule that only fitted the corpus would fail here.
 */
function redacted(prompt: string, output = ''): string {
  const doc = makeDoc({ turns: [makeTurn(0, 'user', prompt), makeTurn(1, 'assistant', output, 'accepted')] });
  const out = redactTraceDocument(doc, findStudentData(doc, []), new Set());
  return out.turns
    .map((t) => t.markdown)
    .filter(Boolean)
    .join('\n');
}

describe('details found by the new rules', () => {
  test('a note line written "Label - value"', () => {
    const out = redacted(
      'Student: Rowan Pike\nMedication - methylphenidate 10 mg at lunch\nAccommodations – oral tests',
    );
    expect(out).not.toContain('methylphenidate');
    expect(out).not.toContain('oral tests');
  });

  test('quiz, test and Lexile columns of a class table are scores', () => {
    const out = redacted('| Student | Unit Test | Lexile |\n|---|---|---|\n| Wren Adair | 71 | 530L |');
    expect(out).not.toMatch(/\b71\b/);
    expect(out).not.toContain('530L');
  });

  test('a classmate named beside a known student', () => {
    const out = redacted(
      'My student Ivo Brandt argued at recess.',
      'Ivo Brandt and Delia Forsyth were separated for the afternoon.',
    );
    expect(out).not.toContain('Delia Forsyth');
  });

  test('bare marks, illnesses and Spanish phone groupings', () => {
    const out = redacted(
      'My student Ines Calloway got a 4 on the spelling test. She was out with the flu.',
      'Mi alumno Bruno Sáez suspendió Ciencias con un 3. Teléfono de su madre: 655 12 34 90.',
    );
    expect(out).not.toMatch(/got a 4/);
    expect(out).not.toMatch(/\bflu\b/);
    expect(out).not.toMatch(/con un 3/);
    expect(out).not.toContain('655 12 34 90');
  });

  test('a lunch code with a letter prefix in code', () => {
    const out = redacted('```python\nlunch_codes = {"Tess Varga": "LN-55012"}\n```');
    expect(out).not.toContain('LN-55012');
    expect(out).not.toContain('Tess Varga');
  });
});

describe('look-alikes the new rules keep', () => {
  test("the school's number when the nearest cue is the office, a department mailbox at a district domain", () => {
    const text =
      'If your child feels unwell, call the attendance office at (602) 555-0111, then tell the family. ' +
      'Questions about the unit go to science@pinecrest.k12.example.';
    expect(redacted(text)).toBe(text);
  });

  test('an author named beside a student is kept', () => {
    const out = redacted(
      'My student Omar Haddad loved the book.',
      'Omar Haddad could next read a novel by Katherine Paterson.',
    );
    expect(out).toContain('Katherine Paterson');
  });

  test('an ordinary code sample with test and results keys stays as written', () => {
    const text = '```js\nconst results = { test: "unit", passed: 12, failed: 0 };\n```';
    expect(redacted(text)).toBe(text);
  });
});

describe('mailboxes at a school domain', () => {
  test("a department's is kept; a person's first name is a person's mailbox", () => {
    const out = redacted('Email socialstudies@lincoln.k12.ca.us and copy kevin@lincoln.k12.ca.us about his grade.');
    expect(out).toContain('socialstudies@lincoln.k12.ca.us');
    expect(out).not.toContain('kevin@lincoln.k12.ca.us');
  });
});
