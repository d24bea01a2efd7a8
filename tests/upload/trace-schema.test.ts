// @vitest-environment node
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, test } from 'vitest';
import { renderTraceJsonSchema, traceSchemaPath } from '../../scripts/generate-trace-schema';
import { buildTraceDocument } from '../../lib/trace/document';
import { makeConversation, makeTrace, makeTurns } from '../backup/library-fixture';
import { openTestDatabase } from './helpers';

describe('docs/trace.schema.json', () => {
  test('is up to date with the zod schema (run: npx tsx scripts/generate-trace-schema.ts)', () => {
    expect(readFileSync(traceSchemaPath, 'utf8')).toBe(renderTraceJsonSchema());
  });

  test('a real trace document validates against it, and a broken one does not', async () => {
    const db = openTestDatabase();
    await db.conversations.add(makeConversation(1));
    await db.turns.bulkAdd(makeTurns('conv-1'));
    await db.traces.add(makeTrace(1, 'conv-1'));
    const doc = JSON.parse(JSON.stringify(await buildTraceDocument(db, 'trace-1')));
    db.close();
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
      JSON.parse(readFileSync(traceSchemaPath, 'utf8')),
    );
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...doc, schema: 'showwork.trace/2' })).toBe(false);
    expect(validate({ ...doc, turns: [{ ...doc.turns[0], role: 'system' }] })).toBe(false);
  });
});
