import { safeLinkTarget } from './escape';
import { markCode, markMath, markPreWrap, markSkip, skippedTags } from './element-marks';
import { trimTrailingSpaces, type Writer } from './markdown-writer';
import { renderBlockquote, renderHeading, renderList, renderTable } from './render-blocks';
import { renderCodeBlock, renderInlineCode } from './render-code';
import { renderMath } from './render-math';
import { markOf, type WalkContext } from './walk-context';

/** The one walk over the DOM: text nodes, inline markup and links here; blocks are handed to their renderers. */

// How walkNode handles an element (handlingOf): numbers, so that its switch compares small integers.
const skipped = 1;
const lineBreak = 2;
const heading = 3;
const list = 4;
const orderedList = 5;
const codeBlock = 6;
const quote = 7;
const table = 8;
const rule = 9;
const math = 10;
const strong = 11;
const emphasis = 12;
const strikethrough = 13;
const inlineCode = 14;
const link = 15;
const block = 16;

/**
 * How the walk handles an element, by tag name: one lookup per element, where a set of skipped tags, a switch over
 * twenty-odd tag names and a set of block tags were three (the walk's commonest elements, spans and custom
 * elements, went through all three to be found transparent). Tags not here are transparent.
 */
const handlingOf = new Map<string, number>();
for (const tag of skippedTags) handlingOf.set(tag, skipped);
const handled: [number, string[]][] = [
  [lineBreak, ['br']],
  [heading, ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']],
  [list, ['ul']],
  [orderedList, ['ol']],
  [codeBlock, ['pre']],
  [quote, ['blockquote']],
  [table, ['table']],
  [rule, ['hr']],
  // Bare MathML and MathJax 3, known by tag name (element-marks.ts finds the other math by its markup).
  [math, ['math', 'mjx-container']],
  [strong, ['strong', 'b']],
  [emphasis, ['em', 'i']],
  [strikethrough, ['del', 's', 'strike']],
  [inlineCode, ['code', 'kbd', 'samp', 'tt']],
  [link, ['a']],
  [
    block,
    [
      'p',
      'div',
      'section',
      'article',
      'header',
      'footer',
      'main',
      'aside',
      'nav',
      'figure',
      'figcaption',
      'details',
      'summary',
      'address',
      'dl',
      'dt',
      'dd',
      'li',
      'center',
      'form',
      'fieldset',
      'hgroup',
    ],
  ],
];
// (Skipped tags come first: none of them is handled otherwise, and a skipped tag is never walked.)
for (const [handling, tags] of handled) for (const tag of tags) if (!handlingOf.has(tag)) handlingOf.set(tag, handling);

export function walkChildren(parent: Node, writer: Writer, context: WalkContext, preWrap = false): void {
  if (preWrap) context.preDepth++;
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) walkNode(node, writer, context);
  if (preWrap) context.preDepth--;
}

export function walkNode(node: Node, writer: Writer, context: WalkContext): void {
  const type = node.nodeType;
  if (type === 3) {
    writer.addText((node as Text).data, context.preDepth > 0);
    return;
  }
  if (type !== 1) return;
  const el = node as Element;
  const tag = el.localName;
  const handling = handlingOf.get(tag);
  if (handling === skipped) return;
  const mark = markOf(context, el, tag, true);
  let preWrap = false;
  if (mark !== undefined) {
    const replacement = context.replacements?.get(el);
    if (replacement !== undefined) {
      writer.block({ md: replacement.markdown, text: replacement.text });
      return;
    }
    if (mark & markSkip) return;
    if (mark & markCode) {
      writer.block(renderCodeBlock(el, context));
      return;
    }
    if (mark & markMath && renderMath(el, tag, writer)) return;
    preWrap = (mark & markPreWrap) !== 0;
  }
  switch (handling) {
    case undefined:
      // Any other element (span, custom elements such as Gemini's <message-content>) is transparent.
      break;
    case block:
      writer.flush();
      walkChildren(el, writer, context, preWrap);
      writer.flush();
      return;
    case lineBreak:
      writer.lineBreak();
      return;
    case heading:
      writer.block(renderHeading(el, Number(tag[1]), context));
      return;
    case list:
    case orderedList:
      writer.block(renderList(el, handling === orderedList, context));
      return;
    case codeBlock:
      writer.block(renderCodeBlock(el, context));
      return;
    case quote:
      writer.block(renderBlockquote(el, context));
      return;
    case table:
      writer.block(renderTable(el, context));
      return;
    case rule:
      writer.block({ md: '---', text: '---' });
      return;
    case math:
      if (renderMath(el, tag, writer)) return;
      break;
    case strong:
      wrapInline(el, '**', writer, context, preWrap);
      return;
    case emphasis:
      wrapInline(el, '*', writer, context, preWrap);
      return;
    case strikethrough:
      wrapInline(el, '~~', writer, context, preWrap);
      return;
    case inlineCode:
      renderInlineCode(el, writer, context);
      return;
    case link:
      renderLink(el, writer, context, preWrap);
      return;
  }
  walkChildren(el, writer, context, preWrap);
}

function wrapInline(el: Element, marker: string, writer: Writer, context: WalkContext, preWrap: boolean): void {
  writer.openInline(marker, marker);
  walkChildren(el, writer, context, preWrap);
  writer.closeInline();
}

function renderLink(el: Element, writer: Writer, context: WalkContext, preWrap: boolean): void {
  const href = el.getAttribute('href');
  const target = safeLinkTarget(href, context.baseUrl);
  if (target === null) {
    // javascript:, data: and other schemes keep their text and lose the link.
    walkChildren(el, writer, context, preWrap);
    return;
  }
  const textStart = writer.text.length;
  const flushes = writer.flushes;
  writer.openInline('[', `](${target})`);
  walkChildren(el, writer, context, preWrap);
  if (!writer.closeInline() || writer.flushes !== flushes) return;
  // Plain text keeps where the link goes, unless the link text already says it. Only a link text of about the
  // address's length can be the address: other links skip the comparison (slicing would flatten the rope).
  const length = writer.text.length - textStart;
  const close = (n: number) => Math.abs(length - n) <= 2;
  if (close(target.length) || close(href?.length ?? -9) || close(target.length - 'mailto:'.length)) {
    const shown = writer.text.slice(textStart).trim();
    if (shown === target || shown === href || 'mailto:' + shown === target) return;
  }
  // Written to the text only: the link's opener is written (closeInline), so the writer keeps the Markdown apart.
  if (!writer.atSpace) {
    writer.text += ` (${target})`;
    return;
  }
  const trimmed = trimTrailingSpaces(writer.text);
  writer.text = trimmed + ` (${target})` + writer.text.slice(trimmed.length);
}
