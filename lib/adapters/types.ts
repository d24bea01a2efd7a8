import type { ExtractedConversation } from '../model/conversation';
import type { SiteId } from '../model/site';
import type { ExtractedTurn } from '../model/turn';

/**
 * A list of CSS selectors tried in order, newest site layout first. Each entry in a site's
 * selectors.ts carries a comment saying where and when that DOM shape was seen.
 */
export type SelectorList = readonly string[];
export type SelectorMap = Record<string, SelectorList | string>;

/** Why an adapter could not read a page. The content script shows `message` to the teacher. */
export type AdapterErrorCode = 'unrecognised-page' | 'no-turns';

export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  constructor(
    readonly code: AdapterErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * One AI chat site. Pure: it reads only the document it is given, through its own selectors,
 * and returns plain text and Markdown, never HTML.
 */
export interface SiteAdapter {
  readonly id: Exclude<SiteId, 'selection' | 'web'>;
  /** Host names served, e.g. ['chatgpt.com']. Content-script matches and host permissions come from these. */
  readonly hosts: readonly string[];
  /**
   * Reads the whole conversation shown in `doc` at `url`.
   * @throws AdapterError('unrecognised-page') when the page is not a conversation this adapter knows,
   *         AdapterError('no-turns') when it is but no turn could be read.
   */
  readConversation(doc: Document, url: URL, cache?: TurnCache): ExtractedConversation;
  /**
   * Reads the page's turns ahead of a capture, a few at a time (each `step` reads turns while `hasTime()` says so
   * and returns true once every turn is in `cache`), so that a later `readConversation` with the same cache reads
   * only turns changed since. Throws AdapterError as readConversation does when the page holds no conversation.
   */
  preReadTurns?(doc: Document, url: URL, cache: TurnCache): { step(hasTime: () => boolean): boolean };
  /**
   * The id a capture of the page at `url` files the conversation under (ExtractedConversation's `externalId`) when
   * the URL names it; undefined when it does not (the id then depends on the page's first prompt).
   */
  conversationIdOf?(url: URL): string | undefined;
  /** True while an answer is still being written; auto-record waits until this is false. */
  isStreaming(doc: Document): boolean;
  /** The element that holds the turns, observed by auto-record; null when the page has none yet. */
  findConversationRoot(doc: Document): Element | null;
  /**
   * For sites that keep only a few turns in the page and load the rest while scrolling (ChatGPT since
   * 2026-09): the scroll container to walk so every turn is read. Absent or null: the page holds them all.
   */
  findVirtualScroller?(doc: Document): Element | null;
}

/**
 * Turns read earlier, by the elements they were read from. `lookup` answers only while those elements are unchanged
 * (lib/content/turn-reading-cache.ts watches them): a turn, null for elements that read as nothing, or undefined
 * when the turn must be read again. A turn read with side documents replacing cards is never stored.
 */
export interface TurnCache {
  lookup(roots: readonly Element[], baseUrl: string): ExtractedTurn | null | undefined;
  store(roots: readonly Element[], baseUrl: string, turn: ExtractedTurn | null): void;
  /** `compute()`'s value for `element` under `name`, kept while nothing in or around the element changes. */
  remember<T>(element: Element, name: string, compute: () => T): T;
}
