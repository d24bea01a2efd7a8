import { expect, test } from 'vitest';
import type { TestSpecification, Vitest } from 'vitest/node';
import { slowFilesFirst } from '../slow-files-first';

const root = '/repo';

/** A test file of a project, as the sequencer sees it (only what sorting reads). */
function spec(path: string, project: string, groupOrder: number): TestSpecification {
  return {
    moduleId: `${root}/${path}`,
    project: { name: project, config: { isolate: true, sequence: { groupOrder } } },
  } as unknown as TestSpecification;
}

// No results cache and no file stats, as on a clean clone: Vitest's own order keeps the files as given.
const vitest = {
  config: { root },
  cache: { getFileTestResults: () => undefined, getFileStats: () => undefined },
} as unknown as Vitest;

const pathsOf = (files: TestSpecification[]) => files.map((file) => file.moduleId.slice(root.length + 1));

test('the named files start first, slowest first, each within its own sequence group; the others keep their order', async () => {
  const Sequencer = slowFilesFirst(['tests/b-slow.test.ts', 'tests/a-slower.test.ts', 'tests/alone-slow.test.ts']);
  const files = [
    spec('tests/one.test.ts', 'unit', 1),
    spec('tests/a-slower.test.ts', 'unit', 1),
    spec('tests/alone.test.ts', 'alone', 2),
    spec('tests/two.test.ts', 'unit', 1),
    spec('tests/alone-slow.test.ts', 'alone', 2),
    spec('tests/b-slow.test.ts', 'node', 1),
    spec('tests/three.test.ts', 'unit', 1),
  ];
  const sorted = await new Sequencer(vitest).sort(files);
  expect(pathsOf(sorted)).toEqual([
    'tests/b-slow.test.ts',
    'tests/a-slower.test.ts',
    'tests/one.test.ts',
    'tests/two.test.ts',
    'tests/three.test.ts',
    'tests/alone-slow.test.ts',
    'tests/alone.test.ts',
  ]);
});
