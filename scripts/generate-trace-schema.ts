/**
 * Writes docs/trace.schema.json: the JSON Schema (2020-12, the dialect of OpenAPI 3.1) of the trace document
 * portals receive, generated from the zod schema that is its single source (lib/model/trace-document.ts).
 * Run: npx tsx scripts/generate-trace-schema.ts — tests/upload/trace-schema.test.ts fails when the committed
 * file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { stringify } from 'yaml';
import * as z from 'zod/mini';
import { TraceDocument, traceDocumentSchemaId } from '../lib/model/trace-document';

export const traceSchemaPath = resolve(import.meta.dirname, '..', 'docs', 'trace.schema.json');

/** The schema as an object, with an $id and a title for readers of the contract. */
export function buildTraceJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(TraceDocument, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: 'https://showwork.invalid/schemas/trace-1.schema.json',
    title: `ShowWork trace document (${traceDocumentSchemaId})`,
    description:
      "The AI trace a teacher submits: chosen prompts and AI outputs with the teacher's marks, the final artifact and " +
      'how it differs from the AI output, the reflection, the responsible-use checks and the credential it is evidence for. ' +
      'Generated from lib/model/trace-document.ts by scripts/generate-trace-schema.ts; do not edit by hand.',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}

/** The file's exact text: two-space JSON with a final newline. */
export function renderTraceJsonSchema(): string {
  return JSON.stringify(buildTraceJsonSchema(), null, 2) + '\n';
}

export const contractPath = resolve(import.meta.dirname, '..', 'docs', 'portal-contract.openapi.yaml');
const beginMarker = '    # BEGIN GENERATED TraceDocument';
const endMarker = '    # END GENERATED TraceDocument';

/**
 * The OpenAPI contract with the same schema embedded as components.schemas.TraceDocument, so
 * the contract stands alone (written as YAML). Only the lines between the markers change; the result is formatted with the
 * repository's Prettier settings so `npm run format` leaves it as it is.
 */
export async function renderContract(current: string): Promise<string> {
  const start = current.indexOf(beginMarker);
  const end = current.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error(`${contractPath}: generated-section markers not found`);
  const beginLine = current.slice(start, current.indexOf('\n', start) + 1);
  const { $schema: _dialect, $id: _id, ...schema } = buildTraceJsonSchema();
  const body = stringify(schema, { indent: 2, lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
  const text = `${current.slice(0, start)}${beginLine}    TraceDocument:\n${body}\n${current.slice(end)}`;
  const options = (await prettier.resolveConfig(contractPath)) ?? {};
  return prettier.format(text, { ...options, parser: 'yaml' });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(traceSchemaPath, renderTraceJsonSchema());
  writeFileSync(contractPath, await renderContract(readFileSync(contractPath, 'utf8')));
  console.log(`Wrote ${traceSchemaPath} and the TraceDocument section of ${contractPath}`);
}
