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

/** A turn's content as a reader captured it. */
export const CapturedContent = z.object({ role: Role, text: z.string(), markdown: z.string() });
export type CapturedContent = z.infer<typeof CapturedContent>;

/**
 * The teacher's corrections to a turn a reader got wrong (side panel → conversation → Fix turn). Fixes live on
 * the turn itself, by id, so a re-capture (which keeps ids) re-applies them instead of undoing them.
 */
export const TurnFix = z.object({
  /** The role the teacher gave the turn, when the reader read it as the other one. */
  role: z.optional(Role),
  /** When the teacher removed the turn as page chrome. It stays stored, hidden, so it can be restored. */
  removedAt: z.optional(z.number()),
  /** The turn this one was merged into: hidden here, its text is part of that turn's. */
  mergedInto: z.optional(z.string()),
  /** The turns merged into this one, in order: their text follows this turn's own. */
  mergedTurnIds: z.optional(z.array(z.string())),
});
export type TurnFix = z.infer<typeof TurnFix>;

/**
 * A turn as stored in IndexedDB. `ordinal` is its place in the conversation, from 0.
 * `role`, `text` and `markdown` are what everything shows and exports: the captured content with the teacher's
 * fixes applied. `contentHash` is always the hash of the captured content, so re-captures match it.
 */
export const StoredTurn = z.object({
  id: z.string(),
  conversationId: z.string(),
  // Pure: the content script imports this module for ExtractedTurn and need not keep StoredTurn's check.
  ordinal: /* @__PURE__ */ z.number().check(z.int(), z.nonnegative()),
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
  /** The teacher's fixes; absent on turns never fixed (and on every record from before 0.2.0). */
  fix: z.optional(TurnFix),
  /** The captured content, present only while fixes make the shown content differ from it. */
  captured: z.optional(CapturedContent),
});
export type StoredTurn = z.infer<typeof StoredTurn>;
