import type { Role } from '../../model/turn';
import { isDisclaimer, isStamp, labelRole } from './page-chrome';
import {
  commonAncestor,
  edgeContentText,
  hasContentText,
  isBlankText,
  isChromeElement,
  visibleText,
  type PageScan,
} from './page-scan';
import { actionEvidence, attributeEvidence, emptyEvidence, type RoleEvidence } from './role-evidence';

/** One message block found on the page, with what its surroundings say about its role. */
export interface MessageBlock {
  readonly el: Element;
  /** The role a label just before the block names ("You said:" as a sibling heading). */
  readonly labelledAs?: Role;
}

export interface FoundMessages {
  /** The element holding every message: the conversation column. */
  readonly column: Element;
  readonly blocks: MessageBlock[];
}

// Elements that are content inside a message (Markdown's blocks and inline markup), never a message wrapper.
const contentTags = new Set([
  'p',
  'pre',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'hr',
  'math',
  'dl',
  'code',
  'span',
  'a',
  'strong',
  'b',
  'em',
  'i',
  'br',
  'sup',
  'sub',
  'mark',
  'small',
  'img',
  'figure',
  'details',
  'summary',
]);
const richBlocks = 'ul,ol,table,pre,h1,h2,h3,h4,h5,h6,blockquote,math';
const maxDepth = 40;
const maxBlocks = 5000;

/**
 * Finds the conversation column and its message blocks. The column is the nearest element holding the page's
 * first and last content text before the composer (landmarks, controls and hidden markup left out); from there
 * the blocks are found level by level: single wrappers are passed through, exchange blocks holding both a
 * prompt and an answer are split, and an element whose children are Markdown blocks is one message.
 */
export function findMessages(body: Element, scan: PageScan): FoundMessages | null {
  const first = edgeContentText(body, scan, false, (t) => precedesComposer(t, scan));
  const last = edgeContentText(body, scan, true, (t) => precedesComposer(t, scan));
  if (first === null || last === null) return null;
  const column = commonAncestor(first, last);
  if (column === null) return null;
  const blocks: MessageBlock[] = [];
  collectBlocks(column, scan, blocks, 0, undefined);
  return blocks.length === 0 ? null : { column, blocks };
}

function precedesComposer(node: Node, scan: PageScan): boolean {
  // DOCUMENT_POSITION_PRECEDING (2): the node comes before the composer.
  return scan.composer === null || (scan.composer.compareDocumentPosition(node) & 2) !== 0;
}

function isContentBlock(el: Element): boolean {
  const tag = el.localName;
  if (contentTags.has(tag)) return true;
  // A list is Markdown unless its items are message wrappers (chats built as <ul><li><div>…).
  if (tag === 'ul' || tag === 'ol') return el.querySelector(':scope > li > div, :scope > li > article') === null;
  return false;
}

function hasOwnText(el: Element): boolean {
  for (let node = el.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === 3 && !isBlankText((node as Text).data)) return true;
  }
  return false;
}

/**
 * The element's children that carry content, with role labels, stamps and disclaimers among them moved to the
 * chrome (a label names the role of the child after it).
 */
function contentChildren(el: Element, scan: PageScan): { kids: Element[]; labels: Map<Element, Role> } {
  const kids: Element[] = [];
  const labels = new Map<Element, Role>();
  let pending: Role | undefined;
  for (let child = el.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (isChromeElement(child, scan) || !hasContentText(child, scan)) continue;
    const short = visibleText(child, scan, 301);
    if (short.length <= 300) {
      const label = labelRole(short);
      if (label !== undefined) {
        scan.chrome.add(child);
        if (label !== 'none') pending = label;
        continue;
      }
      if (isStamp(short) || isDisclaimer(short)) {
        scan.chrome.add(child);
        continue;
      }
    }
    if (pending !== undefined) labels.set(child, pending);
    pending = undefined;
    kids.push(child);
  }
  return { kids, labels };
}

function evidenceOf(el: Element): RoleEvidence {
  const evidence = emptyEvidence();
  actionEvidence(el, evidence);
  attributeEvidence(el, evidence);
  return evidence;
}

function isRich(el: Element): boolean {
  return el.querySelector(richBlocks) !== null || el.querySelectorAll('p').length >= 2;
}

/** Link text over all text: navigation lists (a history sidebar built of plain divs) are nearly all links. */
function isLinkList(el: Element, scan: PageScan): boolean {
  const links = el.querySelectorAll('a');
  if (links.length < 3) return false;
  let linked = 0;
  for (const link of links) linked += (link.textContent ?? '').trim().length;
  return linked >= 0.6 * visibleText(el, scan, 4000).length;
}

function collectBlocks(
  node: Element,
  scan: PageScan,
  out: MessageBlock[],
  depth: number,
  labelledAs: Role | undefined,
): void {
  if (out.length >= maxBlocks) return;
  let current = node;
  let { kids, labels } = contentChildren(current, scan);
  // Pass through wrappers that hold a single content child.
  while (kids.length === 1 && !isContentBlock(kids[0]!) && !hasOwnText(current) && depth < maxDepth) {
    labelledAs = labels.get(kids[0]!) ?? labelledAs;
    current = kids[0]!;
    depth++;
    ({ kids, labels } = contentChildren(current, scan));
  }
  if (kids.length === 0 && !hasOwnText(current)) return;
  const wrappers = kids.filter((kid) => !isContentBlock(kid));
  const evidence = new Map(wrappers.map((kid) => [kid, evidenceOf(kid)] as const));
  const isAboveMessages = wrappers.some((kid) => {
    const e = evidence.get(kid)!;
    return (e.user > 0 && e.assistant > 0) || labels.has(kid);
  });
  // Markdown blocks or loose text at this level: `current` is one message (unless it is clearly above them).
  if (!isAboveMessages && (hasOwnText(current) || wrappers.length < kids.length || depth >= maxDepth)) {
    out.push(labelledAs === undefined ? { el: current } : { el: current, labelledAs });
    return;
  }
  for (const kid of kids) {
    if (isContentBlock(kid)) continue; // a title heading or note beside the messages
    const e = evidence.get(kid)!;
    const label = labels.get(kid);
    if (e.user > 0 && e.assistant > 0) {
      collectBlocks(kid, scan, out, depth + 1, label);
      continue;
    }
    if (e.user === 0 && e.assistant === 0 && label === undefined) {
      if (isLinkList(kid, scan)) continue;
      if (looksLikeExchange(kid, scan)) {
        collectBlocks(kid, scan, out, depth + 1, undefined);
        continue;
      }
    }
    out.push(label === undefined ? { el: kid } : { el: kid, labelledAs: label });
  }
}

/**
 * A block with no role evidence that holds a plain block followed by rendered Markdown: a prompt and its answer
 * in one exchange wrapper, on pages with no action buttons or role attributes.
 */
function looksLikeExchange(el: Element, scan: PageScan): boolean {
  let current = el;
  let { kids } = contentChildren(current, scan);
  for (let level = 0; kids.length === 1 && level < 8 && !isContentBlock(kids[0]!); level++) {
    current = kids[0]!;
    ({ kids } = contentChildren(current, scan));
  }
  if (kids.length < 2 || kids.some(isContentBlock)) return false;
  const rich = kids.map(isRich);
  return !rich[0] && rich.slice(1).some(Boolean);
}
