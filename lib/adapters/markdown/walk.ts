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

// What the walk does with each tag, looked up once per element (a switch over tag names compared most elements'
// names with every case before reaching the default).
const enum Kind {
  Skipped = 1,
  Break,
  Heading,
  List,
  OrderedList,
  Pre,
  Quote,
  Table,
  Rule,
  Math,
  Strong,
  Emphasis,
  Deleted,
  InlineCode,
  Link,
  Block,
}
const tagKinds = new Map<string, Kind>([
  ['br', Kind.Break],
  ['h1', Kind.Heading],
  ['h2', Kind.Heading],
  ['h3', Kind.Heading],
  ['h4', Kind.Heading],
  ['h5', Kind.Heading],
  ['h6', Kind.Heading],
  ['ul', Kind.List],
  ['ol', Kind.OrderedList],
  ['pre', Kind.Pre],
  ['blockquote', Kind.Quote],
  ['table', Kind.Table],
  ['hr', Kind.Rule],
  ['math', Kind.Math],
  ['mjx-container', Kind.Math],
  ['strong', Kind.Strong],
  ['b', Kind.Strong],
  ['em', Kind.Emphasis],
  ['i', Kind.Emphasis],
  ['del', Kind.Deleted],
  ['s', Kind.Deleted],
  ['strike', Kind.Deleted],
  ['code', Kind.InlineCode],
  ['kbd', Kind.InlineCode],
  ['samp', Kind.InlineCode],
  ['tt', Kind.InlineCode],
  ['a', Kind.Link],
  ...[...blockTags].map((tag): [string, Kind] => [tag, Kind.Block]),
  // Last: a skipped tag is skipped whatever else it is.
  ...[...skippedTags].map((tag): [string, Kind] => [tag, Kind.Skipped]),
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
  const kind = tagKinds.get(tag);
  if (kind === Kind.Skipped) return;
  const mark = markOf(context, el, tag);
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
  switch (kind) {
    case Kind.Break:
      writer.lineBreak();
      return;
    case Kind.Heading:
      writer.block(renderHeading(el, Number(tag[1]), context));
      return;
    case Kind.List:
    case Kind.OrderedList:
      writer.block(renderList(el, kind === Kind.OrderedList, context));
      return;
    case Kind.Pre:
      writer.block(renderCodeBlock(el, context));
      return;
    case Kind.Quote:
      writer.block(renderBlockquote(el, context));
      return;
    case Kind.Table:
      writer.block(renderTable(el, context));
      return;
    case Kind.Rule:
      writer.block({ md: '---', text: '---' });
      return;
    // Bare MathML and MathJax 3, known by tag name (element-marks.ts finds the other math by its markup).
    case Kind.Math:
      if (renderMath(el, tag, writer)) return;
      break;
    case Kind.Strong:
      wrapInline(el, '**', writer, context, preWrap);
      return;
    case Kind.Emphasis:
      wrapInline(el, '*', writer, context, preWrap);
      return;
    case Kind.Deleted:
      wrapInline(el, '~~', writer, context, preWrap);
      return;
    case Kind.InlineCode:
      renderInlineCode(el, writer, context);
      return;
    case Kind.Link:
      renderLink(el, writer, context, preWrap);
      return;
    case Kind.Block:
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
  if (!writer.atSpace) {
    writer.text += ` (${target})`;
    return;
  }
  const trimmed = trimTrailingSpaces(writer.text);
  writer.text = trimmed + ` (${target})` + writer.text.slice(trimmed.length);
}
