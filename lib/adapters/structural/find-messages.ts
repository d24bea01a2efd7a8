import type { Role } from '../../model/turn';
import { isFileCardText } from './attachment-chips';
import { isDisclaimer, isStamp, isSuggestionHeading, labelRole } from './page-chrome';
import { commonAncestor, edgeContentText, isBlankText, isSkippedTag, visibleText, type PageScan } from './page-scan';
import {
  actionEvidence,
  attributeEvidence,
  countParagraphBlocks,
  emptyEvidence,
  type RoleEvidence,
} from './role-evidence';
import { senderChunkRows } from './sender-chunks';
import { isInsideMessageRun } from './message-run';
import { opensWithCard } from './run-card';
import { isThreadOfExchanges } from './exchange-runs';
import { alternatesPlainAndRich } from './turn-runs';

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
  /** A prompt and its rendered answer were told apart by their shape alone (no role evidence in the wrapper). */
  readonly hasExchangeShape: boolean;
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
const maxDepth = 40;
// The longest text read as chrome between messages: a disclaimer (labels and stamps are shorter).
const maxChromeText = 200;
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
  const shape = { found: false };
  collectBlocks(column, scan, blocks, 0, undefined, false, shape);
  return blocks.length === 0 ? null : { column, blocks, hasExchangeShape: shape.found };
}

function precedesComposer(node: Node, scan: PageScan): boolean {
  // DOCUMENT_POSITION_PRECEDING (2): the node comes before the composer.
  return scan.composer === null || (scan.composer.compareDocumentPosition(node) & 2) !== 0;
}

function isContentBlock(el: Element): boolean {
  const tag = el.localName;
  if (contentTags.has(tag)) return true;
  // A list is Markdown unless its items are message wrappers (chats built as <ul><li><div>…). Its items' children
  // are looked at one by one: a query (`:scope > li > div`) tried every element of the list's subtree.
  if (tag !== 'ul' && tag !== 'ol') return false;
  for (let item = el.firstElementChild; item !== null; item = item.nextElementSibling) {
    if (item.localName !== 'li') continue;
    for (let child = item.firstElementChild; child !== null; child = child.nextElementSibling) {
      const childTag = child.localName;
      if (childTag === 'div' || childTag === 'article') return false;
    }
  }
  return true;
}

function hasOwnText(el: Element): boolean {
  for (let node = el.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === 3 && !isBlankText((node as Text).data)) return true;
  }
  return false;
}

/**
 * One element's children that carry content, read once per reading. Per kid, by index: arrays, not maps (a level
 * is read for most wrappers and Markdown blocks of a 400-turn page, and three maps per level were garbage).
 */
interface Level {
  readonly kids: Element[];
  /** Each kid's first content text. */
  readonly leading: Text[];
  /** The action bars after each kid (rows of buttons with no text); undefined for most kids. */
  readonly bars: (Element[] | undefined)[];
  /** The role a label before each kid names; null when the level has no label. */
  labels: (Role | undefined)[] | null;
  /**
   * Role evidence of each kid, read when first asked for: most levels the reader opens are a message's own
   * paragraphs, whose evidence is never needed (reading it cost a quarter of the time on a 400-turn page).
   */
  readonly evidence: (RoleEvidence | undefined)[];
  /**
   * Whether each kid's evidence holds its attributes and leading label too, not only its action buttons: whether a
   * kid holds several messages needs its buttons' bars alone, and most kids are asked only that (reading the role
   * words of each kid's attributes, three levels deep, was a fifth of finding the messages on a 400-turn page).
   */
  readonly isEvidenceFull: boolean[];
  /** isContentBlock of each kid, once known (a list's check reads its items). */
  readonly content: (boolean | undefined)[];
  /** The size of the page's chrome set when the kids' first texts were found (it only grows while messages are found). */
  readonly epoch: number;
  /** holdsMessages of this level, once known (a container kid's level is asked again when it is read inside). */
  holdsMessages?: boolean;
  /** descend from this level's element, once known. */
  descended?: Descent;
  /** holdsThreadBelow of this level, once known. */
  holdsThread?: boolean;
}

interface Descent {
  readonly el: Element;
  readonly level: Level;
  readonly label?: Role;
}

