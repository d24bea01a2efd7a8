import { readStructurally, type StructuralReading } from '../adapters/structural/read-structurally';
import { judgeSiteReading } from '../adapters/structural/plausibility';
import type { ExtractedConversation } from '../model/conversation';
import type { ReaderSite, StructuralChoice } from './structural-reader-hook';

/**
 * Picks the conversation to store (runs inside the structural reader bundle).
 * - No site reading (no adapter, or it read nothing): the structural reading, filed under `site`.
 * - A site reading the judge finds implausible: the structural turns, under the adapter's conversation id,
 *   title and model (so a fallback capture merges with earlier captures of the same conversation).
 * - Otherwise the site reading stands.
 */
export function chooseReading(
  doc: Document,
  url: URL,
  site: ReaderSite,
  siteReading: ExtractedConversation | undefined,
  judge: typeof judgeSiteReading = judgeSiteReading,
): StructuralChoice {
  let structural: StructuralReading | undefined;
  let failure = '';
  try {
    structural = readStructurally(doc, url, { site });
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  const read = structural?.conversation ?? null;
  if (siteReading) {
    const site_ = { ...siteReading, reader: 'site' as const };
    if (!structural || !read) return { ok: true, conversation: site_, reasons: ['structural reader found nothing'] };
    const verdict = judge(siteReading.turns, structural);
    if (!verdict.useStructural) return { ok: true, conversation: site_, reasons: [verdict.reason] };
    return {
      ok: true,
      conversation: {
        ...read,
        site,
        externalId: siteReading.externalId,
        title: siteReading.title || read.title,
        ...(siteReading.model ? { model: siteReading.model } : {}),
        reader: 'structural',
      },
      reasons: [verdict.reason],
    };
  }
  if (read) return { ok: true, conversation: { ...read, site, reader: 'structural' }, reasons: structural!.reasons };
  return { ok: false, message: failure, reasons: structural?.reasons ?? [] };
}
