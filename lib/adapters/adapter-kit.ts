import type { ExtractedConversation } from '../model/conversation';
import { limits, type ExtractedTurn, type Role } from '../model/turn';
import {
  markCode,
  markMatcher,
  serializeContent,
  type ElementMarks,
  type MarkSelectors,
  type SerializedContent,
} from './markdown/serialize';
import { firstElement } from './first-element';
import { localizedMessage } from './localized-message';
import { readSideDocuments, type SideDocumentSelectors } from './side-documents';
import { AdapterError, type SelectorList, type SiteAdapter, type TurnCache } from './types';

/**
 * What every site adapter reads, as CSS selector lists (newest site layout first). Each site's selectors.ts
 * fills one of these, with a comment per entry saying where and when that DOM shape was seen.
 * Lists marked "all entries apply" are queried over the whole page: prefer a tag or class in each entry
 * (`span[data-x]`, `.group\\/copy`), since an attribute-only selector costs ~2 ms per entry on a 300,000-word
 * page in Chromium (measured 2026-11).
 */
export interface SiteSelectors {
  /** The element holding the turns (auto-record observes it). */
  readonly root: SelectorList;
  /** One user prompt's content (the bubble, never its turn wrapper with "You said:" labels). */
  readonly userMessage: SelectorList;
  /** One answer's content; consecutive matches are one answer (answers split into several blocks). */
  readonly assistantMessage: SelectorList;
  /** Message matches inside these are not turns (thinking panels, drafts). */
  readonly ignoreMessagesInside: SelectorList;
  /** Chrome inside message content: toolbars, citation pills, labels. All entries apply. */
  readonly chrome: SelectorList;
  /** Code block containers read as one block (code + language, without their header). All entries apply. */
  readonly codeBlock: SelectorList;
  /** Elements whose text keeps its own line breaks (raw prompt text). All entries apply. */
  readonly preWrap: SelectorList;
  /** Evidence that the page is a conversation even when no message could be read. */
  readonly conversationMarker: SelectorList;
  /** Present while an answer is being written. Any entry counts. */
  readonly streaming: SelectorList;
  /** The open conversation's entry in the sidebar, for sites whose page title is generic. */
  readonly sidebarTitle: SelectorList;
  /** The model picker's label. */
  readonly model: SelectorList;
  /** Sites that mount only a window of turns: the container to scroll to read them all. */
  readonly virtualScroller?: SelectorList;
  /** Documents answers open beside the chat (canvas, artifacts): read into the answer that shows their card. */
  readonly sideDocument?: SideDocumentSelectors;
  /**
   * The site's layouts, newest first, told apart by where the page's first prompt sits: on a page whose first prompt
   * is inside a layout's `around`, the `root` and `assistantMessage` entries that layout never has (`absent`) are not
   * queried. A query for a selector that matches nothing still tries it on every element of the page (~0.1× the
   * page's innerText each on a 400-turn page, 2026-12-01). The probe is cheap: the first prompt is near the top of the
   * page and `closest` reads only its ancestors. With no prompt, or no layout around it, every entry is tried.
   */
  readonly layouts?: readonly { readonly around: string; readonly absent?: SelectorList }[];
}

export interface SiteAdapterConfig {
  readonly id: SiteAdapter['id'];
  readonly hosts: readonly string[];
  /** The site's name as teachers know it, used in messages. */
  readonly name: string;
  readonly selectors: SiteSelectors;
  /** The site's id for the conversation, from the URL path; undefined when the path names none. */
  conversationId(url: URL): string | undefined;
  /** The page title without the site's own name; '' when the title is only the site's name. */
  cleanTitle(title: string): string;
  /**
   * Reads the model where the picker label is not enough (e.g. an attribute); falls back to `selectors.model`.
   * `conversation` holds the turns (readLabel's).
   */
  readModel?(doc: Document, conversation: Element): string | undefined;
}

