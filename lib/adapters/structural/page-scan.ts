import { indexMarkup, type MarkupIndex } from './markup-index';
import { chromeTagNames, isComposer } from './page-chrome';
import { isStyleHidden } from './style-hidden';

export { isStyleHidden };
import type { ActionCache } from './role-evidence';

/**
 * What the reader knows about the page's chrome: elements left out with their subtree. Landmarks, controls and
 * hidden markup are recognised where the reader walks (it walks little of a page); labels, stamps and pills the
 * reader recognises are added here.
 */
export interface PageScan {
  /**
   * Chrome elements: those chrome by their markup (markup-index.ts), then the labels, stamps, pills and captions the
   * reader finds. Its removals (a label that was a whole message) are only ever of elements the reader added.
   */
  readonly chrome: Set<Element>;
  /** The last composer on the page outside navigation; messages come before it. */
  readonly composer: Element | null;
  /** Role labels moved to the chrome ("You said:"), with the role each names. */
  readonly roleLabels: Map<Element, 'user' | 'assistant'>;
  /** Elements whose whole text was found to be no label, stamp or disclaimer (find-messages.ts). */
  readonly notLabels: Set<Element>;
  /** Work done once per element: the reader looks at the same blocks from several levels. */
  readonly cache: Map<Element, unknown>;
  /** Each element's role-naming action buttons, read once, from the page's buttons. */
  readonly actions: ActionCache;
  /** The page's controls, landmarks and links, found once. */
  readonly markup: MarkupIndex;
}

// Tags whose text is never read (their subtrees are not walked when looking for content).
const inertTags = ['script', 'style', 'noscript', 'template', 'svg', 'img', 'button', 'textarea', 'input'];
// Inert and chrome tags in one set: isChromeElement runs for every element the reader's walks pass.
const skippedTags: ReadonlySet<string> = new Set([...inertTags, ...chromeTagNames]);

export function scanPage(body: Element): PageScan {
  // Chrome by markup from the start: one set to ask for every element the reader's walks pass, not two.
  const chrome = new Set<Element>();
  const markup = indexMarkup(body, chrome);
  let composer: Element | null = null;
  for (let i = markup.all.length - 1; i >= 0 && composer === null; i--) {
    const candidate = markup.all[i]!;
    if (
      isComposer(candidate) &&
      candidate.closest('nav,aside,[role="navigation"],[role="search"],dialog,[role="dialog"]') === null
    ) {
      composer = candidate;
    }
  }
  return {
    chrome,
    composer,
    roleLabels: new Map(),
    notLabels: new Set(),
    cache: new Map(),
    actions: { hits: new Map(), markup, attributes: new Map(), subtrees: new Map(), buttons: new Map() },
    markup,
  };
}

/** Tags whose subtrees the reader never reads: inert (scripts, controls, images) or chrome (landmarks). */
export function isSkippedTag(tag: string): boolean {
  return skippedTags.has(tag);
}

export function isChromeElement(el: Element, scan: PageScan): boolean {
  // Hidden markup and controls' roles are in the page's markup index (one query), so no attribute is read here.
  const tag = el.localName;
  return skippedTags.has(tag) || scan.chrome.has(el);
}

/** True when `node` lies inside chrome below `stop` (exclusive). */
export function isInsideChrome(node: Node, stop: Element, scan: PageScan): boolean {
  for (let el = node.parentElement; el !== null && el !== stop; el = el.parentElement) {
    if (isChromeElement(el, scan)) return true;
  }
  return false;
}

const blank = /^[\s\u200b-\u200f\u2060\ufeff]*$/;

export function isBlankText(text: string): boolean {
  return blank.test(text);
}

/**
 * The first (or last) text node under `root` that is not chrome and not blank, walking depth-first and
 * skipping chrome subtrees; stops at the first found, so it costs little on any page. Walks by sibling and
 * parent links: no stack to fill with every child of a long message (that garbage was a third of the reader's
 * time on a 400-turn page).
 */
