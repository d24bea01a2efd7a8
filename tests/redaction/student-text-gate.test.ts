import { describe, expect, test } from 'vitest';
import { findStudentData, redactTraceDocument } from '../../lib/redaction/apply';
import { makeDoc, makeTurn } from '../export/sample-docs';
import { testDetailProbes, testLookAlikes, probe as p } from './probe-score';

/**
 * Which texts are about students (apply.ts: a child's ID by its label or a parent by a family cue counts as a
 * child's name does), and the teacher's own name kept whatever punctuation it holds. Written for this file
 * (1 Dec 2026), in no corpus part.
 */
describe('a text tied to a child by an ID or a parent is about students', () => {
  testDetailProbes([
    p(
      'Reference letter for one of my juniors.\nMarisol "Mari" Quintero, student ID 5512093, GPA 3.71, class rank 12 of 280. Her dad Rubén Quintero asked me to write it.',
      ['12 of 280', '5512093', 'Rubén Quintero'],
    ),
  ]);
  testLookAlikes([
    ['Our school ranked 12 of 280 in the state this year; the report is on the district site.', ['12 of 280']],
  ]);
});

function exported(teacher: string, text: string): string {
  const doc = makeDoc({ teacherName: teacher, turns: [makeTurn(0, 'user', text)] });
  return redactTraceDocument(doc, findStudentData(doc, []), new Set()).turns[0]!.markdown;
}

describe("the teacher's own name with an apostrophe", () => {
  test("her signature and her school mailbox stay, her student's details go", () => {
    const out = exported(
      "Siobhan D'Arcy",
      "Draft a note to Liam's mom: Liam (student ID 7730121) has been out with strep.\n\n— Ms. D'Arcy, Room 4, sdarcy@northfieldes.org",
    );
    expect(out).toContain("Ms. D'Arcy");
    expect(out).toContain('sdarcy@northfieldes.org');
    expect(out).not.toContain('7730121');
  });
});
