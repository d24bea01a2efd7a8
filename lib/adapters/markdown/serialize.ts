/**
 * DOM → { text, markdown } in one walk over the nodes. Everything the walk must know about elements (hidden,
 * chrome, math, code block, pre-wrap) is found first by native selector queries, so the walk itself reads only
 * node types, tag names and text, plus a few attributes of the elements that need them (href, start, data-math,
 * class of math and code). Never innerHTML/innerText or layout: the page is hostile input and may be 300,000
 * words long (measured in Chromium: reading five attributes per element cost more than the whole walk).
 */

import { addMarks, markCode, markMatcher, markPreWrap, markSkip, type ElementMarks } from './element-marks';
import { joinBlocks, Writer } from './markdown-writer';
import { walkChildren, walkNode } from './walk';
import { hasMark, type WalkContext } from './walk-context';

export {
  markCode,
  markElements,
  markMatcher,
  markMath,
  markPreWrap,
  markSkip,
  type ElementMarks,
  type MarkSelectors,
} from './element-marks';

export interface SerializeOptions {
  /** Marks from markElements over an ancestor of the roots; without them, the serializer's own selectors are matched. */
  readonly marks?: ElementMarks;
  /**
   * Marks found element by element as the walk reaches them (markMatcher), instead of markElements over the
   * whole page first; added to `marks`.
   */
  readonly matchMarks?: (el: Element, tag?: string, forWalk?: boolean) => number;
  /** Elements left out with their subtree (the site's chrome), added to the marks. */
  readonly skip?: Iterable<Element>;
  /** Elements read as one code block (a container holding the site's header, buttons and the code). */
  readonly codeBlocks?: Iterable<Element>;
  /** Elements whose text keeps its own line breaks (the site styles them `white-space: pre-wrap`). */
  readonly preWrap?: Iterable<Element>;
  /** Base for relative link targets: the page URL. */
  readonly baseUrl?: string;
  /**
   * Elements written as this content, as a block of their own, instead of being walked: e.g. a site's card for a
   * side document, replaced by the document's text. The elements must also be marked (any flag) in `marks`.
   */
  readonly replacements?: ReadonlyMap<Element, SerializedContent>;
}

export interface SerializedContent {
  text: string;
  markdown: string;
}

/** Serializes the content of `roots` (in order, as one piece) to plain text and Markdown. */
export function serializeContent(roots: readonly Element[], options: SerializeOptions = {}): SerializedContent {
  // Without marks, the serializer's own selectors are matched as the walk goes (markMatcher), which keeps
  // markElements out of the content script (only the structural reader's bundle uses it).
  const marks: ElementMarks = options.marks ?? new Map();
  const matchMarks = options.matchMarks ?? (options.marks === undefined ? markMatcher() : undefined);
  addMarks(marks, options.skip, markSkip);
  addMarks(marks, options.codeBlocks, markCode);
  addMarks(marks, options.preWrap, markPreWrap);
  const context: WalkContext = {
    marks,
    baseUrl: options.baseUrl,
    replacements: options.replacements,
    matchMarks,
    preDepth: 0,
    walkChildren,
    walkNode,
  };
  const writer = new Writer();
  for (const root of roots) {
    writer.flush();
    const replacement = options.replacements?.get(root);
    if (replacement !== undefined) writer.block({ md: replacement.markdown, text: replacement.text });
    else walkChildren(root, writer, context, hasMark(context, root, markPreWrap));
  }
  const blocks = writer.finish();
  const markdown = joinBlocks(blocks, 'md');
  // A turn of plain paragraphs (most prompts) has one string for both (markdown-writer.ts): joined once.
  return { markdown, text: blocks.every((b) => b.md === b.text) ? markdown : joinBlocks(blocks, 'text') };
}
