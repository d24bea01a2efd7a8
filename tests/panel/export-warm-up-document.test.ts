import { expect, test } from 'vitest';
import { TraceDocument } from '../../lib/model/trace-document';
import { warmUpDocument } from '../../lib/panel/export-warm-up-document';
import { findStudentData } from '../../lib/redaction/apply';
import { pageCount, renderPdf } from '../export/pdf-helpers';

test('the warm-up trace is a valid export document that lays out on one page in both faces', async () => {
  const doc = warmUpDocument();
  expect(TraceDocument.safeParse(doc).success).toBe(true);
  // Its diff's deleted and inserted text are the output's and the artifact's (what a real diff would give).
  const ops = doc.edits!.ops;
  const before = ops
    .filter((o) => o.op !== 'insert')
    .map((o) => o.text)
    .join('');
  const after = ops
    .filter((o) => o.op !== 'delete')
    .map((o) => o.text)
    .join('');
  expect(before).toBe(doc.turns[1]!.text);
  expect(after).toBe(doc.finalArtifact);
  expect(pageCount(await renderPdf(doc))).toBe(1);
  expect(Array.isArray(findStudentData(doc, []))).toBe(true);
});
