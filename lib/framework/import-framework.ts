import { Framework } from '../model/framework';
import type { ShowWorkDatabase } from '../db/schema';
import { t } from '../i18n/t';
import { defaultFrameworkId } from './default-framework';
import { parseJsonWithPositions, type JsonPath } from './json-positions';
import { setActiveFrameworkId } from './active-framework';

/** Far above any real framework (the default is ~3 KB); keeps a wrong file from stalling the options page. */
export const maxFrameworkFileBytes = 1_000_000;

/** Why a field is wrong, in terms a district IT person can act on. */
export type FieldProblem =
  | { code: 'missing' }
  | { code: 'wrong-type'; expected: string }
  | { code: 'empty' }
  | { code: 'too-few'; minimum: number }
  | { code: 'not-allowed'; allowed: string[] }
  | { code: 'duplicate-id'; id: string }
  | { code: 'unknown-competency'; id: string }
  | { code: 'reserved-id'; id: string }
  | { code: 'invalid' };

export type FrameworkImportProblem =
  | { kind: 'too-large'; maxBytes: number }
  | { kind: 'syntax'; line: number; column: number; detail: string }
  | { kind: 'field'; field: string; line: number; column: number; problem: FieldProblem };

export type FrameworkParseResult = { ok: true; framework: Framework } | { ok: false; problem: FrameworkImportProblem };

/** "credentials[2].name" */
export function formatJsonPath(path: JsonPath): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || '(file)';
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  expected?: unknown;
  minimum?: unknown;
  values?: unknown[];
  origin?: string;
}

function fieldProblemOf(issue: ZodIssueLike, input: unknown): FieldProblem {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, path) === undefined
        ? { code: 'missing' }
        : { code: 'wrong-type', expected: String(issue.expected) };
    case 'too_small':
      if (issue.origin === 'string') return { code: 'empty' };
      return { code: 'too-few', minimum: Number(issue.minimum) };
    case 'invalid_value':
      return { code: 'not-allowed', allowed: (issue.values ?? []).map(String) };
    default:
      return { code: 'invalid' };
  }
}

/** Rules zod's shape can't say: ids unique, credentials point at competencies that exist, no reserved id. */
function checkReferences(framework: Framework): { path: JsonPath; problem: FieldProblem } | null {
  if (framework.id === defaultFrameworkId) return { path: ['id'], problem: { code: 'reserved-id', id: framework.id } };
  for (const list of ['credentials', 'competencies', 'levels'] as const) {
    const seen = new Set<string>();
    for (const [index, entry] of framework[list].entries()) {
      if (seen.has(entry.id)) return { path: [list, index, 'id'], problem: { code: 'duplicate-id', id: entry.id } };
      seen.add(entry.id);
    }
  }
  const competencyIds = new Set(framework.competencies.map((c) => c.id));
  for (const [ci, credential] of framework.credentials.entries()) {
    for (const [k, id] of credential.competencyIds.entries()) {
      if (!competencyIds.has(id)) {
        return { path: ['credentials', ci, 'competencyIds', k], problem: { code: 'unknown-competency', id } };
      }
    }
  }
  return null;
}

/**
 * Reads a district framework file: JSON syntax, then the Framework schema, then cross-references.
 * The first problem found is returned with the field's path and the line it is on.
 */
export function parseFrameworkFile(text: string): FrameworkParseResult {
  if (new Blob([text]).size > maxFrameworkFileBytes) {
    return { ok: false, problem: { kind: 'too-large', maxBytes: maxFrameworkFileBytes } };
  }
  const json = parseJsonWithPositions(text);
  if (!json.ok) {
    return { ok: false, problem: { kind: 'syntax', ...json.position, detail: json.message } };
  }
  const parsed = Framework.safeParse(json.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as unknown as ZodIssueLike;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    return {
      ok: false,
      problem: {
        kind: 'field',
        field: formatJsonPath(path),
        ...json.locate(path),
        problem: fieldProblemOf(issue, json.value),
      },
    };
  }
  const reference = checkReferences(parsed.data);
  if (reference) {
    return {
      ok: false,
      problem: {
        kind: 'field',
        field: formatJsonPath(reference.path),
        ...json.locate(reference.path),
        problem: reference.problem,
      },
    };
  }
  return { ok: true, framework: parsed.data };
}

/** The teacher-facing sentence for an import problem (translated). */
export function describeFrameworkProblem(problem: FrameworkImportProblem): string {
  switch (problem.kind) {
    case 'too-large':
      return t('editor_frameworkTooLarge', Math.round(problem.maxBytes / 1000));
    case 'syntax':
      return t('editor_frameworkSyntaxError', problem.line, problem.column, problem.detail);
    case 'field':
      return t('editor_frameworkFieldError', problem.field, problem.line, describeFieldProblem(problem.problem));
  }
}

function describeFieldProblem(problem: FieldProblem): string {
  switch (problem.code) {
    case 'missing':
      return t('editor_frameworkProblemMissing');
    case 'wrong-type':
      return t('editor_frameworkProblemWrongType', problem.expected);
    case 'empty':
      return t('editor_frameworkProblemEmpty');
    case 'too-few':
      return t('editor_frameworkProblemTooFew', problem.minimum);
    case 'not-allowed':
      return t('editor_frameworkProblemNotAllowed', problem.allowed.join(', '));
    case 'duplicate-id':
      return t('editor_frameworkProblemDuplicateId', problem.id);
    case 'unknown-competency':
      return t('editor_frameworkProblemUnknownCompetency', problem.id);
    case 'reserved-id':
      return t('editor_frameworkProblemReservedId', problem.id);
    case 'invalid':
      return t('editor_frameworkProblemInvalid');
  }
}

export type FrameworkImportResult =
  { ok: true; framework: Framework; replaced: boolean } | { ok: false; problem: FrameworkImportProblem };

/**
 * Validates and stores a district framework, and makes it the active one. A file with any problem changes
 * nothing. Importing a framework whose id is already stored replaces it (a district's new version).
 */
export async function importFrameworkFile(db: ShowWorkDatabase, text: string): Promise<FrameworkImportResult> {
  const parsed = parseFrameworkFile(text);
  if (!parsed.ok) return parsed;
  const replaced = (await db.frameworks.get(parsed.framework.id)) !== undefined;
  await db.frameworks.put(parsed.framework);
  await setActiveFrameworkId(parsed.framework.id);
  return { ok: true, framework: parsed.framework, replaced };
}