function labelOf(level: Level, i: number): Role | undefined {
  return level.labels === null ? undefined : level.labels[i];
}

function isContentKid(level: Level, i: number): boolean {
  let content = level.content[i];
  if (content === undefined) {
    content = isContentBlock(level.kids[i]!);
    level.content[i] = content;
  }
  return content;
}

/** The kid's action-button evidence (its own buttons and the bars after it): what its `bars` are read from. */
function actionsFor(level: Level, i: number, scan: PageScan): RoleEvidence {
  let evidence = level.evidence[i];
  if (evidence === undefined) {
    evidence = emptyEvidence();
    actionEvidence(level.kids[i]!, evidence, false, scan.actions);
    const bars = level.bars[i];
    if (bars !== undefined) for (const bar of bars) actionEvidence(bar, evidence, true, scan.actions);
    level.evidence[i] = evidence;
  }
  return evidence;
}

/** All of the kid's role evidence: its action buttons, then its attributes and leading label. */
function evidenceFor(level: Level, i: number, scan: PageScan): RoleEvidence {
  const evidence = actionsFor(level, i, scan);
  if (level.isEvidenceFull[i] !== true) {
    addOwnEvidence(level.kids[i]!, level.leading[i]!, evidence, scan);
    level.isEvidenceFull[i] = true;
  }
  return evidence;
}

/**
 * The element's children that carry content, with role labels, stamps and disclaimers among them moved to the
 * chrome (a label names the role of the child after it), and each child's role evidence.
 */
function contentChildren(el: Element, scan: PageScan, parent?: Level, index = 0): Level {
  const cached = scan.cache.get(el) as Level | undefined;
  if (cached !== undefined) return cached;
  const level = readLevel(el, scan, parent?.epoch === scan.chrome.size ? parent.leading[index] : undefined);
  scan.cache.set(el, level);
  return level;
}

/**
 * `known`: the element's own first content text, when it was found with the chrome as it is now (by its parent's
 * level): the child holding it opens with it, and the children before it have no content text (the walk that found
 * it passed them). Wrapper chains are deep: finding each level's first text from the top walked the chain again.
 */
