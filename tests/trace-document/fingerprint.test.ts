import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { fingerprintTraceDocument, serializeTraceDocument } from '../../lib/trace/fingerprint';
import { typicalDoc } from '../export/sample-docs';

describe('trace fingerprint', () => {
  test('is the SHA-256 of the canonical UTF-8 bytes', async () => {
    const doc = typicalDoc();
    const expected = createHash('sha256')
      .update(Buffer.from(serializeTraceDocument(doc), 'utf8'))
      .digest('hex');
    expect(await fingerprintTraceDocument(doc)).toBe(expected);
  });

  test('does not depend on key order, and changes with any content', async () => {
    const doc = typicalDoc();
    const shuffled = Object.fromEntries(Object.entries(doc).reverse()) as typeof doc;
    shuffled.teacher = { district: doc.teacher.district, school: doc.teacher.school, name: doc.teacher.name };
    expect(serializeTraceDocument(shuffled)).toBe(serializeTraceDocument(doc));
    expect(await fingerprintTraceDocument(shuffled)).toBe(await fingerprintTraceDocument(doc));
    const changed = { ...doc, title: doc.title + '!' };
    expect(await fingerprintTraceDocument(changed)).not.toBe(await fingerprintTraceDocument(doc));
  });

  test('canonical form: sorted keys at every level, two-space indent, final newline', () => {
    const text = serializeTraceDocument(typicalDoc());
    expect(text.endsWith('}\n')).toBe(true);
    const keys = [...text.matchAll(/^ {2}"([^"]+)":/gm)].map((m) => m[1]);
    expect(keys).toEqual([...keys].sort());
    expect(text).toContain('\n  "credential": {\n    "competencyId"');
  });
});
