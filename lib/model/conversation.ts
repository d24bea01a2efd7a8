import * as z from 'zod/mini';
import { SiteId } from './site';
import { ExtractedTurn, limits } from './turn';

/**
 * Which reader produced a conversation: a site adapter (`site`) or the structural reader (`structural`), used on
 * sites with no adapter and as the fallback when a known site's adapter reads nothing or something implausible.
 * Records made before readers were recorded have none (they were read by a site adapter or a selection).
 */
export const ReaderId = z.enum(['site', 'structural']);
export type ReaderId = z.infer<typeof ReaderId>;

/** What an adapter (or a selection capture) reads from one page: the conversation and its ordered turns. */
export const ExtractedConversation = z.object({
  site: SiteId,
  /** The site's own id for the conversation (from the URL), or a stable id derived from the page URL. */
  externalId: z.string().check(z.minLength(1), z.maxLength(limits.maxUrlChars)),
  url: z.string().check(z.maxLength(limits.maxUrlChars)),
  title: z.string().check(z.maxLength(limits.maxTitleChars)),
  /** The model name where the page shows it ("GPT-5", "Claude Opus 4.5"); absent when the page does not say. */
  model: z.optional(z.string().check(z.maxLength(200))),
  turns: z.array(ExtractedTurn).check(z.maxLength(limits.maxTurns)),
  reader: z.optional(ReaderId),
});
export type ExtractedConversation = z.infer<typeof ExtractedConversation>;

export const StoredConversation = z.object({
  id: z.string(),
  site: SiteId,
  externalId: z.string(),
  url: z.string(),
  title: z.string(),
  model: z.optional(z.string()),
  turnCount: z.number(),
  firstCapturedAt: z.number(),
  lastCapturedAt: z.number(),
  /** The reader of the latest capture; absent on records from 0.1.0. */
  reader: z.optional(ReaderId),
});
export type StoredConversation = z.infer<typeof StoredConversation>;
