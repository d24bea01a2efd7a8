import type { ClassifiedBlock } from './classify-roles';
import { hasContentText, isChromeElement, isSkippedTag, isStyleHidden, nextInWalk, type PageScan } from './page-scan';
import { isClosedDisclosure } from './closed-disclosure';
import { isThinkingToggle } from './page-chrome';
import { countParagraphBlocks } from './role-evidence';

// The longest text of a row before an answer's body: a tool call's title with its source chips ("Searched 5
// results", "nctm.org youcubed.org +3 more"), a status ("Thinking complete"). An answer's first paragraph is longer.
const maxPreambleChars = 80;
const maxDescent = 12;
// Markup an answer's body is made of; a preamble row has none of it where it can be seen.
const proseSelector = 'p,ul,ol,table,pre,blockquote,h1,h2,h3,h4,h5,h6';
const proseTags = new Set(proseSelector.split(','));
// What a row opens with when it is a control or a status: an icon, a toggle.
const iconTags = new Set(['svg', 'img', 'button', 'i']);
// The longest caption page-chrome.ts's isThinkingToggle names.
const maxThinkingCaptionChars = 40;

/**
 * Rows before an answer's body that are the tool's, not the answer's: a tool call's title and source chips, a
 * finished reasoning's status, a collapsed search ("Searched 5 results" ▸ its hidden sources). Told by their shape
 * and place, not their words: in an answer, the kids before the first kid holding prose, each opening with an icon
 * or a control before any text, with a short visible text and no prose of their own. Any other kind of kid before
 * the body leaves the answer as it is (a short lead sentence is the answer's).
 */
export function stripAnswerPreambles(blocks: readonly ClassifiedBlock[], scan: PageScan): void {
  for (const block of blocks) if (block.role === 'assistant') stripPreamble(block.el, scan);
}

function stripPreamble(answer: Element, scan: PageScan): void {
  let at = answer;
  for (let depth = 0; depth < maxDescent; depth++) {
    // The kids with text are found one by one, as far as the rows go: an answer's body is most of its kids, and
    // finding the first text of each of them at every level (to count them) was a twelfth of the reading on the
    // 400-turn redesigned Gemini page, where every answer opens with its body (2026-12-01).
    const first = nextKidWithText(at.firstElementChild, scan);
    if (first === null) return;
    let kid: Element | null = nextKidWithText(first.nextElementSibling, scan);
    if (kid === null) {
      if (proseTags.has(first.localName)) return;
      at = first;
      continue;
    }
    const rows: Element[] = [];
    for (kid = first; kid !== null; kid = nextKidWithText(kid.nextElementSibling, scan)) {
      if (isPreambleRow(kid, scan)) {
        rows.push(kid);
        continue;
      }
      if (rows.length > 0 && holdsProse(kid)) for (const row of rows) scan.chrome.add(row);
      return;
    }
    return;
  }
}

/** `from` or the first of its next siblings that is no chrome, not hidden and has content text; null when none is. */
function nextKidWithText(from: Element | null, scan: PageScan): Element | null {
  for (let child = from; child !== null; child = child.nextElementSibling) {
    if (isChromeElement(child, scan) || isStyleHidden(child)) continue;
    // The first text only (an answer's whole text, built at each level, was the cost of this pass).
    if (hasContentText(child, scan)) return child;
  }
  return null;
}

function holdsProse(el: Element): boolean {
  return proseTags.has(el.localName) || el.querySelector(proseSelector) !== null || countParagraphBlocks(el, 1) > 0;
}

// An icon font's ligature: one lower-case name ("check_circle", "lightbulb") the font draws as a glyph.
const ligatureName = /^[a-z][a-z0-9_]{1,30}$/;

/**
 * An icon drawn by an icon font, hidden from screen readers: its text is the glyph's name (a span "check_circle").
 * Not any hidden element: a typing indicator's empty dots before a bubble's words are no icon of a status row.
 */
function isIconGlyph(el: Element): boolean {
  return el.getAttribute('aria-hidden') === 'true' && ligatureName.test((el.textContent ?? '').trim());
}

/**
 * Opens with an icon or a control, then at most a short visible text, with no prose where it can be seen; or a
 * collapsed reasoning's caption followed by its toggle ("Thought for 6 seconds" ▸): text before the control is a
 * sentence unless it names a thinking panel.
 */
function isPreambleRow(row: Element, scan: PageScan): boolean {
  if (proseTags.has(row.localName)) return false;
  let text = '';
  let isOpened = false;
  let isCaptionFirst = false;
  // A closed disclosure shows only its summary: the row's walk starts there and the hidden rest is not read
  // (Hollama's closed "Reasoning" <details> holding the model's thinking in paragraphs).
  let node: Node | null = isClosedDisclosure(row) ? row : row.firstChild;
  while (node !== null) {
    if (node.nodeType === 3) {
      const data = (node as Text).data.trim();
      if (data !== '') {
        if (!isOpened) isCaptionFirst = true;
        text += text === '' ? data : ` ${data}`;
        // Text before any icon or control: only a thinking panel's caption may be (isThinkingToggle's length).
        if (text.length > (isCaptionFirst ? maxThinkingCaptionChars : maxPreambleChars)) return false;
      }
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (proseTags.has(tag)) return false;
      // A disclosure's <summary> is its toggle ("Reasoning (2 steps)" ▸ in a closed <details>), and a closed
      // <details> as a whole is one: its summary and what it hides are passed over.
      if (
        iconTags.has(tag) ||
        tag === 'summary' ||
        isClosedDisclosure(el) ||
        el.getAttribute('role') === 'button' ||
        el.hasAttribute('aria-expanded') ||
        isIconGlyph(el)
      ) {
        isOpened = true;
      } else if (!isSkippedTag(tag) && !scan.chrome.has(el) && !isStyleHidden(el) && el.firstChild !== null) {
        node = el.firstChild;
        continue;
      }
    }
    node = nextInWalk(node, row);
  }
  return isOpened && (!isCaptionFirst || isThinkingToggle(text));
}
