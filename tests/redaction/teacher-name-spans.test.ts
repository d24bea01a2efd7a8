import { describe, expect, test } from 'vitest';
import { findStudentData, redactTraceDocument } from '../../lib/redaction/apply';
import { isWithinSpans, makeTeacherNameFinder } from '../../lib/redaction/teacher-name-spans';
import { makeDoc, makeTurn } from '../export/sample-docs';

/**
 * A surname the teacher shares with a child stays inside the teacher's own full name, and goes everywhere else
 * (lib/redaction/teacher-name-spans.ts). Written for this file (2 Dec 2026), in no corpus part.
 */
function exported(teacher: string, text: string): string {
  const doc = makeDoc({ language: 'es', teacherName: teacher, turns: [makeTurn(0, 'user', text)] });
  return redactTraceDocument(doc, findStudentData(doc, []), new Set()).turns[0]!.markdown;
}

describe("the teacher's own name beside a child who shares a surname", () => {
  test('the signature keeps the surname; the child loses it', () => {
    const out = exported(
      'Gonzalo Villacís Proaño',
      'Informe de la alumna Renata Villacís Guerrero, cédula 1712093385, nac. 04/05/2011. Renata Villacís faltó 9 días.\n\nGonzalo Villacís Proaño, tutor de 9.º',
    );
    expect(out).toContain('Gonzalo Villacís Proaño, tutor');
    expect(out).not.toContain('Renata Villacís');
    expect(out).not.toContain('1712093385');
  });

  test('the spans of the whole name only, without a title; one word is no name', () => {
    const find = makeTeacherNameFinder('Prof. Irene Basurto Lema')!;
    const text = 'Basurto Lema lo firmó; irene basurto lema también; Irene Basurto Lema, profesora.';
    const spans = find(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['irene basurto lema', 'Irene Basurto Lema']);
    expect(isWithinSpans(spans, text.indexOf('Basurto Lema,'), text.indexOf('Basurto Lema,') + 7)).toBe(true);
    expect(isWithinSpans(spans, 0, 7)).toBe(false);
    expect(makeTeacherNameFinder('Ms. Okafor')).toBeNull();
  });
});
