import type { ExtractedConversation } from '../model/conversation';
import type { SiteId } from '../model/site';

/**
 * The structural reader is too big for the content script's 60 KB budget, so it is a separate bundle
 * (entrypoints/structural-reader.ts) injected on demand into the content script's isolated world, where it
 * leaves this hook on `globalThis` (the page's own scripts can't see that world). Types and the key only:
 * nothing of the reader is bundled by importing this file.
 */
export const structuralReaderKey = '__showworkStructuralReader';

export type ReaderSite = Exclude<SiteId, 'selection'>;

/** What the reader decided: the conversation to store (its `reader` says which), or why there is none. */
export type StructuralChoice =
  | { ok: true; conversation: ExtractedConversation; reasons: readonly string[] }
  | { ok: false; message: string; reasons: readonly string[] };

export interface StructuralReaderHook {
  /** The extension version that injected it: after an update, a page can still hold the previous version's hook. */
  readonly version: string;
  /**
   * Reads the page structurally. Given a site adapter's reading, keeps it (`reader: 'site'`) unless the
   * structural reading shows it implausible; without one, or when the adapter read nothing, the structural
   * reading is the answer (`reader: 'structural'`), filed under `site`.
   */
  choose(site: ReaderSite, siteReading?: ExtractedConversation): StructuralChoice;
}

/** The hook if this version's reader bundle already ran in this world. */
export function installedStructuralReader(version: string): StructuralReaderHook | undefined {
  const hook = (globalThis as Record<string, unknown>)[structuralReaderKey] as StructuralReaderHook | undefined;
  return typeof hook?.choose === 'function' && hook.version === version ? hook : undefined;
}
