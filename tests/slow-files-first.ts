import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * A Vitest sequencer that starts the named slow test files first, in the order given, ahead of every other file of
 * their sequence group (sequence.groupOrder is kept). Two workers share the files: a slow file started last keeps
 * one worker busy while the other has nothing left to do, and on a clean clone (no results cache of an earlier
 * run) Vitest's own order is by file size, which put the unit suite's slowest file 216th of 221. The other files
 * keep Vitest's order.
 *
 * `slowFiles` are paths from the repository root, slowest first (each config says where its figures come from).
 */
export function slowFilesFirst(slowFiles: readonly string[]): typeof BaseSequencer {
  return class SlowFilesFirst extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      const sorted = await super.sort(files);
      const rank = (spec: TestSpecification) => {
        const index = slowFiles.indexOf(relative(this.ctx.config.root, spec.moduleId).replaceAll('\\', '/'));
        return index === -1 ? slowFiles.length : index;
      };
      const position = new Map(sorted.map((spec, index) => [spec, index]));
      return [...sorted].sort(
        (a, b) =>
          a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder ||
          rank(a) - rank(b) ||
          position.get(a)! - position.get(b)!,
      );
    }
  };
}