/** Builds a SiteAdapter from a site's selectors and its few site-specific readers. */
export function defineSiteAdapter(config: SiteAdapterConfig): SiteAdapter {
  const { selectors } = config;
  const streaming = joinSelectors(selectors.streaming);
  return {
    id: config.id,
    hosts: config.hosts,
    readConversation: (doc, url, cache) => readConversation(config, doc, url, cache),
    preReadTurns: (doc, url, cache) => preReadTurns(config, doc, url, cache),
    conversationIdOf: (url) => urlConversationId(config, url),
    isStreaming: (doc) => streaming !== '' && doc.querySelector(streaming) !== null,
    findConversationRoot: (doc) => firstElement(doc, selectors.root),
    ...(selectors.virtualScroller
      ? { findVirtualScroller: (doc: Document) => firstElement(doc, selectors.virtualScroller!) }
      : {}),
  };
}

function readConversation(
  siteConfig: SiteAdapterConfig,
  doc: Document,
  url: URL,
  cache?: TurnCache,
): ExtractedConversation {
  const config = forLayout(siteConfig, doc);
  const { selectors, name } = config;
  const { messages, scope, cards } = findMessages(config, doc, url, cache);
  const turns = readTurns(messages, scope, cards, selectors, url, cache);
  if (turns.length === 0) {
    const isConversation =
      messages.length > 0 ||
      config.conversationId(url) !== undefined ||
      firstElement(doc, selectors.conversationMarker) !== null;
    throw isConversation ? noTurns(name) : unrecognisedPage(name);
  }
  const firstPrompt = turns.find((turn) => turn.role === 'user')?.text ?? turns[0]!.text;
  const model = config.readModel?.(doc, scope) ?? readLabel(doc, selectors.model, 200, scope);
  return {
    site: config.id,
    externalId:
      urlConversationId(config, url) ?? clip(`page:${url.pathname}:${hashText(firstPrompt)}`, limits.maxUrlChars),
    url: clip(url.origin + url.pathname + url.search, limits.maxUrlChars),
    title: readTitle(config, doc, firstPrompt),
    ...(model ? { model } : {}),
    turns,
  };
}

/** The conversation's id as the URL names it, clipped as it is stored; undefined when the URL names none. */
function urlConversationId(config: SiteAdapterConfig, url: URL): string | undefined {
  const id = config.conversationId(url);
  return id === undefined ? undefined : clip(id, limits.maxUrlChars);
}

/** The site's config with the lists of the page's layout (SiteSelectors.layouts). */
function forLayout(config: SiteAdapterConfig, doc: Document): SiteAdapterConfig {
  const { selectors } = config;
  const prompt = selectors.layouts && firstElement(doc, selectors.userMessage);
  const absent = prompt && selectors.layouts!.find((layout) => prompt.closest(layout.around))?.absent;
  if (!absent) return config;
  const present = (list: SelectorList) => list.filter((entry) => !absent.includes(entry));
  return {
    ...config,
    selectors: { ...selectors, root: present(selectors.root), assistantMessage: present(selectors.assistantMessage) },
  };
}

/**
 * The page's message elements in order, the element under which they are read (the root, else the body), and the
 * side-document cards under it.
 */
function findMessages(
  config: SiteAdapterConfig,
  doc: Document,
  url: URL,
  cache?: TurnCache,
): { messages: Message[]; scope: Element; cards: readonly Element[] } {
  const { selectors, name } = config;
  if (!config.hosts.includes(url.hostname)) throw unrecognisedPage(name);
  const body = doc.body ?? doc.documentElement;
  const root = firstElement(doc, selectors.root);
  // A query over the whole conversation (~30 ms on a 400-turn page): kept while nothing in it changes.
  const collect = (scope: Element) =>
    cache
      ? cache.remember(scope, 'messages', () => collectMessages(scope, selectors))
      : collectMessages(scope, selectors);
  let collected = root === null ? undefined : collect(root);
  if (collected === undefined || collected.messages.length === 0) collected = collect(body);
  const { messages } = collected;
  const scope = root !== null && messages.length > 0 && root.contains(messages[0]!.el) ? root : body;
  // The cards were found with the messages, under the element they were collected from: almost always the scope.
  const cards = collected.scope === scope ? collected.cards : queryCards(scope, selectors);
  return { messages, scope, cards };
}

