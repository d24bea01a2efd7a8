import * as z from 'zod/mini';
import type { DiffOp, EditFigures } from './diff';

/** Side panel → diff worker. */
export const DiffWorkerRequest = z.object({
  id: z.number(),
  aiOutput: z.string(),
  finalArtifact: z.string(),
  timeoutMs: z.number(),
});
export type DiffWorkerRequest = z.infer<typeof DiffWorkerRequest>;

/** Diff worker → side panel. */
export interface DiffWorkerResponse {
  id: number;
  result: { ops: DiffOp[]; figures: EditFigures; timedOut: boolean };
}
