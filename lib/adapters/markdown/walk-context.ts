import type { ElementMarks } from './element-marks';
import type { Writer } from './markdown-writer';

/** The state of one serialization, shared by the walk and the block renderers. */
export interface WalkContext {
  readonly marks: ElementMarks;
  readonly baseUrl: string | undefined;
  /** Elements written as given content instead of being walked (side documents standing in for their cards). */
  readonly replacements: ReadonlyMap<Element, { text: string; markdown: string }> | undefined;
  preDepth: number;
  /** The walk, passed in so that block renderers (lists, tables, quotes) need not import it: no import cycle. */
  readonly walkChildren: (parent: Node, writer: Writer, context: WalkContext, preWrap?: boolean) => void;
  readonly walkNode: (node: Node, writer: Writer, context: WalkContext) => void;
}

export function hasMark(context: WalkContext, el: Element, flag: number): boolean {
  return ((context.marks.get(el) ?? 0) & flag) !== 0;
}
