import type { MessageBlock } from './find-messages';

/**
 * Which side of the column each message is laid out on, by its inline style, where nothing else names a role (a
 * small self-hosted chat whose rows carry only hashed classes): a chat puts the writer's own messages at the end of
 * the line (`justify-content: flex-end`, `margin-left: auto`, `text-align: right`) and the other side's at its start,
 * and centres its own notices between them ("Conversation restarted", a date). Read from the block and its wrappers
 * up to the column, innermost first: a redesign renames classes but keeps inline styles.
 */
export type LayoutSide = 'end' | 'start' | 'center';

const endStyle =
  /justify-content\s*:\s*(flex-)?end|align-self\s*:\s*(flex-)?end|margin-left\s*:\s*auto|text-align\s*:\s*right|flex-direction\s*:\s*row-reverse/i;
const startStyle =
  /justify-content\s*:\s*(flex-)?start|align-self\s*:\s*(flex-)?start|margin-right\s*:\s*auto|text-align\s*:\s*left/i;
const centerStyle = /justify-content\s*:\s*center|align-self\s*:\s*center|text-align\s*:\s*center/i;
// Runs on each side at least: a prompt and an answer twice, so that one right-aligned note is no pattern.
const minRunsPerSide = 2;
// Blocks with a side, at least, over all blocks: a few rows of the page's bar (a setting read as a block) have none.
const minSidedShare = 0.8;
// Wrappers climbed from a block towards the column.
const maxDepth = 6;

function sideOf(block: Element, column: Element): LayoutSide | null {
  let el: Element | null = block;
  for (let depth = 0; el !== null && el !== column && depth < maxDepth; depth++, el = el.parentElement) {
    const style = el.getAttribute('style');
    if (style === null) continue;
    if (endStyle.test(style)) return 'end';
    if (startStyle.test(style)) return 'start';
    if (centerStyle.test(style)) return 'center';
  }
  return null;
}

export interface SidedBlocks {
  /** The blocks without the centred ones (the tool's notices). */
  readonly blocks: MessageBlock[];
  /** Each kept block's side, null where its style names none. */
  readonly sides: (LayoutSide | null)[];
}

/**
 * The blocks' sides when they follow the pattern of a chat laid out by sides: runs at the end and at the start of the
 * line that take turns, twice each at least, and nearly every block on a side or centred. Null otherwise, and on a
 * right-to-left page (its start is on the right: margins and text alignment say nothing of whose side a block is).
 */
export function sidedBlocks(blocks: readonly MessageBlock[], column: Element): SidedBlocks | null {
  if (blocks.length < 2 * minRunsPerSide || column.closest('[dir="rtl"]') !== null) return null;
  const sides = blocks.map((block) => sideOf(block.el, column));
  const runs = { end: 0, start: 0 };
  let last: LayoutSide | null = null;
  let sided = 0;
  for (const side of sides) {
    if (side === null) continue;
    sided++;
    if (side === 'center' || side === last) continue;
    runs[side]++;
    last = side;
  }
  if (runs.end < minRunsPerSide || runs.start < minRunsPerSide || sided < minSidedShare * blocks.length) return null;
  const kept = blocks.map((_, i) => i).filter((i) => sides[i] !== 'center');
  return { blocks: kept.map((i) => blocks[i]!), sides: kept.map((i) => sides[i]!) };
}
