import * as z from 'zod/mini';
import { ExtractedConversation } from '../model/conversation';
import { ExtractedTurn, limits, Role } from '../model/turn';

/**
 * Every message between ShowWork's contexts. Names say their direction:
 * `content→background:*` is sent by the content script on an AI chat page,
 * `background→content:*` by the service worker to the content script of one tab.
 * Both ends parse with these schemas; nothing typed only by an interface crosses a boundary.
 */

export const CaptureTrigger = z.enum(['button', 'action', 'shortcut', 'menu', 'auto']);
export type CaptureTrigger = z.infer<typeof CaptureTrigger>;

/**
 * An array of numbers, checked in one loop that allocates nothing. A first 400-turn capture sends ~100,000 of them
 * (the texts' pieces); `z.array(z.number())` made two objects per number and, with the garbage they left, was the
 * worker's largest cost while the capture's parts crossed (~700 ms of a CPU profile at load ~17, 2026-12-02). What
 * the numbers may be (integers, within the Markdown and the literals) is checked as the text is rebuilt
 * (lib/messaging/text-from-markdown.ts), which refuses the message otherwise.
 */
function isNumberArray(value: unknown): value is number[] {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== 'number') return false;
  return true;
}

/**
 * A captured turn as it crosses to the background: its Markdown, and its plain text either as is or as pieces of
 * the Markdown (`textPieces`, lib/messaging/text-from-markdown.ts: ~40 % less message on the bench's pages). The
 * background rebuilds the text (lib/background/turns-from-the-wire.ts) before anything else reads the turn.
 */
export const TurnOnTheWire = z.extend(z.partial(ExtractedTurn, { text: true }), {
  textPieces: z.optional(z.object({ ranges: z.custom<number[]>(isNumberArray), literals: z.string() })),
});
export type TurnOnTheWire = z.infer<typeof TurnOnTheWire>;

/**
 * A turn the background already stored for this conversation, sent by its content hash instead of its content
 * (lib/content/send-with-references.ts). The background stores the capture only if the stored turn at that place
 * has that hash; otherwise it answers `stale-references` with the turns that did not hold, and stores nothing; the
 * page sends those turns whole.
 */
// Pure (like the schemas below it): the content script, which only sends these, need not carry them.
export const TurnReference = /* @__PURE__ */ z.object({
  role: Role,
  contentHash: /* @__PURE__ */ z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type TurnReference = z.infer<typeof TurnReference>;

/**
 * A turn of this capture the page sent ahead in a part (CapturePartRequest with the capture's `captureId`): the
 * background takes it from there. When the part never arrived (the worker restarted), the background answers
 * `stale-references` naming it, stores nothing, and the page sends it whole.
 */
export const StagedTurn = /* @__PURE__ */ z.object({
  role: Role,
  /** The number it was sent ahead under (CapturePartRequest's `at`). */
  staged: /* @__PURE__ */ z.number().check(z.int(), z.nonnegative()),
});
export type StagedTurn = z.infer<typeof StagedTurn>;

/**
 * The longest id a capture's parts are filed under: the page's crypto.randomUUID() (36 characters) fits.
 * Pure, like the schemas below: only the pre-reader's bundle and the worker need them.
 */
const CaptureId = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(64));

/** content → background: store this conversation (merge with what is already stored). */
export const CaptureConversationRequest = z.object({
  type: z.literal('content→background:capture-conversation'),
  trigger: CaptureTrigger,
  /** Present when some turns were sent ahead in parts (StagedTurn). */
  captureId: /* @__PURE__ */ z.optional(CaptureId),
  // At most limits.maxTurns turns: checked as the texts are rebuilt (lib/background/turns-from-the-wire.ts).
  conversation: /* @__PURE__ */ z.extend(ExtractedConversation, {
    turns: /* @__PURE__ */ z.array(/* @__PURE__ */ z.union([TurnReference, TurnOnTheWire, StagedTurn])),
  }),
});
export type CaptureConversationRequest = z.infer<typeof CaptureConversationRequest>;

/**
 * content → background: some of a capture's whole turns, sent at the click just before the capture itself
 * (lib/content/send-with-references.ts), so the worker rebuilds and hashes them while the next part crosses
 * (lib/background/staged-capture-parts.ts). Kept in the worker's memory only, for the capture message from the
 * same frame that names `captureId`; nothing is stored before that message, and nothing is sent before the click.
 */
export const CapturePartRequest = /* @__PURE__ */ z.object({
  type: z.literal('content→background:capture-part'),
  captureId: CaptureId,
  /** The number each turn is sent ahead under, in the order of `turns`: the capture message names it so. */
  at: /* @__PURE__ */ z.array(/* @__PURE__ */ z.number().check(z.int(), z.nonnegative())),
  turns: /* @__PURE__ */ z.array(TurnOnTheWire),
});
export type CapturePartRequest = z.infer<typeof CapturePartRequest>;

/** content → background: the page could not be read; the side panel shows why. */
export const CaptureFailedReport = z.object({
  type: z.literal('content→background:capture-failed'),
  trigger: CaptureTrigger,
  // Pure: the content script, which only sends this report, need not keep the schema's check.
  message: /* @__PURE__ */ z.string().check(z.maxLength(1000)),
});
export type CaptureFailedReport = z.infer<typeof CaptureFailedReport>;

/**
 * content → background: inject the structural reader bundle into this frame (it is too big for the content
 * script). The content script then finds it on its isolated world's `globalThis`.
 */
export const LoadStructuralReaderRequest = z.object({
  type: z.literal('content→background:load-structural-reader'),
  trigger: CaptureTrigger,
});
export type LoadStructuralReaderRequest = z.infer<typeof LoadStructuralReaderRequest>;

/** Whether the reader was injected; `message` says why not, for diagnosis. */
export const LoadStructuralReaderResponse = z.object({ ok: z.boolean(), message: z.optional(z.string()) });
export type LoadStructuralReaderResponse = z.infer<typeof LoadStructuralReaderResponse>;

/**
 * content → background: inject the pre-reader bundle into this frame (entrypoints/pre-reader.ts: it keeps the
 * page's reading up to date in idle time; too big for the content script). Carries nothing from the page.
 */
export const LoadPreReaderRequest = /* @__PURE__ */ z.object({ type: z.literal('content→background:load-pre-reader') });
export type LoadPreReaderRequest = z.infer<typeof LoadPreReaderRequest>;

/**
 * content → background: the teacher just clicked the in-page Capture button; open the side panel now.
 * Sent synchronously from the click, before the page is read: Chrome lets the background open the panel only
 * while the click's user activation is current, and reading a long conversation can outlast it.
 */
export const OpenPanelRequest = z.object({
  type: z.literal('content→background:open-panel'),
});
export type OpenPanelRequest = z.infer<typeof OpenPanelRequest>;

/**
 * content → background (the pre-reader, once the page is read ahead): what the library holds of the conversation
 * this page shows, so that a page loaded anew (a reload, another tab) sends the turns already stored as references
 * instead of whole (lib/content/library-turns.ts). Only the AI sites' pages ask, for their own site.
 */
export const StoredTurnsRequest = /* @__PURE__ */ z.object({
  type: z.literal('content→background:stored-turns'),
  site: /* @__PURE__ */ z.enum(['chatgpt', 'claude', 'gemini', 'copilot', 'perplexity']),
  externalId: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(limits.maxUrlChars)),
});
export type StoredTurnsRequest = z.infer<typeof StoredTurnsRequest>;

