import { describe, expect, test } from 'vitest';
import { TraceDocument } from '../../lib/model/trace-document';
import { detectPatterns } from '../../lib/redaction/patterns';
import { findStudentData, redactTraceDocument } from '../../lib/redaction/apply';
import { makeDoc, makeTurn } from './sample-docs';

const roster = ['Maria Lopez', 'Jamal Carter', 'José Núñez'];

function docWith(prompt: string, output = '', artifact = '') {
  return makeDoc({
    turns: [makeTurn(0, 'user', prompt), makeTurn(1, 'assistant', output, 'revised', '')],
    finalArtifact: artifact,
  });
}

describe('findStudentData: true positives', () => {
  test('emails, phones, IDs, addresses and dates of birth', () => {
    const doc = docWith(
      'Feedback for maria.lopez@school.org (student ID: S20231234, DOB 03/14/2015). ' +
        'Her mom: (555) 123-4567 or +44 20 7946 0958. She lives at 42 Oak Street, Apt 3; ' +
        'SSN 123-45-6789. Vive en Calle Mayor 15. Fecha de nacimiento: 3 de marzo de 2015. Lunch number 4455667.',
    );
    const found = findStudentData(doc, []);
    const byKind = (kind: string) => found.filter((c) => c.kind === kind).map((c) => c.text);
    expect(byKind('email')).toEqual(['maria.lopez@school.org']);
    expect(byKind('studentId')).toEqual(expect.arrayContaining(['S20231234', '123-45-6789']));
    expect(byKind('lunchNumber')).toEqual(['4455667']);
    expect(byKind('dateOfBirth')).toEqual(['03/14/2015', '3 de marzo de 2015']);
    expect(byKind('phone')).toEqual(['(555) 123-4567', '+44 20 7946 0958']);
    expect(byKind('address')).toEqual(['42 Oak Street, Apt 3', 'Calle Mayor 15']);
  });

  test('roster names in any form: full, "Last, First", first or last alone, without accents', () => {
    const doc = docWith(
      'Write to Maria Lopez and LOPEZ, MARIA about Jamal.',
      'Dear Maria, and Carter family. Jose Nunez too.',
      'Lopez: well done.',
    );
    const found = findStudentData(doc, roster);
    const students = found.filter((c) => c.kind === 'studentName');
    expect(students.map((c) => c.replacement)).toEqual(['[Student 1]', '[Student 2]', '[Student 3]']);
    expect(students[0]!.occurrences).toBe(4); // "Maria Lopez", "LOPEZ, MARIA", "Maria", "Lopez"
  });

  test('names the text ties to a student, but never the teacher', () => {
    const doc = docWith('Yesterday in period 3, Sophia Chen asked Ana García a question about fractions.');
    const names = findStudentData(doc, [])
      .filter((c) => c.kind === 'studentName')
      .map((c) => c.text);
    expect(names).toContain('Sophia Chen');
    expect(names.join(' ')).not.toContain('García');
  });
});

describe('findStudentData: false positives it avoids', () => {
  test('years, counts, fractions, pages, plain dates, decimals and lower-case name-words', () => {
    const doc = docWith(
      'In 2024 our 1,500 students scored 3.14 on average. Compare 3/4 and 5/8 on page 112, due 11/23/2026. ' +
        'Mark the answers; be jolly. Call 911 only in emergencies. Version 2.0.1 of the app.',
    );
    const found = findStudentData(doc, ['Jolly Baker']);
    expect(found).toEqual([]);
  });

  test('the detectors alone leave ordinary text untouched', () => {
    expect(
      detectPatterns('Grade 5 fractions: 1/2 + 1/4 = 3/4, 12 pizzas, 2026-11-23 class.', { teacherWords: new Set() }),
    ).toEqual([]);
  });
});

describe('redactTraceDocument', () => {
  const doc = docWith(
    'Feedback for Maria Lopez (maria.lopez@school.org) and Jamal Carter.',
    'Dear Maria, well done. Jamal, keep going. Maria, see you.',
    'Maria: great work. Jamal: practise.',
  );
  const candidates = findStudentData(doc, roster);

  test('the same child keeps the same number everywhere, Markdown and diff included', () => {
    const redacted = redactTraceDocument(doc, candidates, new Set());
    expect(redacted.turns[0]!.text).toBe('Feedback for [Student 1] ([Email 1]) and [Student 2].');
    expect(redacted.turns[1]!.text).toBe('Dear [Student 1], well done. [Student 2], keep going. [Student 1], see you.');
    expect(redacted.turns[1]!.markdown).toBe(redacted.turns[1]!.text);
    expect(redacted.finalArtifact).toBe('[Student 1]: great work. [Student 2]: practise.');
    const opsText = redacted.edits!.ops.map((o) => o.text).join('');
    expect(opsText).not.toMatch(/Maria|Jamal/);
    expect(redacted.redaction).toEqual({ applied: true, itemCount: 3 });
    expect(TraceDocument.safeParse(redacted).success).toBe(true);
  });

  test('an un-redacted item stays as written; the stored document is not changed', () => {
    const jamal = candidates.find((c) => c.text.startsWith('Jamal'))!;
    const redacted = redactTraceDocument(doc, candidates, new Set([jamal.id]));
    expect(redacted.finalArtifact).toBe('[Student 1]: great work. Jamal: practise.');
    expect(redacted.redaction).toEqual({ applied: true, itemCount: 2 });
    expect(doc.finalArtifact).toBe('Maria: great work. Jamal: practise.');
    expect(doc.redaction).toEqual({ applied: false, itemCount: 0 });
  });

  test('keeping everything records that no redaction was applied', () => {
    const redacted = redactTraceDocument(doc, candidates, new Set(candidates.map((c) => c.id)));
    expect(redacted.redaction).toEqual({ applied: false, itemCount: 0 });
    expect(redacted.finalArtifact).toBe(doc.finalArtifact);
  });

  test('Spanish labels for a Spanish trace', () => {
    const es = { ...doc, language: 'es' };
    const found = findStudentData(es, roster);
    expect(found[0]!.replacement).toBe('[Estudiante 1]');
  });

  // The scan's speed is measured by `npm run bench -- redaction`; here a scan gone quadratic would run past the
  // test's time limit.
  test('a 200,000-word trace is scanned whole', () => {
    const words = Array.from({ length: 200_000 }, (_, i) => (i % 5000 === 0 ? 'Maria' : 'word')).join(' ');
    const found = findStudentData(docWith(words), roster);
    expect(found.find((c) => c.kind === 'studentName')?.occurrences).toBe(40);
  });
});