/**
 * Reads the turns of the page into `cache` ahead of a capture, in steps (adapter types.ts `preReadTurns`). Turns
 * holding a side document's card are left to the capture: their text comes from elsewhere in the page.
 */
function preReadTurns(
  siteConfig: SiteAdapterConfig,
  doc: Document,
  url: URL,
  cache: TurnCache,
): { step(hasTime: () => boolean): boolean } {
  const config = forLayout(siteConfig, doc);
  const { messages, scope, cards } = findMessages(config, doc, url, cache);
  const groups = groupMessages(messages);
  const reader = turnReader(messages, scope, cards, config.selectors, url, false, cache);
  let next = 0;
  return {
    step(hasTime) {
      for (; next < groups.length && hasTime(); next++) {
        const roots = groups[next]!.roots;
        if (reader.holdsDocument(roots) || cache.lookup(roots, url.href) !== undefined) continue;
        cache.store(roots, url.href, reader.read(groups[next]!));
      }
      return next >= groups.length;
    },
  };
}

interface Message {
  el: Element;
  role: Role;
}

/** What one query pass over a scope found: its messages and every side-document card under it. */
interface CollectedMessages {
  scope: Element;
  messages: Message[];
  cards: readonly Element[];
}

/**
 * Message elements in document order, each with its role; nested and ignored matches left out. The layout's prompt
 * and answer selectors (the first of each list matching anything under the scope, as querySelectorAll would pick) are
 * matched by one walk over the scope that does not enter a message once found: what nests inside one is left out
 * anyway, and the page's elements are nearly all inside prompts and answers (a whole-scope query per selector
 * visited them all: 13 % of ChatGPT's 400-turn reading in adapt9's profile, 2026-12-01; this walk -5 to -8 % of the
 * reading, CPU minima of an interleaved A/B, ChatGPT, Gemini, Copilot). A document card counts as an answer where no
 * message holds it (a canvas-only reply); all the cards, those inside messages too, come from one query.
 */
function collectMessages(scope: Element, selectors: SiteSelectors): CollectedMessages {
  const user = firstMatchingSelector(scope, selectors.userMessage);
  const assistant = firstMatchingSelector(scope, selectors.assistantMessage);
  const card = joinSelectors(selectors.sideDocument?.card ?? []);
  const ignore = joinSelectors(selectors.ignoreMessagesInside);
  const messages: Message[] = [];
  for (let el = scope.firstElementChild; el !== null;) {
    const isUser = user !== '' && el.matches(user);
    if (isUser || (assistant !== '' && el.matches(assistant)) || (card !== '' && el.matches(card))) {
      // Matches inside an ignored element are all ignored, as nested ones are: neither is entered.
      if (ignore === '' || el.closest(ignore) === null) messages.push({ el, role: isUser ? 'user' : 'assistant' });
    } else if (el.firstElementChild !== null) {
      el = el.firstElementChild;
      continue;
    }
    // The next element in document order outside this one, within the scope.
    while (el !== scope && el.nextElementSibling === null) el = el.parentElement!;
    el = el === scope ? null : el.nextElementSibling;
  }
  return { scope, messages, cards: queryCards(scope, selectors) };
}

function queryCards(scope: Element, selectors: SiteSelectors): readonly Element[] {
  const cardSelector = joinSelectors(selectors.sideDocument?.card ?? []);
  return cardSelector === '' ? [] : [...scope.querySelectorAll(cardSelector)];
}

/** Consecutive messages of one role are one turn: a long answer can be split into several blocks (ChatGPT multi-part
 * answers, Claude's text between tools). */
interface MessageGroup {
  role: Role;
  roots: Element[];
}

function groupMessages(messages: readonly Message[]): MessageGroup[] {
  const groups: MessageGroup[] = [];
  for (const { el, role } of messages) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.role === role) last.roots.push(el);
    else groups.push({ role, roots: [el] });
  }
  return groups;
}