function readLevel(el: Element, scan: PageScan, known?: Text): Level {
  const kids: Element[] = [];
  const leadings: Text[] = [];
  const bars: (Element[] | undefined)[] = [];
  let labels: (Role | undefined)[] | null = null;
  let pending: Role | undefined;
  // Each child's first content text and tag, found once: the text says whether the child has content, and whether
  // it opens with a label; the tags say which children are Markdown blocks between two others.
  const children: Element[] = [];
  const tags: string[] = [];
  const firsts: (Text | null)[] = [];
  let contentful = 0;
  const epoch = scan.chrome.size;
  let holder: Node | null = null;
  if (known !== undefined && known.parentNode !== el) {
    holder = known;
    while (holder.parentNode !== el) holder = holder.parentNode!;
  }
  for (let child = el.firstElementChild; child !== null; child = child.nextElementSibling) {
    const tag = child.localName;
    let leading: Text | null;
    if (holder !== null) {
      leading = child === holder ? known! : null;
      if (child === holder) holder = null;
    } else {
      leading = isSkippedTag(tag) || scan.chrome.has(child) ? null : edgeContentText(child, scan, false);
    }
    children.push(child);
    tags.push(tag);
    firsts.push(leading);
    if (leading !== null) contentful++;
  }
  // A wrapper whose only child with content has the wrapper's text (its other children are chrome or blank): when
  // the wrapper was found to be no label, nor is that child (wrapper chains are deep, and beside the one child
  // with text they hold avatars, toolbars and icons; reading each level's head again was most of the label checks
  // left on a 400-turn page).
  const isOnlyChildChecked = contentful === 1 && scan.notLabels.has(el) && !hasOwnText(el);
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const leading = firsts[i]!;
    if (leading === null) {
      // A message's action bar sits after it: its buttons tell who wrote the message before.
      const previous = kids.length - 1;
      if (previous >= 0 && tags[i] !== 'svg') (bars[previous] ??= []).push(child);
      continue;
    }
    // Labels, stamps and disclaimers are all short: a longer text is none of them (and is not read further).
    // The visible text opens with the leading text: when that alone is long, the child is no label. Nor is a
    // Markdown block between two others: labels, stamps and disclaimers sit at a message's edges, not inside the
    // run of its paragraphs (reading every paragraph's head was a quarter of the reader's time on a 400-turn page).
    const isInRun =
      !isOnlyChildChecked &&
      i > 0 &&
      i < children.length - 1 &&
      isMarkdownTag(tags[i]!) &&
      isMarkdownTag(tags[i - 1]!) &&
      isMarkdownTag(tags[i + 1]!);
    const isUnchecked = isOnlyChildChecked || isInRun;
    const short = isUnchecked || isLongText(leading.data) ? '' : chromeCandidateText(child, tags[i]!, scan);
    if (short !== '' && short.length <= maxChromeText) {
      const label = labelRole(short);
      if (label !== undefined) {
        scan.chrome.add(child);
        if (label !== 'none') {
          pending = label;
          scan.roleLabels.set(child, label);
        }
        continue;
      }
      // A short answer whose header carries an AI badge holds a disclaimer's words too: rendered blocks (a list, two
      // paragraphs) make it a message, as a disclaimer is one line.
      if (isStamp(short) || (isDisclaimer(short) && !isRich(child))) {
        scan.chrome.add(child);
        continue;
      }
    }
    // A suggestion list headed in words, or named so for screen readers (a chip set labelled "Suggested follow-ups").
    // The label is read only at a run's edges: like labels and stamps, suggestions follow an answer, never sit inside
    // the run of its paragraphs (an attribute read for every paragraph of a 400-turn page was a fortieth of the
    // reading on the redesigned Claude page, 2026-12-02).
    if (
      isSuggestionHeading(leading.data) ||
      (!isInRun && isSuggestionHeading(child.getAttribute('aria-label') ?? ''))
    ) {
      scan.chrome.add(child);
      continue;
    }
    if (!isInRun) scan.notLabels.add(child);
    if (pending !== undefined) (labels ??= [])[kids.length] = pending;
    pending = undefined;
    kids.push(child);
    leadings.push(leading);
    bars.push(undefined);
  }
  return { kids, leading: leadings, bars, labels, evidence: [], isEvidenceFull: [], content: [], epoch };
}

const isMarkdownTag = (tag: string) => contentTags.has(tag) || tag === 'ul' || tag === 'ol';

// The longest role label or stamp (page-chrome.ts labelRole, isStamp); longer chrome texts are disclaimers.
const maxLabelText = 40;
// A word each of page-chrome.ts's disclaimer phrasings holds (none has a space in it, so whitespace collapsing
// leaves it as it is): a text without any of them is no disclaimer.
const disclaimerWord =
  /mistakes|inaccurate|wrong|important|generated|generado|generada|généré|generiert|erstellt|verify|puede|erreurs|fehler/i;

/**
 * The child's visible text as far as the label, stamp and disclaimer checks need it: '' when it can be none of them
 * (longer than a label and holding no disclaimer's word). A Markdown block (a paragraph, a list, a code line: small,
 * whatever its markup) is read as far as a label's length, then on only when its raw text (native, no walk) holds a
 * disclaimer's word: reading 200 characters of each paragraph and list at a run's edges walked every formula's
 * MathML and every inline element in them (400-turn redesigned Claude and Gemini pages, 2026-12-01). Other blocks
 * may be whole messages, whose raw text would cost more than the walk: they are read as before.
 */
function chromeCandidateText(child: Element, tag: string, scan: PageScan): string {
  if (!isMarkdownTag(tag)) return visibleText(child, scan, maxChromeText + 1);
  const head = visibleText(child, scan, maxLabelText + 1);
  if (head.length <= maxLabelText) return head;
  return disclaimerWord.test(child.textContent ?? '') ? visibleText(child, scan, maxChromeText + 1) : '';
}

