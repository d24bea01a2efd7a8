import type { ClassifiedBlock } from './classify-roles';

/**
 * The tool's greeting opening a thread ("Hi there! I'm Fin…", a character's first line): an answer before the
 * first prompt that the teacher sees as the conversation's first turn. What tells it from the cards a tool shows
 * above a thread (a welcome card with starter prompts, a bot's profile card, a notebook's summary of its sources),
 * which are no turns, is that the page builds it as it builds its other answers: the same element, with the same
 * class list, in the same kind of list, as an answer after the first prompt, and not as it builds its prompts (a
 * thread of comments built all alike, read as alternating, has no greeting). The class list is compared, never
 * read for words: a redesign renames it everywhere at once, and a page with no class list gives no such sign.
 * Returns the indices of the greetings among the blocks before the first prompt (none when no prompt).
 */
export function findGreetings(blocks: readonly ClassifiedBlock[]): ReadonlySet<number> {
  const first = blocks.findIndex((block) => block.role === 'user');
  if (first <= 0) return new Set();
  let shapes: { answers: Set<string>; prompts: Set<string> } | undefined;
  let innerShapes: { answers: Set<string>; prompts: Set<string> } | undefined;
  const greetings = new Set<number>();
  for (let i = 0; i < first; i++) {
    if (blocks[i]!.role !== 'assistant') continue;
    const shape = shapeOf(blocks[i]!.el);
    if (shape === null) continue;
    // Read once, and only when a block before the first prompt may be a greeting: each later answer's shape.
    shapes ??= laterShapes(blocks, first, shapeOf);
    if (shapes.answers.has(shape) && !shapes.prompts.has(shape)) greetings.add(i);
    else if (shapes.answers.has(shape)) {
      // Every message in one wrapper alike (a step element per message, prompts too): the wrapper's first child is
      // built as the answers' and not as the prompts' (an answer's row with its avatar, a prompt's bubble).
      const inner = innerShapeOf(blocks[i]!.el);
      innerShapes ??= laterShapes(blocks, first, innerShapeOf);
      if (inner !== null && innerShapes.answers.has(inner) && !innerShapes.prompts.has(inner)) greetings.add(i);
    }
  }
  return greetings;
}

/** The shapes of the answers and of the prompts from the first prompt on. */
function laterShapes(
  blocks: readonly ClassifiedBlock[],
  first: number,
  shapeOfBlock: (el: Element) => string | null,
): { answers: Set<string>; prompts: Set<string> } {
  const answers = new Set<string>();
  const prompts = new Set<string>();
  for (let i = first; i < blocks.length; i++) {
    const shape = shapeOfBlock(blocks[i]!.el);
    if (shape !== null) (blocks[i]!.role === 'assistant' ? answers : prompts).add(shape);
  }
  return { answers, prompts };
}

/** The tag and class list of the element's first child: null when it has none or the child no class list. */
function innerShapeOf(el: Element): string | null {
  const child = el.firstElementChild;
  const classes = child?.getAttribute('class')?.trim() ?? '';
  return child === null || classes === '' ? null : `${child.localName} ${classes}`;
}

/** The element's tag and class list, and its parent's: null for an element with no class list. */
function shapeOf(el: Element): string | null {
  const classes = el.getAttribute('class')?.trim() ?? '';
  if (classes === '') return null;
  const parent = el.parentElement;
  return `${el.localName} ${classes} < ${parent?.localName ?? ''} ${parent?.getAttribute('class')?.trim() ?? ''}`;
}