function readTurns(
  messages: readonly Message[],
  scope: Element,
  cards: readonly Element[],
  selectors: SiteSelectors,
  url: URL,
  cache: TurnCache | undefined,
): ExtractedTurn[] {
  const reader = turnReader(messages, scope, cards, selectors, url, true, cache);
  const turns: ExtractedTurn[] = [];
  for (const group of groupMessages(messages)) {
    if (turns.length >= limits.maxTurns) break;
    let turn = cache?.lookup(group.roots, url.href);
    if (turn === undefined) {
      turn = reader.read(group);
      if (cache !== undefined && !reader.holdsDocument(group.roots)) cache.store(group.roots, url.href, turn);
    }
    if (turn !== null) turns.push(turn);
  }
  return turns;
}

/**
 * Reads one turn at a time: its text and Markdown, or null when it reads as nothing. A turn depends only on its own
 * elements (and the site's selectors, some of which look at ancestors), except where a side document's card stands
 * in it (`holdsDocument`): the card is replaced by the document, read from elsewhere in the page.
 */
function turnReader(
  messages: readonly Message[],
  scope: Element,
  cards: readonly Element[],
  selectors: SiteSelectors,
  url: URL,
  withDocuments: boolean,
  cache: TurnCache | undefined,
): { read(group: MessageGroup): ExtractedTurn | null; holdsDocument(roots: readonly Element[]): boolean } {
  // The elements the walk treats specially (chrome, math, code blocks, pre-wrap text) are found by matching each
  // element the walk enters against the site's and the serializer's selectors (markMatcher), not by querying the
  // whole page: the walk never enters most of a math-heavy page (KaTeX glyphs, icons).
  const siteMarks = {
    skip: joinSelectors(selectors.chrome),
    codeBlock: joinSelectors(selectors.codeBlock),
    preWrap: joinSelectors(selectors.preWrap),
  };
  const matchMarks = markMatcher(siteMarks);
  const marks: ElementMarks = new Map();
  const messageRoots = new Set(messages.map((m) => m.el));
  const findHolders = () => messageRootsHoldingCards(cards, messageRoots);
  const rootsWithCards = cache ? cache.remember(scope, 'card holders', findHolders) : findHolders();
  // Documents stand in only for cards inside messages: with none there, they change nothing.
  const documents =
    withDocuments && rootsWithCards.size > 0 ? readDocumentCards(cards, selectors, siteMarks, url) : new Map();
  for (const card of documents.keys()) marks.set(card, marks.get(card) ?? 0);
  return {
    read({ role, roots }) {
      // Code blocks are found turn by turn, under the turn's own elements: a block never reaches past its message.
      markCodeBlockContainers(roots, siteMarks.codeBlock, marks);
      const { text, markdown } = serializeContent(roots, {
        marks,
        matchMarks,
        baseUrl: url.href,
        replacements: documents,
      });
      if (text === '' && markdown === '') return null;
      return { role, text: clipTurn(text), markdown: clipTurn(markdown) };
    },
    holdsDocument: (roots) => rootsWithCards.size > 0 && roots.some((root) => rootsWithCards.has(root)),
  };
}

/** The message elements holding (or being) a side document's card. */
function messageRootsHoldingCards(cards: readonly Element[], messageRoots: ReadonlySet<Element>): Set<Element> {
  const holders = new Set<Element>();
  for (const card of cards) {
    for (let el: Element | null = card; el !== null; el = el.parentElement) {
      if (messageRoots.has(el)) {
        holders.add(el);
        break;
      }
    }
  }
  return holders;
}

/** The text (or a "not open" note) standing in for each side-document card under the scope (`cards`). */
function readDocumentCards(
  cards: readonly Element[],
  selectors: SiteSelectors,
  siteMarks: MarkSelectors,
  url: URL,
): Map<Element, SerializedContent> {
  const side = selectors.sideDocument;
  if (side === undefined || cards.length === 0) return new Map();
  const ignore = joinSelectors(selectors.ignoreMessagesInside);
  const shown = ignore === '' ? cards : cards.filter((card) => card.closest(ignore) === null);
  return readSideDocuments(shown, side, siteMarks, url.href);
}