/** True when `text`, whitespace collapsed, is longer than any chrome text (reads at most a short head of it). */
function isLongText(text: string): boolean {
  if (text.length <= maxChromeText) return false;
  // The collapsed, trimmed length of the text's head, counted without building it (a paragraph's head copied and
  // collapsed for every paragraph of a 400-turn page was garbage the collector spent a tenth of the reading on).
  let length = 0;
  let isAfterSpace = false;
  const end = Math.min(text.length, 4 * maxChromeText);
  for (let i = 0; i < end; i++) {
    if (isSpace(text.charCodeAt(i))) {
      isAfterSpace = length > 0;
      continue;
    }
    length += isAfterSpace ? 2 : 1;
    isAfterSpace = false;
    if (length > maxChromeText) return true;
  }
  return false;
}

/** The characters `\s` matches in a regular expression. */
function isSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// The evidence's counts are sums of whole weights, so the order they are added in changes none of them (and a level's
// `seen` is never read).
function addOwnEvidence(el: Element, first: Text, evidence: RoleEvidence, scan: PageScan): void {
  attributeEvidence(el, evidence, scan.actions);
  // A role label leading the block ("You said" as hidden text before the prompt).
  if (first.data.length <= 40) {
    const role = labelRole(first.data);
    if (role === 'user' || role === 'assistant') {
      evidence[role] += 3;
      evidence.seen.push(`label "${first.data.trim()}"`);
    }
  }
}

type KidRole = Role | 'mixed' | undefined;

function kidRole(level: Level, i: number, scan: PageScan): KidRole {
  const label = labelOf(level, i);
  if (label !== undefined) return label;
  const e = evidenceFor(level, i, scan);
  if (e.user > 0 && e.assistant > 0) return 'mixed';
  return e.user > 0 ? 'user' : e.assistant > 0 ? 'assistant' : undefined;
}

/** Descends through wrappers holding a single content child (once per element: it is asked from several levels). */
function descend(el: Element, scan: PageScan, parent?: Level, index = 0): Descent {
  const start = contentChildren(el, scan, parent, index);
  if (start.descended !== undefined) return start.descended;
  let current = el;
  let level = start;
  let label: Role | undefined;
  for (let depth = 0; level.kids.length === 1 && depth < maxDepth; depth++) {
    if (isContentKid(level, 0) || hasOwnText(current)) break;
    label = labelOf(level, 0) ?? label;
    current = level.kids[0]!;
    level = contentChildren(current, scan, level, 0);
  }
  start.descended = label === undefined ? { el: current, level } : { el: current, level, label };
  return start.descended;
}

/**
 * True when the kids are messages (or groups of messages) rather than the parts of one message: they show
 * both roles, or several of them hold both (exchanges in a thread).
 */
function holdsMessages(level: Level, scan: PageScan): boolean {
  level.holdsMessages ??= kidsHoldMessages(level, scan);
  return level.holdsMessages;
}

// Two kids of any role (both roles, two of one, or exchanges holding both) make a level of messages: the answer is
// known at the second kid with a role.
function kidsHoldMessages(level: Level, scan: PageScan): boolean {
  let withRole = 0;
  for (let i = 0; i < level.kids.length; i++) {
    if (isContentKid(level, i) || kidRole(level, i, scan) === undefined) continue;
    if (++withRole >= 2) return true;
  }
  return false;
}

// What an answer renders and a prompt (shown as typed, or as one heading) does not.
const answerBlocks = 'ul,ol,table,pre,blockquote,math';

function isRich(el: Element): boolean {
  return el.querySelector(answerBlocks) !== null || countParagraphBlocks(el, 2) >= 2;
}