/**
 * Each stored turn of that conversation in order, as captured (not as the teacher fixed it): its role, content hash
 * and lengths. The page hashes only its turns whose role and lengths match one of these, and sends those whose hash
 * is stored by reference; the capture still checks every reference (lib/capture/merge-capture.ts).
 */
export const StoredTurnSummary = /* @__PURE__ */ z.object({
  role: Role,
  contentHash: z.string(),
  markdownLength: z.number(),
  textLength: z.number(),
});
export type StoredTurnSummary = z.infer<typeof StoredTurnSummary>;

export const StoredTurnsResponse = /* @__PURE__ */ z.object({ turns: z.array(StoredTurnSummary) });
export type StoredTurnsResponse = z.infer<typeof StoredTurnsResponse>;

export const ContentToBackgroundMessage = z.discriminatedUnion('type', [
  StoredTurnsRequest,
  CaptureConversationRequest,
  CapturePartRequest,
  CaptureFailedReport,
  LoadStructuralReaderRequest,
  OpenPanelRequest,
  LoadPreReaderRequest,
]);
export type ContentToBackgroundMessage = z.infer<typeof ContentToBackgroundMessage>;

export const CaptureErrorCode = z.enum([
  'invalid-message',
  'storage-full',
  'storage-unavailable',
  'internal',
  // A turn sent by reference is not stored at its place (any more): nothing was stored; send the turns whole.
  'stale-references',
]);
export type CaptureErrorCode = z.infer<typeof CaptureErrorCode>;

/**
 * The background's answer, sent only after the IndexedDB transaction committed. A plain union: `ok`'s literal already
 * lets only one branch pass, and the content script (the only parser) would carry ~1.7 KB of discriminated-union code.
 */
export const CaptureResponse = z.union([
  z.object({
    ok: z.literal(true),
    conversationId: z.string(),
    turnCount: z.number(),
    added: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    /** What the page says: "Captured 12 turns — trace opened"; absent for auto-record. */
    summary: z.optional(z.string()),
    /** Each sent turn's content hash as stored, in order: the page sends those turns by reference next time. */
    contentHashes: z.optional(z.array(z.string())),
  }),
  z.object({
    ok: z.literal(false),
    code: CaptureErrorCode,
    message: z.string(),
    /** With `stale-references`: the capture's turns to send whole. */
    missing: z.optional(z.array(z.number())),
  }),
]);
export type CaptureResponse = z.infer<typeof CaptureResponse>;

/** background → content: the teacher used the toolbar button, shortcut or menu; capture this page now. */
export const CaptureRequestToContent = z.object({
  type: z.literal('background→content:capture-now'),
  trigger: CaptureTrigger,
});
export type CaptureRequestToContent = z.infer<typeof CaptureRequestToContent>;

/** What the content script did with a capture-now request. */
export const CaptureNowResult = z.object({
  ok: z.boolean(),
  message: z.string(),
});
export type CaptureNowResult = z.infer<typeof CaptureNowResult>;
