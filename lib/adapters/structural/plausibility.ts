import type { ExtractedTurn } from '../../model/turn';
import type { AdapterError } from '../types';
import type { StructuralReading } from './read-structurally';

/** Whether to keep the site adapter's reading or use the structural reader's, and why (for the teacher's note). */
export interface ReadingVerdict {
  readonly useStructural: boolean;
  readonly reason: string;
}

// Below this share of the structural reading's words, the site adapter missed part of the conversation.
const minimumCoverage = 0.6;
// The structural reading must itself be sure of what it read before it overrules a site adapter.
const minimumConfidence = 0.5;

const wordPattern = /[\p{L}\p{N}]+/gu;

function countWords(turns: readonly ExtractedTurn[], role?: ExtractedTurn['role']): number {
  let n = 0;
  for (const turn of turns)
    if (role === undefined || turn.role === role) n += turn.text.match(wordPattern)?.length ?? 0;
  return n;
}

/** A turn's words, lower-cased and single-spaced, so one reading's prompt can be found inside another's. */
function wordLine(turn: ExtractedTurn): string {
  return (turn.text.toLowerCase().match(wordPattern) ?? []).join(' ');
}

/**
 * The most structural prompts that one site prompt holds whole. Two or more means the site reader merged prompts;
 * counting prompts alone would also fire when the general reader takes a card or a quoted block for a prompt.
 */
function mostPromptsInOneSitePrompt(site: readonly ExtractedTurn[], other: readonly ExtractedTurn[]): number {
  const otherPrompts = other
    .filter((turn) => turn.role === 'user')
    .map(wordLine)
    .filter((line) => line !== '');
  let most = 0;
  for (const turn of site) {
    if (turn.role !== 'user') continue;
    const line = ` ${wordLine(turn)} `;
    most = Math.max(most, otherPrompts.filter((prompt) => line.includes(` ${prompt} `)).length);
  }
  return most;
}

function alternates(turns: readonly ExtractedTurn[]): boolean {
  return turns.every((turn, i) => i === 0 || turn.role !== turns[i - 1]!.role);
}

/**
 * Judges a known site's adapter reading against the structural reader's reading of the same page (issue 8):
 * the structural one is used when the adapter found no turns, or read something implausible beside it — far
 * less of the conversation's text, several prompts merged into one turn, or roles that don't alternate where
 * the structural reading's do. Pure; the structural reading is the yardstick only when it is confident.
 */
export function judgeSiteReading(
  site: readonly ExtractedTurn[] | AdapterError,
  structural: StructuralReading,
): ReadingVerdict {
  const other = structural.conversation?.turns ?? [];
  const isStructuralUsable = other.length > 0 && structural.confidence >= minimumConfidence;
  if (!Array.isArray(site) || site.length === 0) {
    return isStructuralUsable
      ? { useStructural: true, reason: 'the site reader found no turns' }
      : { useStructural: false, reason: 'neither reader found a conversation' };
  }
  const turns = site as readonly ExtractedTurn[];
  if (!isStructuralUsable) return { useStructural: false, reason: 'the general reader is not sure of this page' };

  const siteWords = countWords(turns);
  const otherWords = countWords(other);
  if (otherWords > 0 && siteWords < minimumCoverage * otherWords) {
    return {
      useStructural: true,
      reason: `the site reader read ${Math.round((100 * siteWords) / otherWords)} % of the conversation's words`,
    };
  }
  const sitePrompts = turns.filter((turn) => turn.role === 'user').length;
  const otherPrompts = other.filter((turn) => turn.role === 'user').length;
  // Several prompts merged into one turn: fewer prompts, one of which holds two or more of the other reading's.
  if (otherPrompts >= 2 && sitePrompts < otherPrompts && mostPromptsInOneSitePrompt(turns, other) >= 2) {
    return { useStructural: true, reason: `the site reader merged ${otherPrompts} prompts into ${sitePrompts}` };
  }
  if (!alternates(turns) && alternates(other) && other.length >= turns.length) {
    return { useStructural: true, reason: "the site reader's prompts and answers don't alternate" };
  }
  return { useStructural: false, reason: 'the site reader is plausible' };
}