export function edgeContentText(
  root: Element,
  scan: PageScan,
  fromEnd: boolean,
  accept?: (node: Text) => boolean,
): Text | null {
  let node: Node | null = fromEnd ? root.lastChild : root.firstChild;
  while (node !== null) {
    const type = node.nodeType;
    if (type === 3) {
      const text = node as Text;
      if (!isBlankText(text.data) && (accept === undefined || accept(text))) return text;
    } else if (type === 1 && !isChromeElement(node as Element, scan)) {
      const child: Node | null = fromEnd ? node.lastChild : node.firstChild;
      if (child !== null) {
        node = child;
        continue;
      }
    }
    node = nextInWalk(node, root, fromEnd);
  }
  return null;
}

/** The node after `node`'s subtree in a walk of `root` (reading order, or reverse): null at the walk's end. */
export function nextInWalk(node: Node, root: Node, fromEnd = false): Node | null {
  for (let at: Node | null = node; at !== null && at !== root; at = at.parentNode) {
    const sibling = fromEnd ? at.previousSibling : at.nextSibling;
    if (sibling !== null) return sibling;
  }
  return null;
}

export function hasContentText(el: Element, scan: PageScan): boolean {
  return edgeContentText(el, scan, false) !== null;
}

/**
 * Whether `el` shows content text: hasContentText, with text inside inline-style-hidden elements left out (a
 * collapsed thinking panel, read apart from its answer, is its toggle's caption and a hidden draft). Styles are read
 * only on the ancestors of texts found, not on every element passed.
 */
export function hasShownText(el: Element, scan: PageScan): boolean {
  return edgeContentText(el, scan, false, (text) => !isInsideHidden(text, el)) !== null;
}

function isInsideHidden(node: Node, stop: Element): boolean {
  for (let at = node.parentElement; at !== null && at !== stop; at = at.parentElement)
    if (isStyleHidden(at)) return true;
  return isStyleHidden(stop);
}

/** The nearest element holding both nodes. */
export function commonAncestor(a: Node, b: Node): Element | null {
  const ancestors = new Set<Node>();
  for (let node: Node | null = a; node !== null; node = node.parentNode) ancestors.add(node);
  for (let node: Node | null = b; node !== null; node = node.parentNode) {
    if (ancestors.has(node) && node.nodeType === 1) return node as Element;
  }
  return null;
}

const spaces = /\s+/g;
// What `spaces` would change: whitespace other than a plain space, or two whitespace characters in a row.
const collapsible = /[^\S ]|\s\s/;

/**
 * The text of `el` without chrome, whitespace collapsed, cut a little past `max` characters (a cheap look at
 * short blocks: their length decides whether they are read as labels). Collapses as it goes and stops once past
 * `max`, so a long paragraph costs no more than a short one (reading whole paragraphs was a fifth of the reader's
 * time on a 400-turn page).
 */
export function visibleText(el: Element, scan: PageScan, max: number): string {
  let out = '';
  // Whether `out` ends with a space, kept as pieces are added: reading `out`'s last character made V8 flatten the
  // concatenation into a new string each time (a code block's text is a piece per token, every other one a space).
  let isAfterSpace = true;
  let node: Node | null = el.firstChild;
  while (node !== null && out.length <= max) {
    const type = node.nodeType;
    if (type === 3) {
      const data = (node as Text).data;
      const chunk = 2 * max + 64;
      for (let at = 0; at < data.length && out.length <= max; at += chunk) {
        const raw = data.length <= chunk ? data : data.slice(at, at + chunk);
        // Most text has only single spaces, which collapsing leaves as they are: no copy for it.
        let piece = collapsible.test(raw) ? raw.replace(spaces, ' ') : raw;
        if (piece.charCodeAt(0) === 32 && isAfterSpace) piece = piece.slice(1);
        if (piece.length === 0) continue;
        out += piece;
        isAfterSpace = piece.charCodeAt(piece.length - 1) === 32;
      }
    } else if (type === 1 && !isChromeElement(node as Element, scan) && node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    node = nextInWalk(node, el, false);
  }
  return out.trimEnd();
}
