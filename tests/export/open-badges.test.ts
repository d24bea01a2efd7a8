import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import { describe, expect, test } from 'vitest';
import { renderOpenBadgesEvidence } from '../../lib/export/open-badges';
import { serializeTraceDocument } from '../../lib/trace/fingerprint';
import { emptyDoc, multilingualDoc, typicalDoc } from './sample-docs';

// 1EdTech's published OB 3.0 AchievementCredential schema, kept as test data (see the folder's SOURCE.md).
const schema = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../fixtures/open-badges/ob_v3p0_achievementcredential_schema.json'),
    'utf8',
  ),
) as { $id: string };
const ajv = new Ajv2019({ strict: false, allErrors: true });
ajv.addSchema(schema);
// The schema uses "format" (date-time, date) without defining it; ajv-formats is not a project dependency, so
// those two are checked by their ISO shapes here.
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
const validateEvidence = ajv.compile({ $ref: `${schema.$id}#/$defs/Evidence` });
const validateCredential = ajv.getSchema(schema.$id)!;

function credentialWith(evidence: unknown[]) {
  return {
    '@context': ['https://www.w3.org/2018/credentials/v1', 'https://purl.imsglobal.org/spec/ob/v3p0/context.json'],
    id: 'urn:uuid:3c2d8f5e-0000-4000-8000-000000000001',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: 'AI for Planning and Differentiation',
    issuer: { id: 'https://district.example/issuers/1', type: ['Profile'], name: 'Springfield USD' },
    issuanceDate: '2026-11-23T10:00:00Z',
    credentialSubject: {
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://district.example/achievements/ai-planning',
        type: ['Achievement'],
        name: 'AI for Planning and Differentiation',
        description: 'Uses AI to plan lessons.',
        criteria: { narrative: 'Submit an AI trace.' },
      },
    },
    evidence,
  };
}

describe('Open Badges 3.0 evidence', () => {
  test.each([
    ['typical', typicalDoc()],
    ['empty', emptyDoc()],
    ['Spanish', multilingualDoc('es')],
    ['Arabic', multilingualDoc('ar')],
  ])('%s trace validates against the 1EdTech Evidence definition and inside an AchievementCredential', (_name, doc) => {
    const evidence = renderOpenBadgesEvidence(doc);
    expect(validateEvidence(evidence), JSON.stringify(validateEvidence.errors)).toBe(true);
    expect(validateCredential(credentialWith([evidence])), JSON.stringify(validateCredential.errors)).toBe(true);
    expect(evidence.type).toEqual(['Evidence']);
    expect(evidence.genre).toBeTruthy();
    expect(evidence.name).toContain(doc.title);
  });

  test('id is a data URI of the exact trace JSON, or the URL the teacher gives', () => {
    const doc = typicalDoc();
    const evidence = renderOpenBadgesEvidence(doc);
    expect(evidence.id.startsWith('data:application/json;base64,')).toBe(true);
    const decoded = Buffer.from(evidence.id.slice('data:application/json;base64,'.length), 'base64').toString('utf8');
    expect(decoded).toBe(serializeTraceDocument(doc));
    const linked = renderOpenBadgesEvidence(doc, { idUrl: 'https://portfolio.example/traces/42' });
    expect(linked.id).toBe('https://portfolio.example/traces/42');
    expect(validateEvidence(linked)).toBe(true);
  });

  test('the narrative is Markdown summarising marks, edits and reflection', () => {
    const narrative = renderOpenBadgesEvidence(typicalDoc()).narrative;
    expect(narrative).toContain('**Teacher:** Ana García');
    expect(narrative).toContain('Revised');
    expect(narrative).toMatch(/\*\*What the teacher changed:\*\* \d+% of the final artifact is teacher-written/);
    expect(narrative).toContain('**Learning goal:**');
  });

  test('the schema copy really constrains evidence (a wrong shape fails)', () => {
    expect(validateEvidence({ type: 7, narrative: 'x' })).toBe(false);
    expect(validateEvidence({ narrative: 'no type' })).toBe(false);
  });
});
