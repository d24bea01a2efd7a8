import { AdapterError, type SiteAdapter } from '../adapters/types';
import type { TurnReadingCache } from './turn-reading-cache';
import type { ExtractedConversation } from '../model/conversation';
import type { CaptureTrigger } from '../messaging/protocol';
import { readWholeConversation } from './read-whole-conversation';
import { loadStructuralReader } from './load-structural-reader';
import { countRootCharacters, judgeSiteReadingCheaply } from './site-reading-gate';

/**
 * Reads this page's conversation and says which reader produced it.
 *
 * - On one of the five AI sites the site adapter reads first. When a cheap look finds its reading suspicious
 *   (site-reading-gate.ts) the structural reader checks it: when the adapter read nothing, or less than is
 *   plausible (a redesign renamed what its selectors look for, prompts merged, roles that don't alternate), the
 *   structural reading is stored instead, under the same site. A reading that looks fine is stored as read,
 *   sparing the reader's load and full read of the page (seconds on a 400-turn page).
 * - On any other site (one the teacher allowed) there is no adapter: the structural reader reads it as `web`.
 *
 * A capture the teacher asked for reads the whole conversation, scrolling through it on sites that keep only
 * some turns in the page; auto-record reads what the page shows and never scrolls under the teacher.
 */
export async function readPageConversation(
  adapter: SiteAdapter | undefined,
  trigger: CaptureTrigger,
  onProgress?: (turnsRead: number) => void,
  cache?: TurnReadingCache,
): Promise<ExtractedConversation> {
  const url = new URL(location.href);
  if (!adapter) {
    const choice = (await loadStructuralReader(trigger)).choose('web');
    if (!choice.ok) throw new AdapterError('unrecognised-page', choice.message);
    return choice.conversation;
  }

  let siteReading: ExtractedConversation | undefined;
  let siteError: unknown;
  try {
    // Mutations not yet delivered to the cache's observer must drop what they touched before it answers.
    cache?.sync();
    siteReading =
      trigger === 'auto'
        ? adapter.readConversation(document, url, cache)
        : await readWholeConversation(adapter, document, url, { onProgress, ...(cache ? { cache } : {}) });
  } catch (error) {
    siteError = error;
  }
  const hasTurns = siteReading !== undefined && siteReading.turns.length > 0;
  const countRootChars = (root: Element) =>
    cache ? cache.remember(root, 'characters', () => countRootCharacters(root)) : countRootCharacters(root);
  const root = adapter.findConversationRoot(document);
  if (hasTurns && !judgeSiteReadingCheaply(siteReading!.turns, root, countRootChars).suspicious)
    return { ...siteReading!, reader: 'site' };
  try {
    const choice = (await loadStructuralReader(trigger)).choose(adapter.id, hasTurns ? siteReading : undefined);
    if (choice.ok) return choice.conversation;
  } catch {
    // The reader could not be loaded (e.g. the worker is restarting): the adapter's reading, if any, stands.
  }
  if (siteReading && hasTurns) return { ...siteReading, reader: 'site' };
  throw siteError ?? new Error('No turns were read.');
}