/** Link text over all text: navigation lists (a history sidebar built of plain divs) are nearly all links. */
function isLinkList(el: Element, scan: PageScan): boolean {
  const links = el.querySelectorAll('a');
  if (links.length < 2) return false;
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
  isExchange: boolean,
  shape: { found: boolean },
  parent?: Level,
  index = 0,
): void {
  if (out.length >= maxBlocks) return;
  const { el: current, level, label } = descend(node, scan, parent, index);
  labelledAs = label ?? labelledAs;
  const { kids } = level;
  if (kids.length === 0 && !hasOwnText(current)) return;
  const push = (el: Element, role: Role | undefined) =>
    out.push(role === undefined ? { el } : { el, labelledAs: role });
  // Kids that hold messages themselves (a thread beside a sidebar, exchanges in a thread) are read inside. Inside a
  // message, a level of paragraphs is its content: the wrappers among them are code blocks, tables and formulas.
  const isContent = depth > 0 && !isExchange && isMessageContent(level);
  // A level of a few kids is a page's frame (header, pane, composer row): a kid holding the composer and, further
  // down, the thread (a pane holding the scroller of messages above its own input and tool rows) is read inside.
  const isFrame = kids.length <= maxFrameKids;
  // Where the composer is among the kids, found once per level: comparing each kid's place with the composer's cost
  // a walk of the thread's children per kid (quadratic on a 400-turn page).
  const composerAt = composerIndex(current, kids, scan);
  const holdsComposerAt = (i: number) => i === composerAt && holdsComposer(kids[i]!, scan);
  const containers = kids.map((kid, i) => {
    if (isContent || isContentKid(level, i)) return false;
    if (actionsFor(level, i, scan).bars.size >= 2) return true;
    const inner = descend(kid, scan, level, i).level;
    return holdsMessages(inner, scan) || (isFrame && holdsComposerAt(i) && holdsThreadBelow(inner, scan, 0));
  });
  const hasContainer = containers.includes(true);
  const firstContainer = containers.indexOf(true);
  const lastContainer = containers.lastIndexOf(true);
  // The block just above the composer, holding turns that alternate typed and rendered (turn-runs.ts): the thread.
  const threadAt = isFrame && !isContent && composerAt > 0 && holdsComposer(current, scan) ? composerAt - 1 : -1;
  const isTurnRun =
    threadAt >= 0 &&
    !containers[threadAt]! &&
    !isContentKid(level, threadAt) &&
    isThreadOfTurns(descend(kids[threadAt]!, scan, level, threadAt).level);
  // The block just above the composer whose kids are each a prompt over its rendered answer (a question shown as a
  // title, then the answer's card): a thread of exchanges, each split into its prompt and answer.
  const isExchangeRun =
    threadAt >= 0 &&
    !isTurnRun &&
    !containers[threadAt]! &&
    !isContentKid(level, threadAt) &&
    isThreadOfExchanges(
      descend(kids[threadAt]!, scan, level, threadAt).level,
      (inner, i) => looksLikeExchange(inner, i, scan),
      (inner, i) => descend(inner.kids[i]!, scan, inner, i).level.kids[0],
    );
  const isTop = depth === 0;
  // Chunks that each hold one exchange, opened by either side, with no role marked (sender-chunks.ts): each row is a
  // turn. Builds are compared first, so a message's own parts (three kinds of rows, or one) end the look at once.
  const chunkRows =
    !isContent &&
    !isExchange &&
    !hasContainer &&
    !isTurnRun &&
    !isExchangeRun &&
    kids.every((_, i) => !isContentKid(level, i))
      ? senderChunkRows(kids, (i) => contentChildren(kids[i]!, scan, level, i).kids)
      : null;
  const chunks = chunkRows !== null && kids.every((_, i) => kidRole(level, i, scan) === undefined) ? chunkRows : null;
  // The top level holds the messages unless it is one message itself; below it, only kids of both roles (or
  // several exchanges) are split: anything else is the parts of one message (avatar, name, content, toolbar).
  const isSplit =
    chunks !== null ||
    isExchange ||
    hasContainer ||
    holdsMessages(level, scan) ||
    // The pane holding the composer, whose kid opens with a plain block followed by rendered ones: the thread is
    // that kid's level.
    (isFrame &&
      depth > 0 &&
      holdsComposer(current, scan) &&
      kids.some((_, i) => !isContentKid(level, i) && looksLikeExchange(level, i, scan))) ||
    (isTop &&
      !hasOwnText(current) &&
      kids.length >= 2 &&
      kids.every((kid, i) => !isContentKid(level, i) || isHeading(kid)));
  if (!isSplit || depth >= maxDepth) {
    push(current, labelledAs);
    return;
  }
  // Read only for a level that is split: a message's own paragraphs never need their role.
  const roles = kids.map((_, i) => kidRole(level, i, scan));
  // A conversation opens with a prompt: short blocks with no role before the first prompt are the page's
  // header ("Thread", the chat's title).
  // Pairs whose answer's buttons made them look like answers: a pair layout repeats, so two of them at least (one
  // answer opening with a sentence over a rendered card is one answer).
  // Asked only of a level with answers and no prompt: where prompts show, they are not hidden in pairs.
  // And only where two answers stand side by side (no prompt between them): a thread whose prompts have no evidence
  // of their own alternates unknown and answer, and its answers are not asked one by one.
  let isAnswerAfterAnswer = false;
  for (let i = 1, previous = roles[0]; i < kids.length && !isAnswerAfterAnswer; previous = roles[i++]) {
    isAnswerAfterAnswer = roles[i] === 'assistant' && previous === 'assistant';
  }
  const hasPrompt = roles.includes('user') || !isAnswerAfterAnswer;
  const pairs = kids.map(
    (_, i) =>
      !hasPrompt &&
      roles[i] === 'assistant' &&
      !isContentKid(level, i) &&
      opensWithPrompt(level, i, scan) &&
      looksLikeExchange(level, i, scan),
  );
  const isPairLayout = pairs.filter(Boolean).length >= 2;
  // A frame whose pane holding the composer holds the thread too: its other kids are the page's panes (a settings
  // sidebar opening with a heading over a list is built as a prompt over an answer), not exchanges.
  const threadPaneAt = isFrame && containers[composerAt] === true && holdsComposerAt(composerAt) ? composerAt : -1;
  // Inside an exchange, the kids after its prompt are its answer's parts: an answer whose card opens with its sender's
  // name row over the body is built as an exchange is, and is not split again.
  const exchanges = kids.map(
    (_, i) =>
      !(isExchange && i > 0) &&
      ((isPairLayout && pairs[i]!) ||
        ((threadPaneAt < 0 || i === threadPaneAt) &&
          (roles[i] === undefined || roles[i] === 'user') &&
          !isContentKid(level, i) &&
          looksLikeExchange(level, i, scan))),
  );
  // Where the first prompt is: an evident prompt, or the first exchange wrapper (its first part is the prompt).
  const firstPrompt = kids.findIndex((_, i) => roles[i] === 'user' || exchanges[i]);
  const firstEvident = kids.findIndex((_, i) => roles[i] !== undefined || exchanges[i]);
  kids.forEach((kid, i) => {
    if (isContentKid(level, i)) return; // a title heading beside the messages
    if (chunks !== null) {
      for (const row of chunks[i]!) push(row, undefined);
      return;
    }
    const role = roles[i];
    const kidLabel = labelOf(level, i);
    if (containers[i]) {
      collectBlocks(kid, scan, out, depth + 1, kidLabel, false, shape, level, i);
      return;
    }
    // A thread of turns with no role marks: each of its kids is one turn (a sender's group of bubbles).
    if (isTurnRun && i === threadAt) {
      const turns = descend(kid, scan, level, i).level.kids;
      // The assistant's banner first in the thread is no turn (run-card.ts).
      for (let at = opensWithCard(turns) ? 1 : 0; at < turns.length; at++) push(turns[at]!, undefined);
      return;
    }
    if (isExchangeRun && i === threadAt) {
      const inner = descend(kid, scan, level, i).level;
      shape.found = true;
      inner.kids.forEach((exchange, at) =>
        collectBlocks(exchange, scan, out, depth + 1, undefined, true, shape, inner, at),
      );
      return;
    }
    // A prompt and its answer in one wrapper with evidence for only one of them (or none).
    if (exchanges[i]) {
      shape.found = true;
      collectBlocks(kid, scan, out, depth + 1, kidLabel, true, shape, level, i);
      return;
    }
    // The composer's row (its input, model picker, tips) is no message, nor is anything after it.
    if (i >= composerAt) return;
    if (role === undefined) {
      // Beside a block of messages, a block with no role is the page's (a sidebar of plain divs, a header).
      // Between two kids holding messages, it is a turn whose sender's messages carry no role mark (a client's lone
      // bubble between the bot's marked groups): a sidebar or header is before or after the thread, never inside it.
      // Asked only beside a block of messages: isInsideMessageRun reads the whole level (per kid, a 400-turn page's).
      const isBetweenGroups = () =>
        (firstContainer >= 0 && firstContainer < i && i < lastContainer) || isInsideMessageRun(i, containers, roles);
      if (((hasContainer || isTurnRun || isExchangeRun) && !isBetweenGroups()) || isLinkList(kid, scan)) return;
      if (i < firstEvident && firstEvident === firstPrompt && visibleText(kid, scan, 81).length <= 80) return;
    }
    push(kid, kidLabel);
  });
}

