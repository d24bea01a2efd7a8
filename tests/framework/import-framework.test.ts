import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ShowWorkDatabase } from '../../lib/db/schema';
import { defaultFramework, defaultFrameworkId } from '../../lib/framework/default-framework';
import {
  activeFrameworkIdItem,
  getActiveFramework,
  listFrameworks,
  removeFramework,
} from '../../lib/framework/active-framework';
import {
  describeFrameworkProblem,
  importFrameworkFile,
  parseFrameworkFile,
} from '../../lib/framework/import-framework';
import { Framework } from '../../lib/model/framework';

const examplePath = resolve(import.meta.dirname, '../fixtures/frameworks/example-district.json');
const exampleText = readFileSync(examplePath, 'utf8');

let db: ShowWorkDatabase;
beforeEach(() => {
  db = new ShowWorkDatabase(`framework-test-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** The example file with one line replaced, so each bad file differs from a good one in a known place. */
function exampleWithLine(lineNumber: number, replacement: string): string {
  const lines = exampleText.split('\n');
  lines[lineNumber - 1] = replacement;
  return lines.join('\n');
}

describe('the built-in default framework', () => {
  test('is valid against the schema, with the district credentials, competencies and levels', () => {
    expect(Framework.safeParse(defaultFramework).success).toBe(true);
    expect(defaultFramework.id).toBe(defaultFrameworkId);
    expect(defaultFramework.credentials.map((c) => c.name)).toEqual([
      'AI Foundations for Educators',
      'AI for Planning and Differentiation',
      'AI for Feedback, Assessment, and Reflection',
      'Responsible Classroom AI Implementation',
    ]);
    expect(defaultFramework.competencies.map((c) => c.name)).toEqual([
      'AI literacy',
      'Instructional application',
      'Responsible use',
      'Reflection and adaptation',
    ]);
    expect(defaultFramework.levels.map((l) => [l.id, l.requiresImplementationNotes, l.requiresStudentImpact])).toEqual([
      ['beginner', false, false],
      ['developing', true, true],
      ['proficient', true, true],
    ]);
  });
});

describe('parseFrameworkFile', () => {
  test('the documented example file is accepted', () => {
    const result = parseFrameworkFile(exampleText);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.framework.credentials).toHaveLength(2);
  });

  test('a missing required field is named with the line of its object', () => {
    // Line 15 is `"name": "AI-Supported Feedback",` inside credentials[1], which starts on line 13.
    const text = exampleWithLine(15, '');
    const result = parseFrameworkFile(text);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'field', field: 'credentials[1].name', line: 13 } });
    if (!result.ok) {
      expect(describeFrameworkProblem(result.problem)).toBe(
        'Problem in field “credentials[1].name” on line 13: it is missing. Nothing was imported.',
      );
    }
  });

  test('a wrong type is named with its own line', () => {
    const text = exampleWithLine(37, '      "requiresImplementationNotes": "yes",');
    const result = parseFrameworkFile(text);
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: 'field', field: 'levels[1].requiresImplementationNotes', line: 37 },
    });
    if (!result.ok) expect(describeFrameworkProblem(result.problem)).toContain('of type boolean');
  });

  test('a level outside beginner/developing/proficient lists the allowed values', () => {
    const text = exampleWithLine(34, '      "id": "expert",');
    const result = parseFrameworkFile(text);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'field', field: 'levels[1].id', line: 34 } });
    if (!result.ok) expect(describeFrameworkProblem(result.problem)).toContain('beginner, developing, proficient');
  });

  test('a credential pointing at a competency that does not exist', () => {
    const text = exampleWithLine(16, '      "competencyIds": ["instruction", "ethic", "reflection"]');
    const result = parseFrameworkFile(text);
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: 'field', field: 'credentials[1].competencyIds[1]', line: 16 },
    });
    if (!result.ok) expect(describeFrameworkProblem(result.problem)).toContain('“ethic”');
  });

  test('duplicate ids and the reserved default id are refused', () => {
    expect(parseFrameworkFile(exampleWithLine(21, '    { "id": "literacy", "name": "Again" },'))).toMatchObject({
      ok: false,
      problem: { field: 'competencies[1].id', line: 21, problem: { code: 'duplicate-id', id: 'literacy' } },
    });
    expect(parseFrameworkFile(exampleWithLine(3, `  "id": "${defaultFrameworkId}",`))).toMatchObject({
      ok: false,
      problem: { field: 'id', line: 3, problem: { code: 'reserved-id' } },
    });
  });

  test('invalid JSON gives the line and column of the syntax error', () => {
    const text = exampleWithLine(5, '  "version": "2026.1"'); // comma removed at the end of line 5
    const result = parseFrameworkFile(text);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'syntax', line: 6, column: 3 } });
    if (!result.ok)
      expect(describeFrameworkProblem(result.problem)).toMatch(/^This file is not valid JSON: line 6, column 3 /);
  });

  test('the wrong schema marker', () => {
    expect(parseFrameworkFile(exampleWithLine(2, '  "schema": "showwork.framework/2",'))).toMatchObject({
      ok: false,
      problem: { field: 'schema', line: 2, problem: { code: 'not-allowed', allowed: ['showwork.framework/1'] } },
    });
  });
});

describe('importFrameworkFile', () => {
  test('a good file is stored and becomes the active framework', async () => {
    const result = await importFrameworkFile(db, exampleText);
    expect(result).toMatchObject({ ok: true, replaced: false });
    expect((await getActiveFramework(db)).id).toBe('riverside-usd-2026');
    expect((await listFrameworks(db)).map((f) => f.id)).toEqual([defaultFrameworkId, 'riverside-usd-2026']);
    // A second import of the same id replaces it.
    expect(await importFrameworkFile(db, exampleText.replace('"2026.1"', '"2026.2"'))).toMatchObject({
      ok: true,
      replaced: true,
    });
    expect((await db.frameworks.get('riverside-usd-2026'))?.version).toBe('2026.2');
    expect(await db.frameworks.count()).toBe(1);
  });

  test('a bad file changes nothing: no row, active framework unchanged', async () => {
    await importFrameworkFile(db, exampleText);
    const before = await db.frameworks.toArray();
    const bad = exampleText.replace('"2026.1"', '"2026.9"').replace('"Teaching with AI"', '""');
    const result = await importFrameworkFile(db, bad);
    expect(result).toMatchObject({ ok: false, problem: { field: 'competencies[1].name', line: 21 } });
    expect(await db.frameworks.toArray()).toEqual(before);
    expect(await activeFrameworkIdItem.getValue()).toBe('riverside-usd-2026');
  });

  test('removing the active framework falls back to the default; the default cannot be removed', async () => {
    await importFrameworkFile(db, exampleText);
    await removeFramework(db, 'riverside-usd-2026');
    expect((await getActiveFramework(db)).id).toBe(defaultFrameworkId);
    await removeFramework(db, defaultFrameworkId);
    expect((await listFrameworks(db))[0]?.id).toBe(defaultFrameworkId);
  });
});

describe('docs/framework.md', () => {
  const docs = readFileSync(resolve(import.meta.dirname, '../../docs/framework.md'), 'utf8');

  test('its example is the fixture file, and is accepted', () => {
    const block = /```json\n([\s\S]*?)```/.exec(docs)?.[1];
    expect(block).toBeDefined();
    expect(JSON.parse(block!)).toEqual(JSON.parse(exampleText));
  });

  test('its sample error message is what the import really says', () => {
    const bad = exampleWithLine(16, '      "competencyIds": ["instruction", "ethic", "reflection"]');
    const result = parseFrameworkFile(bad);
    if (result.ok) throw new Error('expected a problem');
    expect(docs).toContain(describeFrameworkProblem(result.problem));
  });
});
