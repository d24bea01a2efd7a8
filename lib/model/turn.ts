import * as z from 'zod/mini';

export const Role = z.enum(['user', 'assistant']);
export type Role = z.infer<typeof Role>;

/**
 * Upper bounds that keep one hostile or runaway page from filling the disk or the message channel.
 * 2 MB of text is roughly 300,000 words: far beyond any real answer.
 */
export const limits = {
  maxTurnChars: 2_000_000,
  maxTurns: 5_000,
  maxTitleChars: 500,
  maxUrlChars: 4_000,
} as const;

/** One prompt or AI output as an adapter reads it from a page: plain text and Markdown, never HTML. */
export const ExtractedTurn = z.object({
  role: Role,
  text: z.string().check(z.maxLength(limits.maxTurnChars)),
  markdown: z.string().check(z.maxLength(limits.maxTurnChars)),
});
export type ExtractedTurn = z.infer<typeof ExtractedTurn>;

/** A turn as stored in IndexedDB. `ordinal` is its place in the conversation, from 0. */
export const StoredTurn = z.object({
  id: z.string(),
  conversationId: z.string(),
  ordinal: z.number().check(z.int(), z.nonnegative()),
  role: Role,
  text: z.string(),
  markdown: z.string(),
  contentHash: z.string(),
  capturedAt: z.number(),
  updatedAt: z.number(),
  /** Earlier texts of this turn, kept when a regenerated or edited answer replaced it on a re-capture. */
  previousVersions: z.array(
    z.object({ text: z.string(), markdown: z.string(), contentHash: z.string(), replacedAt: z.number() }),
  ),
});
export type StoredTurn = z.infer<typeof StoredTurn>;
