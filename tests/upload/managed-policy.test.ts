// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ManagedPolicy, ManagedPortal, mergeAutoRecord, readManagedPolicy } from '../../lib/settings/managed';
import {
  expandFilenamePattern,
  findPortalProfile,
  readPortalEntries,
  saveManagedPortalChoice,
  savePortalProfile,
} from '../../lib/settings/portals';
import { openTestDatabase } from './helpers';

const root = resolve(import.meta.dirname, '../..');
const managedSchema = JSON.parse(readFileSync(resolve(root, 'public/managed-schema.json'), 'utf8'));
const policyDoc = readFileSync(resolve(root, 'docs/district-policy.md'), 'utf8');
const jsonBlocks = [...policyDoc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!));

describe('managed policy', () => {
  test('absent, unsupported or broken policy reads as empty, never as an error', async () => {
    expect(await readManagedPolicy()).toEqual({});
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    expect(await readManagedPolicy()).toEqual({});
  });

  test('each key is checked on its own: a bad one is dropped, the good ones kept', async () => {
    await fakeBrowser.storage.managed.set({
      retentionDays: -5,
      autoRecord: { chatgpt: true },
      portals: 'oops',
      unknown: 1,
    });
    expect(await readManagedPolicy()).toEqual({ autoRecord: { chatgpt: true } });
  });

  test('public/managed-schema.json declares exactly the keys ShowWork reads', () => {
    expect(Object.keys(managedSchema.properties).sort()).toEqual(Object.keys(ManagedPolicy.shape).sort());
    expect(Object.keys(managedSchema.properties.portals.items.properties).sort()).toEqual(
      Object.keys(ManagedPortal.shape).sort(),
    );
    // Chrome's schema format: only these keywords (anything else makes Chrome reject the schema).
    const allowed = new Set([
      'type',
      'properties',
      'items',
      'enum',
      'title',
      'description',
      'minimum',
      'maximum',
      'additionalProperties',
    ]);
    const walk = (node: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(node)) {
        expect(allowed.has(key), key).toBe(true);
        if (key === 'properties')
          for (const child of Object.values(value as object)) walk(child as Record<string, unknown>);
        if (key === 'items') walk(value as Record<string, unknown>);
      }
    };
    walk(managedSchema);
  });

  test("the examples in docs/district-policy.md fit both the browser schema and ShowWork's own", () => {
    const validate = new Ajv({ strict: false }).compile(managedSchema);
    const plain = jsonBlocks.filter(
      (block) => !Object.values(block).some((v) => v && typeof v === 'object' && 'Value' in v),
    );
    expect(plain.length).toBeGreaterThanOrEqual(2);
    for (const block of plain) {
      expect(validate(block), JSON.stringify(validate.errors)).toBe(true);
      expect(ManagedPolicy.safeParse(block).success).toBe(true);
    }
    // The Admin console form unwraps to a valid policy too.
    const adminConsole = jsonBlocks.find((block) =>
      Object.values(block).some((v) => v && typeof v === 'object' && 'Value' in v),
    )!;
    const unwrapped = Object.fromEntries(
      Object.entries(adminConsole).map(([k, v]) => [k, (v as { Value: unknown }).Value]),
    );
    expect(ManagedPolicy.safeParse(unwrapped).success).toBe(true);
  });

  test("district portals come first; a teacher portal with the same id is hidden; allowTeacherPortals: false hides the teacher's", async () => {
    const db = openTestDatabase();
    await savePortalProfile(
      db,
      { kind: 'generic', id: 'mine', name: 'Mine', url: 'https://mine.example/in' },
      undefined,
    );
    await savePortalProfile(
      db,
      { kind: 'generic', id: 'district', name: 'Shadow', url: 'https://x.example/in' },
      undefined,
    );
    await fakeBrowser.storage.managed.set({
      portals: [
        { id: 'district', kind: 'generic', name: 'District', url: 'https://district.example/in' },
        { id: 'canvas', kind: 'canvas', name: 'Canvas', baseUrl: 'https://d.instructure.com' },
      ],
    });
    const entries = await readPortalEntries();
    expect(entries.map((e) => [e.profile.name, e.isManaged])).toEqual([
      ['District', true],
      ['Canvas', true],
      ['Mine', false],
    ]);
    // A teacher picks the course and assignment the policy leaves open.
    await saveManagedPortalChoice(db, 'canvas', 'tok', {
      courseId: '7',
      courseName: 'PD',
      assignmentId: '9',
      assignmentName: 'Evidence',
    });
    expect(await findPortalProfile('canvas')).toMatchObject({
      courseId: '7',
      assignmentId: '9',
      baseUrl: 'https://d.instructure.com',
    });
    expect(await db.portalSecrets.get('canvas')).toEqual({ portalId: 'canvas', token: 'tok' });

    await fakeBrowser.storage.managed.set({ allowTeacherPortals: false });
    expect((await readPortalEntries()).map((e) => e.profile.id)).toEqual(['district', 'canvas']);
    db.close();
  });

  test('district auto-record values take precedence and are reported as managed', () => {
    expect(mergeAutoRecord({ chatgpt: true, claude: true }, { autoRecord: { chatgpt: false } })).toEqual({
      value: { chatgpt: false, claude: true },
      managedSites: ['chatgpt'],
    });
  });
});

describe('download-only file names', () => {
  const values = {
    teacherName: 'Ana María Rivera',
    credential: 'AI Foundations',
    title: 'Rubric: fractions?',
    level: 'beginner',
    date: new Date(2026, 10, 5),
  };
  test.each([
    ['{lastName}_{credential}_{date}.pdf', 'Rivera_AI Foundations_2026-11-05.pdf'],
    ['{firstName}-{title}', 'Ana-Rubric fractions.pdf'],
    ['{unknown}_{level}.PDF', '{unknown}_beginner.PDF'],
    ['{lastName}/../{date}', 'Rivera..2026-11-05.pdf'],
  ])('%s → %s', (pattern, expected) => {
    expect(expandFilenamePattern(pattern, values)).toBe(expected);
  });
  test('an empty teacher name does not leave a leading underscore', () => {
    expect(expandFilenamePattern('{lastName}_{credential}_{date}.pdf', { ...values, teacherName: '' })).toBe(
      'AI Foundations_2026-11-05.pdf',
    );
  });
});
