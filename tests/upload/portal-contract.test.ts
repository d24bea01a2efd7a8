// @vitest-environment node
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'yaml';
import { afterEach, describe, expect, test } from 'vitest';
import { buildTraceJsonSchema, contractPath, renderContract } from '../../scripts/generate-trace-schema';
import { formatIdempotencyKey } from '../../lib/upload/generic-portal';
import { startGenericPortalServer, type GenericPortalServer } from '../servers/generic-portal-server';
import { samplePayload } from './helpers';

const text = readFileSync(contractPath, 'utf8');
const contract = parse(text) as {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown> };
};

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') found.push(v);
      else refsIn(v, found);
    }
  }
  return found;
}

function resolvePointer(pointer: string): unknown {
  return pointer
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')],
      contract,
    );
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ $id: 'contract', components: contract.components });
const validator = (name: string) => ajv.getSchema(`contract#/components/schemas/${name}`)!;

let server: GenericPortalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('docs/portal-contract.openapi.yaml', () => {
  test('is OpenAPI 3.1 with every internal $ref resolving', () => {
    expect(contract.openapi).toBe('3.1.0');
    const refs = refsIn(contract);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) expect(resolvePointer(ref), ref).toBeDefined();
    expect(Object.keys(contract.paths['/showwork/submissions']!).sort()).toEqual(['get', 'options', 'post']);
    expect(Object.keys(contract.paths['/showwork/submissions']!.post!.responses)).toEqual(
      expect.arrayContaining(['200', '201', '400', '401', '403', '404', '409', '413', '422', '429', '5XX']),
    );
  });

  test('embeds the current trace schema (run: npx tsx scripts/generate-trace-schema.ts)', async () => {
    expect(await renderContract(text)).toBe(text);
    const { $schema: _s, $id: _i, ...schema } = buildTraceJsonSchema();
    expect(contract.components.schemas.TraceDocument).toEqual(schema);
  });

  test('the loopback portal used by the tests answers as the contract says', async () => {
    server = await startGenericPortalServer();
    const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const preflight = await fetch(server.url, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,idempotency-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization.*Idempotency-Key/);

    const payload = samplePayload();
    const post = () => {
      const form = new FormData();
      form.append('trace', new Blob([payload.traceJson], { type: 'application/json' }), 'trace.json');
      form.append('pdf', new Blob([payload.pdf.slice()], { type: 'application/pdf' }), payload.fileName);
      form.append('evidence', new Blob([payload.evidenceJson], { type: 'application/json' }), 'evidence.json');
      return fetch(server!.url, {
        method: 'POST',
        headers: {
          Origin: origin,
          Authorization: 'Bearer portal-token',
          'Idempotency-Key': formatIdempotencyKey('k-1'),
        },
        body: form,
      });
    };
    const created = await post();
    expect(created.status).toBe(201);
    const receipt = await created.json();
    expect(validator('Receipt')(receipt), JSON.stringify(validator('Receipt').errors)).toBe(true);
    const replay = await post();
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(receipt);

    const unauthorized = await fetch(server.url, { method: 'GET' });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('content-type')).toBe('application/problem+json');
    expect(validator('Problem')(await unauthorized.json())).toBe(true);
  });
});
