/**
 * The page's controls, landmarks, links and role-bearing elements, found by one native query over the body, in
 * document order. The reader needs them in several places (the composer, each message's action buttons, citation
 * pills and captions, progress groups, chrome to skip): each of those used to be its own query over the
 * conversation column, and each query costs the same pass over every element (measured in Chromium on the 400-turn
 * redesigned pages, 2026-11: a selector list costs about the sum of its selectors, ~2-4 ms per selector on an idle
 * machine over 350,000 elements, and five such passes were a fifth of the reading). An element's share of the list
 * is found by binary search: its descendants are a contiguous run in document order.
 */

import {
  hiddenOrMathMark,
  hiddenOrMathSelector,
  skippedTags as serializerSkippedTags,
} from '../markdown/element-marks';
import { isFocusableMessage } from './focusable-message';
import { isChromeByMarkup, isChromeTag } from './page-chrome';
import { isStyleHidden } from './style-hidden';

export interface MarkupIndex {
  /** Every element matching `indexedSelector`, in document order. */
  readonly all: readonly Element[];
  /** Buttons (`<button>` and `role="button"`), in document order. */
  readonly buttons: readonly Element[];
  /**
   * What each element of `all` is, as `markupKind` flags (same index): the attributes behind them are read once,
   * here, not again by each user of the index (reading them again for every element of the column was a
   * twentieth of the reading on the 400-turn redesigned Perplexity page, 2026-12-01).
   */
  readonly kinds: Uint8Array;
  /**
   * The shared serializer's own marks (hidden markup, math: element-marks.ts `hiddenOrMathSelector`) of every
   * element that has one, found by the same query, so the serializer's walk need not match each element it enters.
   * The reading's serialization adds its own marks to it (serialize-turns.ts): copying ~10,000 entries was waste.
   */
  readonly serializerMarks: Map<Element, number>;
  /** The buttons inside `el` (not `el` itself), in document order, at most `maxButtonsPerElement`. */
  buttonsInside(el: Element): readonly Element[];
}

/** Flags of `MarkupIndex.kinds`. */
export const markupKind = {
  /** A `<button>` or `role="button"`. */
  button: 1,
  /** Chrome by its markup (isChromeByMarkup: hidden, or a control's role; added to indexMarkup's `chrome`). */
  chrome: 2,
  /** A live status announcement: `role="status"` or `aria-live="polite"`. */
  status: 4,
} as const;

/** The most buttons kept per element: a few messages' worth tell who wrote them. */
export const maxButtonsPerElement = 64;

// What the index's users ask for: the composer (textarea, contenteditable, role=textbox), buttons, live regions,
// and controls that are chrome by their role. Each selector costs a pass over every element (~4 ms on a
// 350,000-element page, 2026-11-30): what the serializer's walk can tell by tag name as it goes (links, footnotes,
// landmarks: strip-chrome.ts inlineChromeMatcher) is not asked here.
// Hidden markup too: with it, whether any element is chrome by its markup is a set lookup (page-scan.ts), where
// reading four attributes of every element the reader's walks pass was a tenth of the reading.
// Markup hidden by its inline style too (a collapsed reasoning's `display:none`, a swipe counter shown only on some
// messages): a person does not read it. Only the inline style: the page's style sheets are not read (computed style is
// dear in the page and missing in tests). Both spellings, as a substring: matched again by isStyleHidden below.
const styleHiddenSelector =
  '[style*="display:none"],[style*="display: none"],[style*="visibility:hidden"],[style*="visibility: hidden"]';
const indexedSelector = `button,textarea,[role],[contenteditable],[aria-live],[hidden],[aria-hidden="true"],${styleHiddenSelector}`;
// The serializer's hidden and math markup in the same pass (what indexedSelector already asks for is not repeated):
// matching each element the serializer's walk enters against its selectors (markMatcher) cost more than these
// few selectors in a query that runs anyway (400-turn redesigned pages, 2026-12-01).
// As one `:is()` list: Chromium then matches the alternatives inside one selector match per element instead of one
// match per list entry, the same elements for ~10 % less of the query (CPU time on the 400-turn redesigned ChatGPT and
// Gemini pages, min of 7: 68.5 → 61.9 ms and 59.6 → 55.1 ms, 2026-12-01).
// The serializer's classes stay in it: getElementsByClassName, tried instead, walks the whole page once per class,
// ~6 ms each on the 400-turn ChatGPT page against ~3 ms for a class in this list (bench/structural-query.ts, fresh
// collections, 2026-12-01; a collection asked for again while the page is unchanged is cached, which made it look
// free in repeated readings). Exported for that bench.
export const pageSelector = `:is(${indexedSelector},${hiddenOrMathSelector
  .split(',')
  .filter((selector) => !['[hidden]', '[aria-hidden="true"]', '[role="button"]'].includes(selector))
  .join(',')})`;