/** A level whose kids are turns alternating typed and rendered text (turn-runs.ts). */
function isThreadOfTurns(level: Level): boolean {
  return alternatesPlainAndRich(level.kids, (i) => isContentKid(level, i), isRich);
}

const proseTags = new Set(['p', 'ul', 'ol', 'pre', 'table', 'blockquote']);

/** Kids that are mostly prose blocks (paragraphs, lists, code, tables, quotes): one message's rendered Markdown. */
function isMessageContent(level: Level): boolean {
  let prose = 0;
  let other = 0;
  for (let i = 0; i < level.kids.length; i++) {
    if (!isContentKid(level, i)) other++;
    else if (proseTags.has(level.kids[i]!.localName)) prose++;
  }
  return prose >= 2 && prose >= other;
}

function isHeading(el: Element): boolean {
  return /^h[1-6]$/.test(el.localName);
}

/**
 * A block with no role evidence that holds a plain block followed by rendered Markdown: a prompt and its answer
 * in one exchange wrapper, on pages with no action buttons or role attributes.
 */
function looksLikeExchange(parent: Level, index: number, scan: PageScan): boolean {
  const { level } = descend(parent.kids[index]!, scan, parent, index);
  return (
    opensPlainThenRich(level) &&
    !isBubbleGroup(level) &&
    !opensWithSenderName(parent, index) &&
    // A prompt sent with files opens with their cards, then its own words rendered as Markdown: one message.
    !isFileCardText(visibleText(level.kids[0]!, scan, 200))
  );
}

