import { composerSelector, isChromeByMarkup } from './page-chrome';

/**
 * What the reader knows about the page's chrome: elements left out with their subtree. Landmarks, controls and
 * hidden markup are recognised where the reader walks (it walks little of a page); labels, stamps and pills the
 * reader recognises are added here.
 */
export interface PageScan {
  readonly chrome: Set<Element>;
  /** The last composer on the page outside navigation; messages come before it. */
  readonly composer: Element | null;
  /** Role labels moved to the chrome ("You said:"), with the role each names. */
  readonly roleLabels: Map<Element, 'user' | 'assistant'>;
  /** Work done once per element: the reader looks at the same blocks from several levels. */
  readonly cache: Map<Element, unknown>;
}

// Tags whose text is never read (their subtrees are not walked when looking for content).
const inertTags = new Set(['script', 'style', 'noscript', 'template', 'svg', 'img', 'button', 'textarea', 'input']);

export function scanPage(body: Element): PageScan {
  const chrome = new Set<Element>();
  const composers = body.querySelectorAll(composerSelector);
  let composer: Element | null = null;
  for (let i = composers.length - 1; i >= 0 && composer === null; i--) {
    const candidate = composers[i]!;
    if (candidate.closest('nav,aside,[role="navigation"],[role="search"],dialog,[role="dialog"]') === null) {
      composer = candidate;
    }
  }
  return { chrome, composer, roleLabels: new Map(), cache: new Map() };
}

export function isChromeElement(el: Element, scan: PageScan): boolean {
  return scan.chrome.has(el) || inertTags.has(el.localName) || isChromeByMarkup(el);
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
 * skipping chrome subtrees; stops at the first found, so it costs little on any page.
 */
export function edgeContentText(
  root: Element,
  scan: PageScan,
  fromEnd: boolean,
  accept?: (node: Text) => boolean,
): Text | null {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const text = node as Text;
      if (!isBlankText(text.data) && (accept === undefined || accept(text))) return text;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== root && isChromeElement(el, scan)) continue;
    // Children are pushed so that the next one in reading order (or reverse order) is popped first.
    if (fromEnd) for (let child = el.firstChild; child !== null; child = child.nextSibling) stack.push(child);
    else for (let child = el.lastChild; child !== null; child = child.previousSibling) stack.push(child);
  }
  return null;
}

export function hasContentText(el: Element, scan: PageScan): boolean {
  return edgeContentText(el, scan, false) !== null;
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

/** The text of `el` without chrome, whitespace collapsed, up to `max` characters (a cheap look at short blocks). */
export function visibleText(el: Element, scan: PageScan, max: number): string {
  let out = '';
  const stack: Node[] = [el];
  while (stack.length > 0 && out.length <= max) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      out += (node as Text).data;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (child !== el && isChromeElement(child, scan)) continue;
    for (let c = child.lastChild; c !== null; c = c.previousSibling) stack.push(c);
  }
  return out.replace(/\s+/g, ' ').trim();
}
