import * as z from 'zod/mini';
import { Level } from './trace';

/** What evidence a level asks for, beyond the artifact and reflection every level needs. */
export const LevelRequirement = z.object({
  id: Level,
  name: z.string().check(z.minLength(1)),
  description: z.string(),
  requiresImplementationNotes: z.boolean(),
  requiresStudentImpact: z.boolean(),
});

export const Credential = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
  competencyIds: z.array(z.string()),
});

export const Competency = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
});

/** A credential framework: the built-in district default or one a district imports as JSON. */
export const Framework = z.object({
  schema: z.literal('showwork.framework/1'),
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  version: z.string(),
  credentials: z.array(Credential).check(z.minLength(1)),
  competencies: z.array(Competency).check(z.minLength(1)),
  levels: z.array(LevelRequirement).check(z.minLength(1)),
});
export type Framework = z.infer<typeof Framework>;