/**
 * The whole code block around each <pre> of one turn (`roots`, its message elements), header included: the nearest
 * wrapper (within its message) that holds a button (the header's Copy) and nothing else but a short label (the
 * language, "Run"). Applies to a <pre> the site's selectors did not name, and to one they named as a bare <pre>:
 * ChatGPT's 2026-09 blocks put the header ("Python", Copy, Run) outside the CodeMirror viewer's <pre>, and the label
 * leaked into the answer as text. A block the site named by its container (Claude's `group/copy`, Gemini's
 * `code-block`) is left as named. Messages never nest (collectMessages), so a <pre> under a root belongs to it.
 */
function markCodeBlockContainers(roots: readonly Element[], codeBlockSelector: string, marks: ElementMarks): void {
  for (const messageRoot of roots) {
    const pres = messageRoot.querySelectorAll('pre');
    if (pres.length === 0 && messageRoot.localName !== 'pre') continue;
    // The site's named code blocks, asked of the few elements each climb from a <pre> meets (a query for them
    // walked the whole message again, ~1 % of Gemini's reading, 2026-12-01).
    const isCode = (el: Element) =>
      (codeBlockSelector !== '' && el.matches(codeBlockSelector)) || ((marks.get(el) ?? 0) & markCode) !== 0;
    const holdsButton = elementsHoldingButtons(messageRoot);
    for (const pre of messageRoot.localName === 'pre' ? [messageRoot, ...pres] : pres) {
      let outermostCode: Element | null = null;
      // Every <pre> is under its message (or is it), so each climb meets messageRoot before running out of parents.
      for (let node = pre; node !== messageRoot; node = node.parentElement!) {
        if (isCode(node)) outermostCode = node;
      }
      if (outermostCode !== null && outermostCode.localName !== 'pre') continue;
      const start = outermostCode ?? pre;
      let container: Element = start;
      // The wrapper's text beyond the code, counted as the climb goes and only up to the limit: the block's textContent,
      // read twice per <pre>, built strings as long as the code (~5 % of ChatGPT's reading, 2026-12-01).
      let extra = 0;
      for (
        let level = 0, el = start;
        level < maxCodeHeaderDepth && el !== messageRoot && extra <= maxCodeHeaderChars;
        level++, el = el.parentElement!
      ) {
        if (holdsButton.has(el)) {
          container = el;
          break;
        }
        let sibling: Node | null = el.parentElement!.firstChild;
        for (; sibling && extra <= maxCodeHeaderChars; sibling = sibling.nextSibling)
          if (sibling !== el) extra += headerTextLength(sibling);
      }
      marks.set(container, (marks.get(container) ?? 0) | markCode);
    }
  }
}

/**
 * Every element under `scope` with a <button> inside it, from one query for the buttons and a climb from each: asking
 * each of up to eight ancestors of every <pre> `querySelector('button')` scanned the same answer subtrees again and
 * again (1,200 code blocks on a 400-turn page).
 */
function elementsHoldingButtons(scope: Element): Set<Element> {
  const holders = new Set<Element>();
  for (const button of scope.querySelectorAll('button')) {
    for (let el = button.parentElement; el !== null && el !== scope && !holders.has(el); el = el.parentElement)
      holders.add(el);
  }
  return holders;
}

/**
 * The length of `node`'s text (its textContent's) when at most maxCodeHeaderChars, else some length over that. (A
 * sum of these is at most the limit only when every term is exact.)
 */
function headerTextLength(node: Node): number {
  if (node.nodeType === 3 || node.nodeType === 4) return (node as Text).data.length;
  let length = 0;
  for (let child = node.firstChild; child && length <= maxCodeHeaderChars; child = child.nextSibling)
    length += headerTextLength(child);
  return length;
}

/** ChatGPT 2026-09: the header is a sibling of the viewer seven levels above the <pre> (fixture canvas-open-2026-09). */
const maxCodeHeaderDepth = 8;
/** A language label and button texts ("TypeScript", "Copy code", "Run"), never a sentence. */
const maxCodeHeaderChars = 60;

