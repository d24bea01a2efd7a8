import type { ExtractedTurn } from '../../model/turn';
import { readerLimits as limits } from './limits';
import { skippedTags as serializerSkippedTags } from '../markdown/element-marks';
import { markCode, markPreWrap, markSkip, serializeContent, type ElementMarks } from '../markdown/serialize';
import type { ClassifiedBlock } from './classify-roles';
import type { MarkupIndex } from './markup-index';
import type { PageScan } from './page-scan';
import { cardHint, inlineChromeMatcher, stripAttachmentCards } from './strip-chrome';

const blockChildren = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'pre',
  'table',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'section',
]);

/**
 * Turns from classified blocks, through the shared serializer: the reader's chrome is skipped, code blocks are
 * read without their header, prompts keep the line breaks the teacher typed, and an answer split into several
 * blocks (text between tool panels or status rows) is one turn.
 */
export function serializeTurns(
  column: Element,
  blocks: readonly ClassifiedBlock[],
  scan: PageScan,
  baseUrl: string,
): ExtractedTurn[] {
  // The serializer's own marks (hidden markup, math) come from the page's one query (markup-index.ts): a query of
  // their own over the column cost about as much as the page's innerText on the 400-turn pages (2026-11-30), and
  // matching each element the walk enters (markMatcher) was a tenth of the reading (2026-12-01).
  // Taken as they are, not copied: a reading serializes its turns once, and nothing reads the index's marks after.
  const marks: ElementMarks = scan.markup.serializerMarks;
  // The reader's chrome holds the column's landmarks and controls too (strip-chrome.ts, from the markup index).
  // Icons and buttons (most of it: ~10,000 on the 400-turn ChatGPT page) need no mark: the serializer passes over
  // their tags before it reads any mark.
  for (const el of scan.chrome) {
    if (!serializerSkippedTags.has(el.localName)) marks.set(el, (marks.get(el) ?? 0) | markSkip);
  }
  const roots = new Set(blocks.map((block) => block.el));
  markCodeBlocks(column.getElementsByTagName('pre'), roots, marks, scan.markup);
  for (const block of blocks) if (block.role === 'user') markTypedLineBreaks(block.el, marks);

  const isInlineChrome = inlineChromeMatcher();
  const matchMarks = (el: Element, tag?: string) => (isInlineChrome(el, tag) ? markSkip : 0);
  const turns: ExtractedTurn[] = [];
  for (let i = 0; i < blocks.length && turns.length < limits.maxTurns;) {
    const role = blocks[i]!.role;
    const parts: Element[] = [blocks[i++]!.el];
    if (role === 'assistant')
      for (; i < blocks.length && blocks[i]!.role === 'assistant'; i++) parts.push(blocks[i]!.el);
    let { text, markdown } = serializeContent(parts, { marks, matchMarks, baseUrl });
    // A turn with an attachment card's separator in its text is read again without the cards found in it.
    if (cardHint.test(text)) {
      const cards = stripAttachmentCards(parts, scan);
      for (const card of cards) marks.set(card, (marks.get(card) ?? 0) | markSkip);
      if (cards.length > 0) ({ text, markdown } = serializeContent(parts, { marks, matchMarks, baseUrl }));
    }
    if (text === '' && markdown === '') continue;
    turns.push({ role, text: clipTurn(text), markdown: clipTurn(markdown) });
  }
  return turns;
}

/**
 * A code block is the nearest wrapper of its <pre> (a few levels up, inside its message) that also holds the
 * header's buttons and at most a short label (the language): read as one block, the header never becomes text.
 */
function markCodeBlocks(
  pres: ArrayLike<Element>,
  roots: ReadonlySet<Element>,
  marks: ElementMarks,
  markup: MarkupIndex,
): void {
  const hasButton = (el: Element) => markup.buttonsInside(el).length > 0;
  const isCode = (el: Element) => ((marks.get(el) ?? 0) & markCode) !== 0;
  for (let i = 0; i < pres.length; i++) {
    const pre = pres[i]!;
    let isInsideCode = false;
    let root: Element | null = null;
    for (let el = pre.parentElement; el !== null; el = el.parentElement) {
      if (isCode(el) || el.localName === 'pre') isInsideCode = true;
      if (roots.has(el)) {
        root = el;
        break;
      }
    }
    if (root === null || isInsideCode) continue;
    let container: Element = pre;
    let el: Element | null = pre.parentElement;
    // A <pre> that holds its own header (language label and Copy inside it) is the whole block already.
    const hasOwnButtons = hasButton(pre);
    for (let level = 0; level < 4 && el !== null && el !== root && !hasOwnButtons; level++, el = el.parentElement) {
      if (!hasButton(el)) continue;
      if (textLengthBeside(pre, el, 60) <= 60 && !holdsProseBeside(pre, el)) container = el;
      break;
    }
    marks.set(container, (marks.get(container) ?? 0) | markCode);
    if (container === pre) markHeaderBefore(pre, marks, hasButton);
  }
}

// The most characters of a code header's own label beside its buttons ("javascript", "Python 3").
const maxHeaderLabelChars = 30;

