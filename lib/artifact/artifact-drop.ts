import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { ArtifactSource } from '../model/trace';

/**
 * The last "Use as final artifact": which trace it went into and what the artifact was before, so the panel can
 * offer Undo ("Final artifact set in “Fractions warm-up” — Undo") even when it opened only afterwards.
 * In storage.session: extension contexts only, gone when the browser closes.
 */
export const ArtifactDrop = z.object({
  traceId: z.string(),
  traceTitle: z.string(),
  source: ArtifactSource,
  previous: z.object({ finalArtifact: z.string(), artifactSource: z.nullable(ArtifactSource) }),
  at: z.number(),
});
export type ArtifactDrop = z.infer<typeof ArtifactDrop>;

export const artifactDropItem = storage.defineItem<ArtifactDrop | null>('session:artifactDrop', { fallback: null });

export async function readArtifactDrop(): Promise<ArtifactDrop | null> {
  const parsed = ArtifactDrop.safeParse(await artifactDropItem.getValue());
  return parsed.success ? parsed.data : null;
}
