import { safeLinkTarget } from './escape';
import { markCode, markMath, markPreWrap, markSkip, skippedTags } from './element-marks';
import { trimTrailingSpaces, type Writer } from './markdown-writer';
import { renderBlockquote, renderHeading, renderList, renderTable } from './render-blocks';
import { renderCodeBlock, renderInlineCode } from './render-code';
import { renderMath } from './render-math';
import { markOf, type WalkContext } from './walk-context';

/** The one walk over the DOM: text nodes, inline markup and links here; blocks are handed to their renderers. */

const blockTags = new Set([
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
]);

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
  if (skippedTags.has(tag)) return;
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
  switch (tag) {
    case 'br':
      writer.lineBreak();
      return;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      writer.block(renderHeading(el, Number(tag[1]), context));
      return;
    case 'ul':
    case 'ol':
      writer.block(renderList(el, tag === 'ol', context));
      return;
    case 'pre':
      writer.block(renderCodeBlock(el, context));
      return;
    case 'blockquote':
      writer.block(renderBlockquote(el, context));
      return;
    case 'table':
      writer.block(renderTable(el, context));
      return;
    case 'hr':
      writer.block({ md: '---', text: '---' });
      return;
    // Bare MathML and MathJax 3, known by tag name (element-marks.ts finds the other math by its markup).
    case 'math':
    case 'mjx-container':
      if (renderMath(el, tag, writer)) return;
      break;
    case 'strong':
    case 'b':
      wrapInline(el, '**', writer, context, preWrap);
      return;
    case 'em':
    case 'i':
      wrapInline(el, '*', writer, context, preWrap);
      return;
    case 'del':
    case 's':
    case 'strike':
      wrapInline(el, '~~', writer, context, preWrap);
      return;
    case 'code':
    case 'kbd':
    case 'samp':
    case 'tt':
      renderInlineCode(el, writer, context);
      return;
    case 'a':
      renderLink(el, writer, context, preWrap);
      return;
  }
  if (blockTags.has(tag)) {
    writer.flush();
    walkChildren(el, writer, context, preWrap);
    writer.flush();
    return;
  }
  // Any other element (span, custom elements such as Gemini's <message-content>) is transparent.
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