/**
 * A code block's header standing right before its <pre> as a sibling, with no frame of their own around both (the
 * language and Copy in a row between an answer's paragraphs: assistant-ui, blind set 13): the tool's row, skipped. Only
 * a row with a button and at most a short label beside it, holding no paragraph, list, quote, table or heading.
 */
function markHeaderBefore(pre: Element, marks: ElementMarks, hasButton: (el: Element) => boolean): void {
  const header = pre.previousElementSibling;
  if (header === null || !hasButton(header)) return;
  if (header.matches(proseSelector) || header.querySelector(proseSelector) !== null) return;
  let labelChars = nonSpaceLength(header.textContent ?? '', maxHeaderLabelChars * 4);
  for (const button of header.querySelectorAll('button,[role="button"]'))
    labelChars -= nonSpaceLength(button.textContent ?? '', maxHeaderLabelChars * 4);
  if (labelChars > maxHeaderLabelChars) return;
  marks.set(header, (marks.get(header) ?? 0) | markSkip);
}

/**
 * The length of `outer`'s text outside `inner` (a descendant), counted up to a little past `max`: what
 * `outer.textContent.length - inner.textContent.length` says, without reading the code's own text twice (a code
 * block's text is its many token spans; reading it whole for each block was most of this step).
 */
function textLengthBeside(inner: Element, outer: Element, max: number): number {
  let length = 0;
  for (let child: Element = inner; child !== outer && length <= max; child = child.parentElement!) {
    // Stops once past `max` within a level too: above a <pre> whose header is far up, the siblings are the answer's
    // other paragraphs, and reading each one's whole text to learn that the first already passed `max` was a fiftieth
    // of the reading on the 400-turn redesigned Claude page (2026-12-02).
    for (let node = child.parentElement!.firstChild; node !== null && length <= max; node = node.nextSibling) {
      if (node === child) continue;
      // textContent counts text and CDATA nodes only (comments and processing instructions add nothing).
      const type = node.nodeType;
      // Visible characters only: the markup's indentation between a header's label, its Copy and the <pre> is no text
      // beside the code (an indented header of "excel" and Copy counted ~80 characters of newlines and spaces).
      if (type === 3 || type === 4) length += nonSpaceLength((node as CharacterData).data, max - length);
      else if (type === 1) length += nonSpaceLength(node.textContent ?? '', max - length);
    }
  }
  return length;
}

/** Elements of prose: a code block's header is a label and buttons, never one of these. */
const proseSelector = 'p, li, blockquote, table, h1, h2, h3, h4, h5, h6';

/**
 * Whether `outer` holds a paragraph, list item, quote, table or heading beside `inner` (a descendant): then `outer` is
 * the message's body with its action bar, not the code block's frame ("Type:", the code, "The multiplier 1.08 means…"
 * and a Copy/Regenerate row under them: Chatbox, blind set 12). Read as the frame, the whole answer became code.
 */
function holdsProseBeside(inner: Element, outer: Element): boolean {
  for (let child: Element = inner; child !== outer; child = child.parentElement!)
    for (let sibling = child.parentElement!.firstElementChild; sibling !== null; sibling = sibling.nextElementSibling)
      if (sibling !== child && (sibling.matches(proseSelector) || sibling.querySelector(proseSelector) !== null))
        return true;
  return false;
}

/** How many characters of `text` are not whitespace, counted up to one past `max`. */
function nonSpaceLength(text: string, max: number): number {
  let length = 0;
  for (let i = 0; i < text.length && length <= max; i++) {
    const code = text.charCodeAt(i);
    // Markup whitespace: spaces, tabs, line breaks and no-break spaces.
    if (code !== 32 && code !== 10 && code !== 9 && code !== 13 && code !== 12 && code !== 0xa0) length++;
  }
  return length;
}

const typedBreak = /\S[ \t]*\n\s*\S/;

/**
 * A prompt is shown as typed (styled pre-wrap, which a redesign renames): an element holding only text whose
 * line breaks fall between words keeps them. Markup indentation never puts a line break inside a text run.
 */
function markTypedLineBreaks(block: Element, marks: ElementMarks): void {
  const stack: Element[] = [block];
  for (let visited = 0; stack.length > 0 && visited < 200; visited++) {
    const el = stack.pop()!;
    let hasBlockChild = false;
    let hasBreak = false;
    for (let node = el.firstChild; node !== null; node = node.nextSibling) {
      if (node.nodeType === 3 && typedBreak.test((node as Text).data)) hasBreak = true;
      else if (node.nodeType === 1) {
        const child = node as Element;
        if (blockChildren.has(child.localName)) hasBlockChild = true;
        stack.push(child);
      }
    }
    if (hasBreak && !hasBlockChild && el.localName !== 'pre' && el.localName !== 'code') {
      marks.set(el, (marks.get(el) ?? 0) | markPreWrap);
    }
  }
}

const truncationNote = '\n\n[…]';

function clipTurn(s: string): string {
  return s.length > limits.maxTurnChars ? s.slice(0, limits.maxTurnChars - truncationNote.length) + truncationNote : s;
}
