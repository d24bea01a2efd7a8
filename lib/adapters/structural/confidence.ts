import type { ExtractedTurn } from '../../model/turn';

export interface ReadingFacts {
  readonly turns: readonly ExtractedTurn[];
  /** Share of message blocks whose role came from evidence (buttons, role attributes, labels, Markdown). */
  readonly evidentShare: number;
  readonly hasComposer: boolean;
  readonly seen: readonly string[];
}

/**
 * How sure the reader is, 0…1, and why: role evidence on the blocks weighs most, then a composer after them,
 * turns that alternate, and answers rendered as Markdown where prompts are plain.
 */
export function judgeConfidence(facts: ReadingFacts): { confidence: number; reasons: string[] } {
  const reasons: string[] = [];
  let score = 0.2;
  const { turns } = facts;
  if (facts.evidentShare > 0) {
    score += 0.35 * facts.evidentShare;
    reasons.push(
      `roles from the page on ${Math.round(facts.evidentShare * 100)} % of blocks (${facts.seen.slice(0, 4).join(', ')})`,
    );
  } else reasons.push('no role evidence: roles by alternation');
  if (facts.hasComposer) {
    score += 0.15;
    reasons.push('composer after the messages');
  }
  const alternates = turns.every((turn, i) => i === 0 || turn.role !== turns[i - 1]!.role);
  if (turns.length >= 2 && alternates) {
    score += 0.15;
    reasons.push('roles alternate');
  } else if (!alternates) reasons.push('two prompts in a row');
  if (turns[0]?.role === 'user') score += 0.05;
  const hasMarkdownAnswer = turns.some(
    (turn) => turn.role === 'assistant' && /^(#{1,6} |[-*] |\d+\. |\||```|> )/m.test(turn.markdown),
  );
  if (hasMarkdownAnswer) {
    score += 0.1;
    reasons.push('answers rendered as Markdown');
  }
  reasons.push(`${turns.length} turns`);
  return { confidence: Math.max(0, Math.min(1, Number(score.toFixed(2)))), reasons };
}
