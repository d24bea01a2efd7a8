import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { readManagedPolicy, type ManagedPolicy } from './managed';

/** Longest retention a teacher can type: ten years. */
export const maxRetentionDays = 3650;

export const RetentionDays = z.number().check(z.int(), z.minimum(0), z.maximum(maxRetentionDays));

/** Days after which conversations and traces are removed; 0 = keep everything (the default). */
export const retentionDaysItem = storage.defineItem<number>('local:retentionDays', { fallback: 0, version: 1 });

/** The retention in force: the district's when policy sets one, else the teacher's. */
export async function readEffectiveRetention(policy?: ManagedPolicy): Promise<{ days: number; isManaged: boolean }> {
  const managed = (policy ?? (await readManagedPolicy())).retentionDays;
  if (managed !== undefined) return { days: managed, isManaged: true };
  const parsed = RetentionDays.safeParse(await retentionDaysItem.getValue());
  return { days: parsed.success ? parsed.data : 0, isManaged: false };
}