/**
 * `chrome` is filled with the indexed elements that are chrome by their markup: the reader's chrome set starts with
 * them (filled in place: copying ~10,000 elements into it was work each reading did twice).
 */
export function indexMarkup(root: Element, chrome = new Set<Element>()): MarkupIndex {
  const found = root.querySelectorAll(pageSelector);
  const all: Element[] = new Array<Element>(found.length);
  const buttons: Element[] = [];
  const serializerMarks = new Map<Element, number>();
  const kinds = new Uint8Array(found.length);
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    // Elements found only by the serializer's selectors are in `all` too: none is a control, composer or live
    // region, so the index's users pass over them.
    all[i] = el;
    // Each attribute read once here (two thirds of what the query finds are hidden icons and glyph groups, which
    // isChromeByMarkup, the live-region check and the serializer's check each read again: ~10 DOM calls per element).
    const tag = el.localName;
    let role = el.getAttribute('role');
    // A bubble made focusable (`role="button"`, its label repeating its text) is a message, not a control.
    const isMessage = role === 'button' && tag !== 'button' && isFocusableMessage(el);
    if (isMessage) role = null;
    // Icons and buttons (two thirds of what the query finds) are chrome by their tag name, and the serializer passes
    // over them by name before reading any mark: whether markup hides them changes nothing, so it is not read.
    const isNamedOut = isChromeTag(tag) && serializerSkippedTags.has(tag);
    // `[hidden]` or `[aria-hidden="true"]`: chrome, and both in the serializer's `hiddenOrMathSelector`; hidden by its
    // inline style: chrome too, marked for the serializer here (its own selector does not name it).
    const isHidden =
      !isNamedOut && (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || isStyleHidden(el));
    let kind = 0;
    if (tag === 'button' || role === 'button') {
      buttons.push(el);
      kind |= markupKind.button;
    }
    if (isNamedOut || isHidden || isChromeByMarkup(el, role, tag, false)) {
      chrome.add(el);
      kind |= markupKind.chrome;
    }
    if (role === 'status' || el.getAttribute('aria-live') === 'polite') kind |= markupKind.status;
    kinds[i] = kind;
    // Most of what the query finds are hidden icons and glyph groups, and buttons: those match the serializer's
    // selectors by the attributes read here, and only the rest are matched against them (matching every element
    // found was a fifth of the index's own loop).
    if (!isNamedOut && !isMessage && (role === 'button' || isHidden || el.matches(hiddenOrMathSelector)))
      serializerMarks.set(el, hiddenOrMathMark(el));
  }
  let inside: Map<Element, Element[]> | undefined;
  const buttonsInside = (el: Element): readonly Element[] => {
    inside ??= buttonsByAncestor(buttons);
    return inside.get(el) ?? [];
  };
  return { all, buttons, kinds, serializerMarks, buttonsInside };
}

/**
 * Each element's buttons, from the buttons' ancestor chains: one climb per button, then a lookup per element.
 * (A binary search of compareDocumentPosition per element was slower: Chromium orders two nodes by walking their
 * common parent's children, and the column has one child per message.)
 */
function buttonsByAncestor(buttons: readonly Element[]): Map<Element, Element[]> {
  const inside = new Map<Element, Element[]>();
  for (const button of buttons) {
    for (let el = button.parentElement; el !== null; el = el.parentElement) {
      const list = inside.get(el);
      if (list === undefined) inside.set(el, [button]);
      else if (list.length < maxButtonsPerElement) list.push(button);
      // A full list: every ancestor above it has had each button this one had, so theirs are full too (the climb
      // to the page's root from each of thousands of buttons was most of this).
      else break;
    }
  }
  return inside;
}

export function isButton(el: Element): boolean {
  return el.localName === 'button' || el.getAttribute('role') === 'button';
}

// compareDocumentPosition bits: the other node follows, and is inside.
const following = 4;
const containedBy = 16;

/**
 * The run of `list` (in document order) that lies inside `el` (not `el` itself): [start, end). Two binary
 * searches of compareDocumentPosition, whatever the size of `el`'s subtree.
 */
export function rangeInside(list: readonly Element[], el: Element): [number, number] {
  // Elements before `el` or holding it, then its descendants, then the elements after it.
  const start = firstIndex(list, (other) => (el.compareDocumentPosition(other) & following) !== 0);
  const end = firstIndex(
    list,
    (other) => {
      const position = el.compareDocumentPosition(other);
      return (position & following) !== 0 && (position & containedBy) === 0;
    },
    start,
  );
  return [start, end];
}

/** The first index from `from` whose element passes `isPast` (a predicate false then true along the list). */
function firstIndex(list: readonly Element[], isPast: (el: Element) => boolean, from = 0): number {
  let low = from;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isPast(list[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}