// A sender's name over a message: a few words ("Lola", "Tutor Bot"), longer than no prompt.
const maxSenderNameChars = 30;

/**
 * A kid opening with the same short text as another kid of its level: the sender's name each of that sender's
 * messages opens with, not a prompt (a prompt and its answer in one wrapper open with the teacher's words, which
 * differ from one exchange to the next). Only where other kids open otherwise (the other party's messages): a
 * name opening every kid is one writer's (comments under an article), whose blocks hold no conversation.
 */
function opensWithSenderName(parent: Level, index: number): boolean {
  const name = parent.leading[index]!.data.trim();
  if (name.length === 0 || name.length > maxSenderNameChars) return false;
  let isRepeated = false;
  let isOtherSender = false;
  parent.leading.forEach((text, i) => {
    if (i === index || isContentKid(parent, i)) return;
    if (text.data.trim() === name) isRepeated = true;
    else isOtherSender = true;
  });
  return isRepeated && isOtherSender;
}

/**
 * Kids built alike, each wrapping a single block: one sender's bubbles grouped under one name (a bot's sentence, then
 * a list, then a link line), not a prompt and its answer. A prompt and its answer are built apart (the answer holds
 * several blocks, or the prompt its text with no block).
 */
function isBubbleGroup(level: Level): boolean {
  const first = bubbleShape(level.kids[0]!);
  if (first === null) return false;
  for (let i = 1; i < level.kids.length; i++) if (bubbleShape(level.kids[i]!) !== first) return false;
  return true;
}

// The most wrappers a bubble's single block is looked for through.
const maxBubbleDepth = 6;

/** The tags of a bubble's wrapper chain down to its one Markdown block; null when it holds text or several blocks. */
function bubbleShape(el: Element): string | null {
  let shape = el.localName;
  let at = el;
  for (let depth = 0; depth < maxBubbleDepth; depth++) {
    if (hasOwnText(at) || at.childElementCount !== 1) return null;
    const child = at.firstElementChild!;
    if (isContentBlock(child)) return `${shape}>${child.localName === 'p' ? 'p' : 'block'}`;
    shape += `>${child.localName}`;
    at = child;
  }
  return null;
}

