import * as z from 'zod/mini';

export const Mark = z.enum(['accepted', 'rejected', 'revised']);
export type Mark = z.infer<typeof Mark>;

export const Level = z.enum(['beginner', 'developing', 'proficient']);
export type Level = z.infer<typeof Level>;

export const TraceStatus = z.enum(['draft', 'ready']);
export type TraceStatus = z.infer<typeof TraceStatus>;

/** A turn chosen into a trace. Traces point at stored turns; a trace may gather turns from several conversations. */
export const TraceItem = z.object({
  turnId: z.string(),
  conversationId: z.string(),
});
export type TraceItem = z.infer<typeof TraceItem>;

export const OutputMark = z.object({
  mark: Mark,
  /** The teacher's optional "why". */
  note: z.string(),
});
export type OutputMark = z.infer<typeof OutputMark>;

export const Reflection = z.object({
  learningGoal: z.string(),
  whatChanged: z.string(),
  risk: z.string(),
  benefit: z.string(),
  safeguard: z.string(),
});
export type Reflection = z.infer<typeof Reflection>;

/** What the teacher says they checked in the AI output. */
export const Verified = z.object({
  accuracy: z.boolean(),
  bias: z.boolean(),
  alignment: z.boolean(),
});
export type Verified = z.infer<typeof Verified>;

/** The non-negotiables on every trace (district model). */
export const ResponsibleUse = z.object({
  outputVerified: z.boolean(),
  noStudentData: z.boolean(),
  humanReview: z.boolean(),
  aiUseDisclosed: z.boolean(),
});
export type ResponsibleUse = z.infer<typeof ResponsibleUse>;

/**
 * Where the final artifact was taken from when the teacher used "Use as final artifact" on a page: that page's
 * title and address, and when. Text only; printed on the PDF as the artifact's source.
 */
export const ArtifactSource = z.object({
  title: z.string().check(z.maxLength(500)),
  url: z.string().check(z.maxLength(4000)),
  capturedAt: z.number(),
});
export type ArtifactSource = z.infer<typeof ArtifactSource>;

/** The teacher's evidence, as stored in the `traces` table. */
export const Trace = z.object({
  id: z.string(),
  title: z.string(),
  status: TraceStatus,
  createdAt: z.number(),
  updatedAt: z.number(),
  frameworkId: z.string(),
  credentialId: z.nullable(z.string()),
  competencyId: z.nullable(z.string()),
  level: z.nullable(Level),
  items: z.array(TraceItem),
  /** Marks keyed by the AI output's turn id. */
  marks: z.record(z.string(), OutputMark),
  finalArtifact: z.string(),
  /** Turn ids of the AI output(s) the artifact came from; null = chosen automatically by best match. */
  artifactSourceTurnIds: z.nullable(z.array(z.string())),
  /** The page the final artifact was taken from; absent or null when it was typed or pasted (and on 0.1.0 records). */
  artifactSource: z.optional(z.nullable(ArtifactSource)),
  reflection: Reflection,
  verified: Verified,
  responsibleUse: ResponsibleUse,
  /** Classroom implementation notes (developing and proficient levels). */
  implementationNotes: z.string(),
  /** Student-impact evidence (developing and proficient levels). */
  studentImpact: z.string(),
  /** When the teacher marks a trace ready with something missing, the reason they give. */
  readinessNote: z.string(),
  /**
   * When each top-level field was last written, so two panels on one trace merge per field
   * (last write per field wins) instead of one overwriting the whole record.
   */
  fieldUpdatedAt: z.record(z.string(), z.number()),
});
export type Trace = z.infer<typeof Trace>;
