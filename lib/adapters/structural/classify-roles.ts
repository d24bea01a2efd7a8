import type { Role } from '../../model/turn';
import type { MessageBlock } from './find-messages';
import type { LayoutSide } from './layout-side';
import { messageTemplate, promptsByTemplate } from './message-templates';
import {
  actionEvidence,
  attributeEvidence,
  emptyEvidence,
  evidentRole,
  labelEvidence,
  shapeEvidence,
  type ActionCache,
  type RoleEvidence,
} from './role-evidence';

export interface ClassifiedBlock {
  readonly el: Element;
  readonly role: Role;
  /** True when the role came from evidence; false when only from alternation. */
  readonly isEvident: boolean;
}

export interface Classification {
  readonly blocks: ClassifiedBlock[];
  /** Blocks whose role came from evidence, over all blocks. */
  readonly evidentShare: number;
  /** Blocks with evidence from the page itself (buttons, role attributes, labels), not only from their shape. */
  readonly markedShare: number;
  /** Evidence that weighed most, for the reasons. */
  readonly seen: string[];
}

/**
 * Gives each block its role: the evidence when it points one way, otherwise the other role than the block
 * before it (a conversation alternates, and starts with a prompt).
 */
export function classifyRoles(
  blocks: readonly MessageBlock[],
  leadingLabels: Map<Element, string[]>,
  isChrome: (el: Element, block: Element) => boolean,
  actions?: ActionCache,
  avatarSidesOf?: () => readonly boolean[] | null,
  layoutSides?: readonly (LayoutSide | null)[],
): Classification {
  const evidences: RoleEvidence[] = blocks.map((block, i) => {
    const evidence = emptyEvidence();
    if (block.labelledAs !== undefined) {
      evidence[block.labelledAs] += 3;
      evidence.seen.push(`labelled ${block.labelledAs}`);
    }
    actionEvidence(block.el, evidence, false, actions);
    attributeEvidence(block.el, evidence, actions);
    labelEvidence(leadingLabels.get(block.el) ?? [], evidence);
    // The side of the line a chat laid out by sides puts the block on (layout-side.ts): the end is the writer's own.
    const side = layoutSides?.[i];
    if (side === 'end' || side === 'start') {
      evidence[side === 'end' ? 'user' : 'assistant'] += 2;
      evidence.seen.push('layout side');
    }
    return evidence;
  });
  const isMarked = evidences.map((evidence) => evidentRole(evidence) !== undefined);
  const marked = isMarked.filter(Boolean).length;
  // Where nothing names a role, the side showing an avatar is the tool's (avatar-side.ts): stronger than the shape of
  // the text (a bot's short bubbles), weaker than anything the page names. The other side is left to alternation: a
  // block without a picture may be no turn at all (an article above a widget, read with its thread).
  const sides = marked === 0 ? avatarSidesOf?.() : null;
  if (sides != null) {
    sides.forEach((side, i) => {
      if (!side) return;
      evidences[i]!.assistant += 2;
      if (evidences[i]!.seen.length < 6) evidences[i]!.seen.push('avatar side');
    });
  }
  // Rendered Markdown only breaks ties, and only when some block lacks stronger evidence.
  blocks.forEach((block, i) => {
    if (!isMarked[i]) shapeEvidence(block.el, evidences[i]!, (el) => isChrome(el, block.el), marked > 0);
  });
  let classified = alternate(blocks, evidences, new Set());
  // A block read as an answer for its shape alone, built as the prompts are: a prompt (message-templates.ts). Only
  // where the page marks some answers, so only then are templates read.
  if (marked > 0 && classified.some((block, i) => block.role === 'assistant' && !isMarked[i])) {
    const prompts = promptsByTemplate(
      classified.map((block, i) => ({
        template: messageTemplate(block.el, (el) => isChrome(el, block.el)),
        role: block.role,
        isMarked: isMarked[i]!,
      })),
    );
    if (prompts.size > 0) classified = alternate(blocks, evidences, prompts);
  }
  const seen = new Set<string>();
  for (const evidence of evidences) for (const what of evidence.seen.slice(0, 2)) if (seen.size < 8) seen.add(what);
  const evident = classified.filter((block) => block.isEvident).length;
  const share = (n: number) => (blocks.length === 0 ? 0 : n / blocks.length);
  return { blocks: classified, evidentShare: share(evident), markedShare: share(marked), seen: [...seen] };
}

/**
 * Each block's role: its evidence's when it points one way (`prompts`: blocks known to be prompts by their template),
 * otherwise the other role than the block before it.
 */
function alternate(
  blocks: readonly MessageBlock[],
  evidences: readonly RoleEvidence[],
  prompts: ReadonlySet<number>,
): ClassifiedBlock[] {
  const classified: ClassifiedBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const role = prompts.has(i) ? 'user' : evidentRole(evidences[i]!);
    if (role !== undefined) {
      classified.push({ el: blocks[i]!.el, role, isEvident: true });
      continue;
    }
    const previous = classified[i - 1];
    const alternated: Role =
      previous === undefined ? nextEvident(evidences, i) : previous.role === 'user' ? 'assistant' : 'user';
    classified.push({ el: blocks[i]!.el, role: alternated, isEvident: false });
  }
  return classified;
}

/** For a leading block without evidence: the role before the first evident block's, by alternation. */
function nextEvident(evidences: readonly RoleEvidence[], from: number): Role {
  for (let j = from + 1; j < evidences.length; j++) {
    const role = evidentRole(evidences[j]!);
    if (role !== undefined) return (j - from) % 2 === 1 ? (role === 'user' ? 'assistant' : 'user') : role;
  }
  return 'user';
}