// A prompt's least words: a sender's name row over an answer ("Raina", "Tutor · 10:42") has fewer.
const minPromptWords = 4;

/**
 * A kid whose answer buttons lie in its later parts while its first part, a sentence or more, has no answer's
 * evidence: a prompt and its answer in one pair wrapper (the answer's Good/Bad response buttons made the whole pair
 * look like an answer). A lone answer's first part is its sender row: a name, a time.
 */
function opensWithPrompt(parent: Level, index: number, scan: PageScan): boolean {
  const { level } = descend(parent.kids[index]!, scan, parent, index);
  if (level.kids.length < 2 || isContentKid(level, 0) || kidRole(level, 0, scan) === 'assistant') return false;
  // A prompt opens with its text; a part opening with a control is a toggle's panel (the answer's reasoning).
  const buttons = scan.markup.buttonsInside(level.kids[0]!);
  // DOCUMENT_POSITION_FOLLOWING (4): the part's first text comes after its first button.
  if (buttons.length > 0 && (buttons[0]!.compareDocumentPosition(level.leading[0]!) & 4) !== 0) return false;
  const words = visibleText(level.kids[0]!, scan, 80).split(' ').length;
  return words >= minPromptWords;
}

/** Kids that are blocks (no Markdown among them), the first plain and a later one rendered: a prompt, then answers. */
function opensPlainThenRich(level: Level): boolean {
  const { kids } = level;
  if (kids.length < 2 || kids.some((_, i) => isContentKid(level, i))) return false;
  // Lazily: asked of a whole thread's level too (a pane's kid), where the second kid already answers.
  if (isRich(kids[0]!)) return false;
  for (let i = 1; i < kids.length; i++) if (isRich(kids[i]!)) return true;
  return false;
}

// The most kids of a page's frame level (header, pane, composer row, banner); a level of messages has more.
const maxFrameKids = 4;
// How many frame levels below a kid the thread is looked for.
const maxFrameDepth = 3;

/**
 * True when a kid of a frame level, further down, holds the thread: a level of messages by their roles, or blocks
 * opening with a plain one followed by rendered ones (a prompt, then answers). Asked only on frame levels (a few
 * kids each), so never per message of a long thread.
 */
function holdsThreadBelow(level: Level, scan: PageScan, depth: number): boolean {
  if (level.holdsThread !== undefined) return level.holdsThread;
  let holds = false;
  if (level.kids.length <= maxFrameKids) {
    for (let i = 0; i < level.kids.length && !holds; i++) {
      if (isContentKid(level, i)) continue;
      const inner = descend(level.kids[i]!, scan, level, i).level;
      holds =
        holdsMessages(inner, scan) ||
        opensPlainThenRich(inner) ||
        (depth < maxFrameDepth && holdsThreadBelow(inner, scan, depth + 1));
    }
  }
  level.holdsThread = holds;
  return holds;
}

/**
 * The index of the first kid holding the composer or following it (kids.length when none does). The kids are
 * `current`'s element children with content, in order.
 */
function composerIndex(current: Element, kids: readonly Element[], scan: PageScan): number {
  // A level not holding the composer lies before it: the column holds only what precedes the composer, and a level
  // after the composer is never entered (its kids are dropped here).
  if (!holdsComposer(current, scan)) return kids.length;
  let before = 0;
  for (let child = current.firstElementChild; child !== null && !holdsComposer(child, scan);) {
    if (before < kids.length && kids[before] === child) before++;
    child = child.nextElementSibling;
  }
  return before;
}

const composerAncestors = new WeakMap<PageScan, ReadonlySet<Element>>();

/** The composer and its ancestors, found once per reading: whether an element holds it is then one lookup. */
function composerPath(scan: PageScan): ReadonlySet<Element> {
  let path = composerAncestors.get(scan);
  if (path === undefined) {
    const found = new Set<Element>();
    for (let el = scan.composer; el !== null; el = el.parentElement) found.add(el);
    path = found;
    composerAncestors.set(scan, path);
  }
  return path;
}

function holdsComposer(el: Element, scan: PageScan): boolean {
  return composerPath(scan).has(el);
}
