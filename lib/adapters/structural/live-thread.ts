import type { ClassifiedBlock } from './classify-roles';

// A region whose updates are read out as they come: a log's own live setting, set on a plain block.
const liveRegion = '[aria-live="polite"],[aria-live="assertive"]';

/**
 * True when one live region holds every message read: a chat's thread announces its new answers to screen readers.
 * A dialog's form (sign-up, feedback) holds a live region too, for its one status or error line, never around two
 * turns or more; so the region must hold them all, from the first prompt to the last answer.
 */
export function isLiveThread(root: Element, blocks: readonly ClassifiedBlock[]): boolean {
  if (blocks.length < 2) return false;
  const region = blocks[0]!.el.closest(liveRegion);
  if (region === null || !root.contains(region)) return false;
  return blocks.every((block) => region.contains(block.el));
}
