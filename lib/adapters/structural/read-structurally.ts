import type { ExtractedConversation } from '../../model/conversation';
import type { SiteId } from '../../model/site';

/** Why the structural reader believes what it read, for tests and for the plausibility check. */
export interface StructuralReading {
  /** The conversation read, with `reader: 'structural'`; null when no conversation was found. */
  readonly conversation: ExtractedConversation | null;
  /** 0…1: how sure the reader is that these are the page's prompts and answers. */
  readonly confidence: number;
  /** Short human-readable reasons ("composer after the column", "roles alternate", …). */
  readonly reasons: readonly string[];
}

export interface StructuralReadOptions {
  /** The site id to store under: a known site's id when used as its fallback, `web` elsewhere. */
  readonly site?: Exclude<SiteId, 'selection'>;
}

/**
 * Reads the conversation from any chat page's DOM by structure and semantics alone: no host names, site class
 * names or site attribute names. Pure: the document in, turns out.
 * @throws AdapterError('unrecognised-page') when the page holds no conversation.
 */
export function readStructurally(_doc: Document, _url: URL, _options: StructuralReadOptions = {}): StructuralReading {
  throw new Error('The structural reader is being written (issue 8).');
}
