import type { ClassifiedBlock } from './classify-roles';
import { findGreetings } from './greeting';
import { isLiveThread } from './live-thread';
import { isComposer } from './page-chrome';
import { edgeContentText, type PageScan } from './page-scan';

/**
 * Where else a conversation may be when the page's main text is something else. The main search takes the page's
 * text before its composer as the conversation column, which holds on a chat tool's own page; a chat embedded in
 * a bigger page (an AI block in an LMS course page's sidebar, a tutor pane beside a lesson) is a small part of that
 * text, beside content, navigation and other blocks, and is often inside a sidebar landmark the main search skips.
 * What marks such a chat on any page is its composer — a text box with a send control beside it — and the thread
 * just before it, or a region the page itself announces as a log of messages (`role="log"`). Looked for only when
 * the main search finds no conversation, so never on a chat tool's own page.
 */
export interface ThreadAnchor {
  /** The element to read the conversation from, as if it were the page's body. */
  readonly root: Element;
  /** The composer the thread precedes; null for a log region with no composer after it inside `root`. */
  readonly composer: Element | null;
  /** The region is inside a dialog: a chat there must show itself one (isChatDialog). */
  readonly isInDialog: boolean;
}

// A chat's composer is never inside these: search boxes and navigation (the main search's rule too).
const notComposerContext = 'nav,[role="navigation"],[role="search"]';
// Dialogs: a modal form's (sign-up, cookie consent, feedback) fields are in one, and so is a support messenger
// floating over a help article. There only a message box (multi-line) or a log region anchors a thread.
const dialogContext = 'dialog,[role="dialog"],[role="alertdialog"]';
// Text inputs with a purpose other than a message, named by their type.
const messageInputTypes = new Set(['', 'text']);
// How many ancestors above a composer a send control is looked for in (the composer's row, its bar).
const maxSendDepth = 3;
// How many ancestors above a composer the thread is looked for in; the page's body is the main search's.
const maxThreadDepth = 8;
// Regions tried per composer, nearest first.
const maxRegionsPerComposer = 3;
// Anchors tried at most: each is a reading of its region (a page has one chat, a few text boxes).
const maxAnchors = 6;
// A search box's purpose is said in its label when its markup doesn't say it (a course page's "Search courses").
const searchWords = /\b(search|buscar|busca|rechercher|recherche|suchen|suche|cerca|pesquisar)/i;

/**
 * Composers with a send control beside them, and log regions, last first (a chat's composer is below its thread,
 * and the page's other text boxes — a search box in the header — come first), each with the region to read.
 */
export function findThreadAnchors(body: Element, scan: PageScan): ThreadAnchor[] {
  const anchors: ThreadAnchor[] = [];
  const roots = new Set<Element>();
  const add = (root: Element | null, composer: Element | null) => {
    if (root === null || root === body || roots.has(root) || anchors.length >= maxAnchors) return;
    roots.add(root);
    anchors.push({ root, composer, isInDialog: root.closest(dialogContext) !== null });
  };
  const composers = composerCandidates(body, scan);
  for (let i = composers.length - 1; i >= 0; i--) {
    for (const root of regionsBefore(composers[i]!, body, scan)) add(root, composers[i]!);
  }
  for (const el of scan.markup.all) {
    // A log region names itself a thread of messages, in a dialog too (a messenger's).
    if (el.getAttribute('role') !== 'log' || el.closest(notComposerContext) !== null) continue;
    add(el, composers.find((composer) => el.contains(composer)) ?? null);
  }
  return anchors;
}

/**
 * Whether a thread read in a dialog is a chat's: a dialog also holds a comments section with its comment box, whose
 * comments alternate plain and rendered text like prompts and answers. A messenger shows itself a chat: its thread is
 * a log region (`role="log"`), or it opens with the tool's greeting, built as its answers are and not as its prompts
 * (greeting.ts). Asked only when no role is marked on the page (a chat whose messages name their roles is one).
 */
export function isChatDialog(root: Element, blocks: readonly ClassifiedBlock[]): boolean {
  if (root.getAttribute('role') === 'log' || root.querySelector('[role="log"]') !== null) return true;
  return findGreetings(blocks).size > 0 || isLiveThread(root, blocks);
}

/** Text boxes a message is typed in, wherever they are (sidebars and complementary blocks included), with a send control. */
function composerCandidates(body: Element, scan: PageScan): Element[] {
  const found: Element[] = [];
  const consider = (el: Element, isMultiLine: boolean) => {
    if (el.closest(notComposerContext) !== null || isSearchBox(el) || !hasSendControl(el, scan)) return;
    if (!isMultiLine && el.closest(dialogContext) !== null) return;
    found.push(el);
  };
  for (const el of scan.markup.all) if (isComposer(el)) consider(el, true);
  // Single-line inputs are not in the page's markup index (the main search never asks for them): one query, here only.
  for (const input of body.getElementsByTagName('input')) {
    if (messageInputTypes.has((input.getAttribute('type') ?? '').toLowerCase())) consider(input, false);
  }
  // In document order: the index's and the inputs' lists are each in order, not together.
  return found.sort((a, b) => ((a.compareDocumentPosition(b) & 4) !== 0 ? -1 : 1));
}

function isSearchBox(el: Element): boolean {
  if (el.getAttribute('role') === 'searchbox' || el.getAttribute('role') === 'combobox') return true;
  const label = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('name') ?? ''}`;
  return searchWords.test(label);
}

/** A button in the composer's row or bar (send, attach, dictate): a text box with none is a form field. */
function hasSendControl(el: Element, scan: PageScan): boolean {
  let at: Element | null = el.parentElement;
  for (let depth = 0; at !== null && depth < maxSendDepth; depth++, at = at.parentElement) {
    if (scan.markup.buttonsInside(at).length > 0) return true;
  }
  return false;
}

/**
 * The nearest ancestors of the composer holding content text before it (the thread above the input row, nearest
 * first), within a few levels: far above, the region is the page again. Several, because the nearest may hold only
 * the composer's own caption ("Ask the tutor") above the input.
 */
function regionsBefore(composer: Element, body: Element, scan: PageScan): Element[] {
  const precedes = (node: Text) => (composer.compareDocumentPosition(node) & 2) !== 0;
  const regions: Element[] = [];
  let first: Text | null = null;
  let at: Element | null = composer.parentElement;
  for (let depth = 0; at !== null && at !== body && depth < maxThreadDepth; depth++, at = at.parentElement) {
    const text = edgeContentText(at, scan, false, precedes);
    // A level whose first text is the one below it adds nothing before the composer: the same region again.
    if (text === null || text === first) continue;
    first = text;
    regions.push(at);
    if (regions.length >= maxRegionsPerComposer) break;
  }
  return regions;
}
