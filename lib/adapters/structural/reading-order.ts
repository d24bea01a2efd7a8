import type { MessageBlock } from './find-messages';

// A vertical offset set in an element's inline style: `transform: translateY(120px)` (or `translate(0, 120px)`,
// `translate3d(0, 120px, 0)`) or `top: 120px`. Virtual lists place their rows so, whatever their classes.
const translateY = /translateY\(\s*(-?[\d.]+)px\s*\)/i;
const translate = /translate(?:3d)?\(\s*-?[\d.]+(?:px|%)?\s*,\s*(-?[\d.]+)px/i;
const top = /(?:^|;)\s*top\s*:\s*(-?[\d.]+)px/i;

/** The vertical offset an element's inline style places it at, or undefined when its style sets none. */
export function styleOffset(el: Element): number | undefined {
  const style = el.getAttribute('style');
  if (style === null || style.length > 400) return undefined;
  const match = translateY.exec(style) ?? translate.exec(style) ?? top.exec(style);
  return match === null ? undefined : Number(match[1]);
}

/**
 * The messages in the order a person reads them. A virtual list recycles its rows: each row is placed by an offset
 * in its inline style, and the DOM order is the order rows were reused in (the newest pair first, then older ones).
 * When every message sits in such a row, the rows being siblings, they are read by offset; messages in one row
 * keep their order. Anything else (no offsets, offsets on some messages only, rows in different lists) is read in
 * document order, as it is shown.
 */
export function inReadingOrder<T extends MessageBlock>(blocks: readonly T[], column: Element): readonly T[] {
  if (blocks.length < 2) return blocks;
  const offsets: number[] = [];
  let list: Element | null | undefined;
  let isOutOfOrder = false;
  for (const block of blocks) {
    const row = positionedRow(block.el, column);
    if (row === null) return blocks;
    if (list === undefined) list = row.el.parentElement;
    else if (row.el.parentElement !== list) return blocks;
    if (offsets.length > 0 && row.offset < offsets[offsets.length - 1]!) isOutOfOrder = true;
    offsets.push(row.offset);
  }
  if (!isOutOfOrder) return blocks;
  // A stable sort: messages of one row (or rows at one offset) keep their document order.
  return blocks
    .map((block, i) => ({ block, offset: offsets[i]!, i }))
    .sort((a, b) => a.offset - b.offset || a.i - b.i)
    .map((entry) => entry.block);
}

/** The nearest element from `el` up to (not including) `column` whose inline style places it, with its offset. */
function positionedRow(el: Element, column: Element): { el: Element; offset: number } | null {
  for (let at: Element | null = el; at !== null && at !== column; at = at.parentElement) {
    const offset = styleOffset(at);
    if (offset !== undefined) return { el: at, offset };
  }
  return null;
}