const maxTitleFromPrompt = 80;

function readTitle(config: SiteAdapterConfig, doc: Document, firstPrompt: string): string {
  const fromPage = config.cleanTitle(collapseSpace(doc.title ?? ''));
  if (fromPage !== '') return clip(fromPage, limits.maxTitleChars);
  const fromSidebar = readLabel(doc, config.selectors.sidebarTitle, limits.maxTitleChars);
  if (fromSidebar) return fromSidebar;
  const firstLine = collapseSpace(firstPrompt.split('\n', 1)[0] ?? '');
  if (firstLine !== '')
    return firstLine.length > maxTitleFromPrompt ? firstLine.slice(0, maxTitleFromPrompt - 1) + '…' : firstLine;
  return localizedMessage('adapters_untitled', `${config.name} conversation`, config.name);
}

/**
 * The visible text of the first element matching any of `list`, on one line; undefined when empty. With `conversation`
 * (the element holding the turns), an element after it is preferred: Claude's and Gemini's model pickers sit in the
 * composer below the conversation, and `doc.querySelector` would try the selector on every element of the
 * conversation first (~0.2x the page's innerText on the 400-turn Claude page, 2026-12-01).
 */
export function readLabel(doc: Document, list: SelectorList, max: number, conversation?: Element): string | undefined {
  for (const selector of list) {
    // Inside the elements after the conversation (the composer and what follows), else the first on the page.
    let el: Element | null = null;
    for (let up = conversation; up && !el; up = up.parentElement ?? undefined)
      for (let next = up.nextElementSibling; next && !el; next = next.nextElementSibling)
        el = next.querySelector(selector);
    el ??= doc.querySelector(selector);
    if (el === null) continue;
    const label = collapseSpace(serializeContent([el]).text);
    if (label !== '') return clip(label, max);
  }
  return undefined;
}

/** Removes a site's name from a page title: "Unit plan - Claude" → "Unit plan"; "Claude" → "". */
export function stripSiteName(title: string, siteNames: readonly string[]): string {
  let result = title.trim();
  for (const siteName of siteNames) {
    if (result.toLowerCase() === siteName.toLowerCase()) return '';
    for (const separator of [' - ', ' | ', ' – ', ' — ', ': ']) {
      if (result.endsWith(separator + siteName)) result = result.slice(0, -(separator.length + siteName.length)).trim();
      if (result.startsWith(siteName + separator)) result = result.slice(siteName.length + separator.length).trim();
    }
  }
  return result;
}

/** The first selector of `list` that matches an element under `scope` ('' for none): querySelector stops at it. */
function firstMatchingSelector(scope: Element, list: SelectorList): string {
  return list.find((selector) => scope.querySelector(selector) !== null) ?? '';
}

function joinSelectors(list: SelectorList): string {
  return list.join(', ');
}

export function collapseSpace(s: string): string {
  return s.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

function clip(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) : s;
}

const truncationNote = '\n\n[…]';

function clipTurn(s: string): string {
  return s.length > limits.maxTurnChars ? s.slice(0, limits.maxTurnChars - truncationNote.length) + truncationNote : s;
}

/** FNV-1a, 32 bits, as hex: a stable short id for pages whose URL names no conversation. */
function hashText(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

// The English messages' shared end, written once (the content script's size is budgeted).
const orCaptureSelection = ', or select text and use "Capture selection".';

function unrecognisedPage(site: string): AdapterError {
  return new AdapterError(
    'unrecognised-page',
    localizedMessage(
      'adapters_unrecognisedPage',
      `ShowWork couldn't find a conversation on this ${site} page. Open a chat${orCaptureSelection}`,
      site,
    ),
  );
}

function noTurns(site: string): AdapterError {
  return new AdapterError(
    'no-turns',
    localizedMessage(
      'adapters_noTurns',
      `ShowWork found this ${site} conversation but couldn't read any messages in it. Wait until the page has finished loading and try again${orCaptureSelection}`,
      site,
    ),
  );
}
