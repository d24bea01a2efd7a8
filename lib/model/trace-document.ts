import * as z from 'zod/mini';
import { SiteId } from './site';
import { Level, Mark, Reflection, ResponsibleUse, TraceStatus, Verified } from './trace';

/** The version tag every trace document carries. A breaking change gets a new tag, never an edit of this one. */
export const traceDocumentSchemaId = 'showwork.trace/1';

/** ISO 8601 instant in UTC, e.g. 2026-11-23T10:15:00.000Z. */
const IsoDateTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/));

export const TraceDocumentTeacher = z.object({
  name: z.string(),
  school: z.string(),
  district: z.string(),
});

export const TraceDocumentCredential = z.object({
  frameworkId: z.string(),
  frameworkName: z.string(),
  frameworkVersion: z.string(),
  credentialId: z.nullable(z.string()),
  credentialName: z.nullable(z.string()),
  competencyId: z.nullable(z.string()),
  competencyName: z.nullable(z.string()),
  level: z.nullable(Level),
  levelName: z.nullable(z.string()),
});

/** One AI conversation the trace draws on: which tool, which model, when it was captured. */
export const TraceDocumentConversation = z.object({
  id: z.string(),
  site: SiteId,
  /** Human name of the AI tool ("ChatGPT"). */
  toolName: z.string(),
  /** The model the page showed, or null when it did not say. */
  model: z.nullable(z.string()),
  title: z.string(),
  url: z.string(),
  firstCapturedAt: IsoDateTime,
  lastCapturedAt: IsoDateTime,
});

/** One prompt (role "user") or AI output (role "assistant"), in the order the trace lists them. */
export const TraceDocumentTurn = z.object({
  turnId: z.string(),
  conversationId: z.string(),
  /** Place in its conversation, from 0. */
  ordinal: z.number().check(z.int(), z.nonnegative()),
  role: z.enum(['user', 'assistant']),
  text: z.string(),
  markdown: z.string(),
  capturedAt: IsoDateTime,
  /** The teacher's mark on an AI output; null for prompts and unmarked outputs. */
  mark: z.nullable(Mark),
  /** The teacher's "why" for the mark; empty when none. */
  note: z.string(),
});

export const TraceDocumentDiffOp = z.object({
  op: z.enum(['equal', 'insert', 'delete']),
  text: z.string(),
});

/** How the final artifact differs from the AI output it came from (word diff). */
export const TraceDocumentEdits = z.object({
  /** The AI output(s) compared with the artifact, in trace order. */
  sourceTurnIds: z.array(z.string()),
  /** True when the teacher chose the source; false when it was picked automatically by best match. */
  sourceChosenByTeacher: z.boolean(),
  figures: z.object({
    wordsKept: z.number().check(z.int(), z.nonnegative()),
    wordsAdded: z.number().check(z.int(), z.nonnegative()),
    wordsRemoved: z.number().check(z.int(), z.nonnegative()),
    /** wordsAdded / words in the artifact, 0..1. */
    teacherAuthoredShare: z.number().check(z.gte(0), z.lte(1)),
  }),
  ops: z.array(TraceDocumentDiffOp),
  /** True when the diff hit its time budget and is coarser than it could be (still correct). */
  timedOut: z.boolean(),
});

/**
 * The one document every export renders (PDF, JSON, Markdown, Open Badges evidence) and portals receive.
 * Documented field by field in docs/trace-document.md; this zod schema is the single source.
 */
export const TraceDocument = z.object({
  schema: z.literal(traceDocumentSchemaId),
  traceId: z.string(),
  title: z.string(),
  status: TraceStatus,
  /** BCP 47 tag of the language the teacher used ShowWork in when exporting; exports label sections in it. */
  language: z.string().check(z.minLength(2), z.maxLength(35)),
  teacher: TraceDocumentTeacher,
  credential: TraceDocumentCredential,
  /** The AI tools used, one entry per tool, with every model seen. */
  tools: z.array(z.object({ site: SiteId, name: z.string(), models: z.array(z.string()) })),
  conversations: z.array(TraceDocumentConversation),
  turns: z.array(TraceDocumentTurn),
  finalArtifact: z.string(),
  /**
   * The page the final artifact was taken from ("Use as final artifact"): its title, address and when.
   * Absent when the teacher typed or pasted it.
   */
  artifactSource: z.optional(z.object({ title: z.string(), url: z.string(), capturedAt: IsoDateTime })),
  /** Null when there is no artifact or no AI output to compare it with. */
  edits: z.nullable(TraceDocumentEdits),
  reflection: Reflection,
  verified: Verified,
  responsibleUse: ResponsibleUse,
  implementationNotes: z.string(),
  studentImpact: z.string(),
  readinessNote: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  exportedAt: IsoDateTime,
  generator: z.object({ name: z.literal('ShowWork'), version: z.string() }),
  /** Whether likely student data was replaced in this copy, and how many distinct items. The stored trace is never changed. */
  redaction: z.object({
    applied: z.boolean(),
    itemCount: z.number().check(z.int(), z.nonnegative()),
  }),
});
export type TraceDocument = z.infer<typeof TraceDocument>;
export type TraceDocumentTurn = z.infer<typeof TraceDocumentTurn>;
export type TraceDocumentConversation = z.infer<typeof TraceDocumentConversation>;
export type TraceDocumentEdits = z.infer<typeof TraceDocumentEdits>;
