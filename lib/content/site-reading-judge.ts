import type { ExtractedConversation } from '../model/conversation';
import type { SiteReadingJudge } from './structural-choice';

/** Below this confidence the structural reading is too unsure to overrule a site adapter. */
const minConfidence = 0.5;
/** A site reading holding less than this share of the words the structural reader found missed part of the page. */
const minWordShare = 0.6;

const wordCount = (conversation: Pick<ExtractedConversation, 'turns'>) =>
  conversation.turns.reduce((sum, turn) => sum + (turn.text.match(/\S+/g)?.length ?? 0), 0);
const countOf = (conversation: Pick<ExtractedConversation, 'turns'>, role: 'user' | 'assistant') =>
  conversation.turns.filter((turn) => turn.role === role).length;
const repeatsOf = (conversation: Pick<ExtractedConversation, 'turns'>) =>
  conversation.turns.filter((turn, i) => i > 0 && turn.role === conversation.turns[i - 1]!.role).length;

/**
 * Whether a site adapter's reading is implausible beside the structural reading of the same page (issue 8: a
 * redesign that left the adapter's selectors half-matching, as Claude's 2026-10 markup did, stored prompts merged
 * into one and answers at 9-23 % of their words, and said "Captured"). Implausible when the structural reader is
 * reasonably sure and the site reading
 * - covers far less of the conversation's words (under 60 %),
 * - has fewer prompts than the structural reading (several prompts merged into one turn), or
 * - has roles that repeat where the structural reading alternates.
 * A site reading with more than the structural one (a scroll walk over a virtualised page) is never overruled.
 */
export const judgeSiteReading: SiteReadingJudge = (siteReading, structural) => {
  const read = structural.conversation;
  if (!read || structural.confidence < minConfidence)
    return { implausible: false, reasons: [`structural reading unsure (${structural.confidence})`] };
  const reasons: string[] = [];
  const siteWords = wordCount(siteReading);
  const structuralWords = wordCount(read);
  if (structuralWords > 0 && siteWords < structuralWords * minWordShare)
    reasons.push(`site reading has ${siteWords} of ${structuralWords} words`);
  if (countOf(siteReading, 'user') < countOf(read, 'user'))
    reasons.push(`site reading has ${countOf(siteReading, 'user')} prompts, the page ${countOf(read, 'user')}`);
  if (repeatsOf(siteReading) > repeatsOf(read)) reasons.push('site reading has roles that do not alternate');
  return reasons.length > 0
    ? { implausible: true, reasons }
    : { implausible: false, reasons: ['site reading covers the page'] };
};
