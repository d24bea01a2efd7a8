import type { ElementMarks } from './element-marks';
import type { Writer } from './markdown-writer';

/** The state of one serialization, shared by the walk and the block renderers. */
export interface WalkContext {
  readonly marks: ElementMarks;
  readonly baseUrl: string | undefined;
  /** Elements written as given content instead of being walked (side documents standing in for their cards). */
  readonly replacements: ReadonlyMap<Element, { text: string; markdown: string }> | undefined;
  /**
   * Marks found element by element as the walk reaches them (markMatcher), added to `marks`; given the element's
   * tag name when the walk has read it already, and `forWalk` when only what walkNode does with the element matters.
   */
  readonly matchMarks: ((el: Element, tag?: string, forWalk?: boolean) => number) | undefined;
  preDepth: number;
  /** The walk, passed in so that block renderers (lists, tables, quotes) need not import it: no import cycle. */
  readonly walkChildren: (parent: Node, writer: Writer, context: WalkContext, preWrap?: boolean) => void;
  readonly walkNode: (node: Node, writer: Writer, context: WalkContext) => void;
}

/**
 * The element's marks; undefined when it has none (and no entry in `marks`, which replacements need). `tag` is the
 * element's tag name when the caller has it (reading it again for each element the walk enters costs). With
 * `forWalk`, the marks may leave out flags that walkNode would not look at (markMatcher).
 */
export function markOf(context: WalkContext, el: Element, tag?: string, forWalk?: boolean): number | undefined {
  const given = context.marks.get(el);
  if (context.matchMarks === undefined) return given;
  const matched = context.matchMarks(el, tag, forWalk);
  return matched === 0 ? given : (given ?? 0) | matched;
}

export function hasMark(context: WalkContext, el: Element, flag: number): boolean {
  return ((markOf(context, el) ?? 0) & flag) !== 0;
}
