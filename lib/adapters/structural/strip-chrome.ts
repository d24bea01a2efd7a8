import type { MessageBlock } from './find-messages';
import { markupKind, rangeInside } from './markup-index';
import {
  isChromeTag,
  isCitationPill,
  isDisclaimer,
  isInitials,
  isMetaLine,
  isMetricNote,
  isNoSourcesNote,
  isThinkingToggle,
  labelRole,
  mayHoldChromeLabel,
  namesSources,
} from './page-chrome';
import { edgeContentText, hasContentText, nextInWalk, visibleText, type PageScan } from './page-scan';
import { isAttachmentList, isFileCardText, isFileChipLink } from './attachment-chips';
import { fileCardChrome, namesFileSize } from './file-cards';
import { stripSourcePanel } from './source-panel';
import { toolCardOf } from './tool-cards';
import { isStatisticsLine } from './statistics-line';

const maxLabelChars = 30;
const maxSpokenLabelChars = 4000;
const maxDisclaimerChars = 200;
// Passes over the messages' edges, top and bottom in turn, at most: an avatar's glyph, a name and a time at the top.
const maxEdgePasses = 8;
const spokenLabel = /^([^:]{1,40}):\s*(\S.*)$/s;
const spokenName = /^([^:]{1,40}):/;
const spokenNameChars = 41;
// Content elements never taken for a label, even when repeated (a heading may be: the sender name above every answer).
const contentLabelTags = new Set(['p', 'li', 'td', 'th', 'pre', 'code', 'blockquote']);

interface EdgeText {
  readonly el: Element;
  readonly text: string;
}

/** The element holding the block's first (or last) text, when that is not the block itself. */
function edgeParent(block: Element, scan: PageScan, fromEnd: boolean): Element | null {
  const el = edgeContentText(block, scan, fromEnd)?.parentElement ?? null;
  return el === block ? null : el;
}

/**
 * Each block's edge elements and label-length edge texts, found again only after chrome was added inside that block:
 * the passes below look at every block's edges up to six times, and most passes change nothing in most blocks.
 * Blocks never nest (find-messages.ts), so chrome added in one leaves the others' edges as they were.
 */
class BlockEdges {
  private readonly parents: (Element | null | undefined)[][] = [[], []];
  private readonly labels: (EdgeText | null | undefined)[][] = [[], []];

  constructor(
    private readonly blocks: readonly MessageBlock[],
    private readonly scan: PageScan,
  ) {}

  /** edgeParent of block `i`. */
  parent(i: number, fromEnd: boolean): Element | null {
    const cached = this.parents[fromEnd ? 1 : 0]!;
    let el = cached[i];
    if (el === undefined) {
      el = edgeParent(this.blocks[i]!.el, this.scan, fromEnd);
      cached[i] = el;
    }
    return el;
  }

  /**
   * The element holding block `i`'s first or last text, with its whole text when that is at most `max` characters
   * (kept for labels' length only). Cheap: the reader looks at every block's edges, and most are not labels.
   */
  text(i: number, fromEnd: boolean, max = maxLabelChars): EdgeText | null {
    const cached = this.labels[fromEnd ? 1 : 0]!;
    if (max === maxLabelChars && cached[i] !== undefined) return cached[i]!;
    const el = this.parent(i, fromEnd);
    let edge: EdgeText | null = null;
    if (el !== null) {
      const text = visibleText(el, this.scan, max + 1);
      edge = text.length > max ? null : { el, text };
    }
    if (max === maxLabelChars) cached[i] = edge;
    return edge;
  }

  /** Chrome was added (or added and taken back) inside block `i`. */
  changed(i: number): void {
    for (const list of [...this.parents, ...this.labels]) list[i] = undefined;
  }
}

/**
 * The largest element inside `block` whose whole text is the edge's: the label's own wrapper, all of it chrome.
 * Climbed only for an edge found to be a label (each level reads up to `max` characters).
 */
function widen(edge: EdgeText, block: Element, scan: PageScan, max = maxLabelChars): EdgeText {
  let { el } = edge;
  for (let parent = el.parentElement; parent !== null && parent !== block; parent = parent.parentElement) {
    if (visibleText(parent, scan, max + 1) !== edge.text) break;
    el = parent;
  }
  return { el, text: edge.text };
}

/**
 * Moves the labels printed at the edges of messages to the chrome: role labels and sender names at the top
 * ("You said:", "Assistant", a tool's name repeated above every answer), stamps and repeated short notes at the
 * bottom ("10:42", "Edited"). Returns the role labels per block, as evidence of who wrote it.
 */
export function stripEdgeLabels(blocks: readonly MessageBlock[], scan: PageScan): Map<Element, string[]> {
  const roleLabels = new Map<Element, string[]>();
  // Labels already found while looking for the blocks ("You said:" heading inside a turn wrapper).
  const blockSet = new Set(blocks.map((block) => block.el));
  for (const [label, role] of scan.roleLabels) {
    for (let el = label.parentElement; el !== null; el = el.parentElement) {
      if (!blockSet.has(el)) continue;
      roleLabels.set(el, [...(roleLabels.get(el) ?? []), role === 'user' ? 'You said:' : 'Assistant said:']);
      break;
    }
  }
  const blockEdges = new BlockEdges(blocks, scan);
  // Passes from each edge while the last found labels: a sender's name, then a stamp beside it (a header row may
  // print an avatar's glyph, the name and a time in turn).
  let isStripping = true;
  for (let pass = 0; pass < maxEdgePasses && (isStripping || pass % 2 === 1); pass++) {
    const fromEnd = pass % 2 === 1;
    // A round is a pass from the top and one from the bottom; another follows only if this one found labels (and
    // two rounds always run, as a name's and a stamp's passes did before).
    if (!fromEnd) isStripping = pass < 2;
    const edges = blocks.map((_, i) => blockEdges.text(i, fromEnd));
    const counts = new Map<string, number>();
    for (const edge of edges) if (edge !== null) counts.set(edge.text, (counts.get(edge.text) ?? 0) + 1);
    edges.forEach((innermost, i) => {
      if (innermost === null) return;
      const block = blocks[i]!.el;
      const role = fromEnd ? undefined : labelRole(innermost.text);
      const mayBeRepeated = (counts.get(innermost.text) ?? 0) >= 2;
      const mayBeAvatar = !fromEnd && isInitials(innermost.text);
      const mayBeMetric = fromEnd && isMetricNote(innermost.text);
      if (role === undefined && !isMetaLine(innermost.text) && !mayBeRepeated && !mayBeAvatar && !mayBeMetric) return;
      const edge = widen(innermost, block, scan);
      const isRepeated = mayBeRepeated && !contentLabelTags.has(edge.el.localName);
      const isAvatar = mayBeAvatar && !contentLabelTags.has(edge.el.localName);
      const isMetric = mayBeMetric && !contentLabelTags.has(edge.el.localName) && !isHeadingTag(edge.el.localName);
      if (role === undefined && !isMetaLine(edge.text) && !isRepeated && !isAvatar && !isMetric) return;
      scan.chrome.add(edge.el);
      blockEdges.changed(i);
      // A message that is only this text (a prompt "Thanks" sent twice) keeps it.
      if (!hasContentText(block, scan)) {
        scan.chrome.delete(edge.el);
        return;
      }
      isStripping = true;
      if (isRepeated) repeatedLabels(scan).add(edge.text);
      if (role === 'user' || role === 'assistant') roleLabels.set(block, [...(roleLabels.get(block) ?? []), edge.text]);
    });
  }
  // A screen-reader heading that names the writer and then repeats the message or its title, however long
  // ("You said: Plan a two-week unit…" above the visible prompt, "Claude responded: Day 3 exit ticket"; Claude
  // 2026-10): chrome, and evidence of the role even when the markup that hid it was renamed.
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    // The writer's name and its colon open the heading: its head is read first, and all of it only when it names
    // a writer (reading 4,000 characters of every message was a tenth of the reader's time on a 400-turn page).
    const start = blockEdges.parent(i, false);
    const named = start === null ? null : spokenName.exec(visibleText(start, scan, spokenNameChars));
    if (named === null || !isWriterName(named[1]!)) continue;
    const innermost = blockEdges.text(i, false, maxSpokenLabelChars);
    const spoken = innermost === null ? null : spokenLabel.exec(innermost.text);
    if (innermost === null || spoken === null) continue;
    const role = labelRole(`${spoken[1]!}:`);
    if (role !== 'user' && role !== 'assistant') continue;
    const edge = widen(innermost, block.el, scan, maxSpokenLabelChars);
    // Its closing stop left out: a heading may end the prompt's first clause with one where the prompt goes on ("You
    // said: Plan the science fair for my grade 5 class." over "…grade 5 class: a timeline for students…").
    const repeated = spoken[2]!.slice(0, 60).replace(/[.…:;!?]+$/u, '');
    const rest = visibleText(block.el, scan, edge.text.length + maxSpokenLabelChars).slice(edge.text.length);
    // "You said: …" must repeat the visible prompt (a typed "User: …" prompt is content); "<name> responded: <title>"
    // names the writer in its own words, and its title may be printed nowhere else.
    const isWriterSentence = role === 'assistant' && /\s\S+$/.test(spoken[1]!.trim());
    if (!isWriterSentence && !rest.includes(repeated)) continue;
    scan.chrome.add(edge.el);
    blockEdges.changed(i);
    if (!hasContentText(block.el, scan)) {
      scan.chrome.delete(edge.el);
      continue;
    }
    roleLabels.set(block.el, [...(roleLabels.get(block.el) ?? []), `${spoken[1]!}:`]);
  }
  stripRepeatedTopDisclaimers(blocks, blockEdges, scan);
  stripPageTitleChips(blocks, blockEdges, scan);
  stripFileCardsAtTop(blocks, blockEdges, scan);
  // A disclaimer printed under the last answer, inside its block ("Claude can make mistakes…"), or a note where the
  // answer's sources would be listed saying there are none (the list itself is a source list: stripSourceList), or a
  // statistics line ("112 words · 1.9 s · 163 tokens", "Token Speed: 23.8 t/s": statistics-line.ts).
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const innermost = blockEdges.text(i, true, maxDisclaimerChars);
    if (innermost === null) continue;
    const isNote = isDisclaimer(innermost.text) || isNoSourcesNote(innermost.text);
    if (!isNote && !isStatisticsLine(innermost.text)) continue;
    const edge = widen(innermost, block.el, scan, maxDisclaimerChars);
    // A statistics line is a bare note: a paragraph or list item of measures is the answer's (a table of results).
    if (!isNote && contentLabelTags.has(edge.el.localName)) continue;
    scan.chrome.add(edge.el);
    blockEdges.changed(i);
    if (!hasContentText(block.el, scan)) scan.chrome.delete(edge.el);
  }
  return roleLabels;
}

/**
 * A badge warning that the text is AI-made, printed in the header of every answer ("AI-generated content may be
 * incorrect" beside the sender's name and time): once the name and time are stripped it opens each answer. The
 * same warning at the top of two messages or more is the tool's; an answer's own first sentence is not repeated.
 */
function stripRepeatedTopDisclaimers(blocks: readonly MessageBlock[], blockEdges: BlockEdges, scan: PageScan): void {
  const edges = blocks.map((_, i) => {
    const edge = blockEdges.text(i, false, maxDisclaimerChars);
    return edge !== null && isDisclaimer(edge.text) ? edge : null;
  });
  const counts = new Map<string, number>();
  for (const edge of edges) if (edge !== null) counts.set(edge.text, (counts.get(edge.text) ?? 0) + 1);
  edges.forEach((innermost, i) => {
    if (innermost === null || (counts.get(innermost.text) ?? 0) < 2) return;
    const block = blocks[i]!.el;
    const edge = widen(innermost, block, scan, maxDisclaimerChars);
    if (contentLabelTags.has(edge.el.localName)) return;
    scan.chrome.add(edge.el);
    blockEdges.changed(i);
    if (!hasContentText(block, scan)) scan.chrome.delete(edge.el);
  });
}

// The longest page title a context chip is compared with.
const maxChipTitleChars = 80;

/**
 * A chip at the top of a message naming the page it was asked about ("📝 Persuasive Writing Rubric – Grade 8" in a
 * prompt written beside that page): the page's own title, shown by the tool, not the teacher's words. Only a bare
 * label (no paragraph or heading of the message's Markdown) whose whole text is the document's title.
 */
function stripPageTitleChips(blocks: readonly MessageBlock[], blockEdges: BlockEdges, scan: PageScan): void {
  const title = (blocks[0]?.el.ownerDocument?.title ?? '').replace(/\s+/g, ' ').trim();
  if (title.length < 4 || title.length > maxChipTitleChars) return;
  for (let i = 0; i < blocks.length; i++) {
    const innermost = blockEdges.text(i, false, maxChipTitleChars);
    if (innermost === null || innermost.text !== title) continue;
    const block = blocks[i]!.el;
    const edge = widen(innermost, block, scan, maxChipTitleChars);
    if (contentLabelTags.has(edge.el.localName) || isHeadingTag(edge.el.localName)) continue;
    scan.chrome.add(edge.el);
    blockEdges.changed(i);
    if (!hasContentText(block, scan)) scan.chrome.delete(edge.el);
  }
}

// The longest file card read at a message's top: a type badge, a long file name and its size.
const maxFileCardChars = 160;

/**
 * The cards of files sent with a prompt, above its words ("PDF" over "density-lab-sheet.pdf"): what was sent, not
 * what was said (attachment-chips.ts). The largest wrapper at the message's top whose whole text is one file's card;
 * never inside a paragraph, list or heading of the message's Markdown (a prompt naming a file in its own sentence or
 * list).
 */
function stripFileCardsAtTop(blocks: readonly MessageBlock[], blockEdges: BlockEdges, scan: PageScan): void {
  for (let i = 0; i < blocks.length; i++) {
    const innermost = blockEdges.text(i, false, maxFileCardChars);
    if (innermost === null) continue;
    const block = blocks[i]!.el;
    let card: Element | null = null;
    for (let el: Element | null = innermost.el; el !== null && el !== block; el = el.parentElement) {
      // The message's own Markdown (a list item, a list, a paragraph) is its words, and so is all around it.
      if (contentLabelTags.has(el.localName) || isHeadingTag(el.localName) || /^[ou]l$/.test(el.localName)) break;
      const text = visibleText(el, scan, maxFileCardChars + 1);
      if (text.length > maxFileCardChars) break;
      if (isFileCardText(text)) card = el;
    }
    if (card === null) continue;
    scan.chrome.add(card);
    blockEdges.changed(i);
    if (!hasContentText(block, scan)) scan.chrome.delete(card);
  }
}

function isHeadingTag(tag: string): boolean {
  return tag.length === 2 && tag[0] === 'h' && tag[1]! >= '1' && tag[1]! <= '6';
}

const repeatedLabelTexts = new WeakMap<PageScan, Set<string>>();

/**
 * The texts stripEdgeLabels moved to the chrome as labels repeated at several messages' edges (a sender's name, a
 * badge): where such a text was read as a message of its own (a sender row read apart from its answer's body), it is
 * that label again, not the answer's words.
 */
export function repeatedLabels(scan: PageScan): Set<string> {
  let texts = repeatedLabelTexts.get(scan);
  if (texts === undefined) repeatedLabelTexts.set(scan, (texts = new Set()));
  return texts;
}

function isWriterName(name: string): boolean {
  const role = labelRole(`${name}:`);
  return role === 'user' || role === 'assistant';
}

/**
 * Chrome inside the messages found from the page's markup index (one query for the whole reading): controls and
 * live regions by their markup, captions repeating a control's label ("Edit in a page" beside its button), the
 * body of a thinking panel beside its toggle, progress groups. None of the checks reads the chrome found by
 * another, so their order does not matter. Links, footnotes and landmarks are told apart as the serializer's walk
 * reaches them (inlineChromeMatcher); attachment cards, by their text, once a turn's text is known to hold a card's
 * separator (serialize-turns.ts, stripAttachmentCards).
 */
export function stripInlineChrome(column: Element, scan: PageScan): void {
  const { all, kinds } = scan.markup;
  const [start, end] = rangeInside(all, column);
  const rows = new Set<Element>();
  for (let i = start; i < end; i++) {
    const kind = kinds[i]!;
    if (kind === 0) continue;
    const el = all[i]!;
    if (kind & markupKind.chrome) scan.chrome.add(el);
    if (kind & markupKind.button) {
      stripControlCaption(el, scan);
      if (el.hasAttribute('aria-expanded')) {
        stripSourceList(el, column, scan);
        stripSourcePanel(el, column, scan);
      }
      const row = el.parentElement;
      if (row !== null && row !== column && !rows.has(row)) {
        rows.add(row);
        stripActionRowNotes(row, scan);
      }
    }
    if (kind & markupKind.status) stripStatusGroup(el, column, scan);
  }
}

const footnoteNumber = /^\s*\[?\d{1,3}\]?\s*$/;
// inlineChromeMatcher's flags of a link text and target, kept for texts up to `maxMemoText` characters (a pill is at
// most 60 once trimmed; longer texts are prose links, each checked on its own).
const mayHoldLabel = 1;
const pill = 2;
const maxMemoText = 80;

/**
 * Chrome the serializer's walk recognises as it reaches each element: landmarks and controls by tag, citation pills,
 * screen-reader notes inside links ("Opens in a new tab"), footnote numbers and file chips (attachment-chips.ts). Decided where the walk goes only
 * (a query for links and footnotes over the whole column tried its selectors on every element of the page, KaTeX's
 * hidden glyphs included). The walk reaches a link before its children.
 */
export function inlineChromeMatcher(): (el: Element, tag?: string) => boolean {
  const linkNotes = new Set<Element>();
  // What a short link text and target make of a link, once per pair: pages cite the same few sources in every
  // sentence (the 400-turn Perplexity page: 24,000 pills), and both checks are a few regular expressions over them.
  // By target, then text: a key joining both was a new string per link, flattened to be hashed (26,000 per reading).
  const linkFlags = new Map<string, Map<string, number>>();
  return (el, tagName) => {
    if (linkNotes.size > 0 && linkNotes.has(el)) return true;
    const tag = tagName ?? el.localName;
    if (isChromeTag(tag)) return true;
    if (tag === 'a') {
      const href = el.getAttribute('href');
      if (href === null) return false;
      // The link's text is read once, for its children's labels and for the pill check: each DOM call costs, and
      // pages cite a source in every sentence (26,000 links on the 400-turn Perplexity page).
      const text = el.textContent ?? '';
      let byText: Map<string, number> | undefined;
      if (text.length <= maxMemoText) {
        byText = linkFlags.get(href);
        if (byText === undefined) linkFlags.set(href, (byText = new Map()));
      }
      let flags = byText?.get(text);
      if (flags === undefined) {
        flags = (mayHoldChromeLabel(text) ? mayHoldLabel : 0) | (isCitationPill(el, text, href) ? pill : 0);
        byText?.set(text, flags);
      }
      if (flags & mayHoldLabel) {
        for (let child = el.firstElementChild; child !== null; child = child.nextElementSibling) {
          if (labelRole(child.textContent ?? '') === 'none') linkNotes.add(child);
        }
      }
      // A file chip's link (its name and size) is decided per element: whether it stands in a sentence is its place.
      return (flags & pill) !== 0 || isFileChipLink(el, text);
    }
    if (tag === 'ul' || tag === 'ol') return isAttachmentList(el) || namesSources(el.getAttribute('aria-label') ?? '');
    return tag === 'sup' && footnoteNumber.test(el.textContent ?? '');
  };
}

// A note in a row of controls: a cost, a timing, a count ("96 points", "6.1s", "2 of 3"). Longer texts are prose.
const maxRowNoteChars = 24;
const maxRowNoteWords = 3;
const maxRowNotes = 2;
// The longest row note read to tell a feedback question (labelRole reads labels up to 40 characters).
const maxRowQuestionChars = 40;

function isControl(el: Element): boolean {
  return el.localName === 'button' || el.getAttribute('role') === 'button';
}

/**
 * Short notes standing in a row of controls (a message's action bar: Copy, Retry, Like … and "96 points" or "6.1s"):
 * the row is chrome, and so is a note in it, whatever its words. Only a row of two controls or more whose other
 * children are all one or two short notes: a sentence with a button in it keeps its words. A code block's header
 * (a language label beside Copy and Wrap, right before the code) is left to the serializer, which keeps the label
 * as the fence's language.
 */
function stripActionRowNotes(row: Element, scan: PageScan): void {
  let controls = 0;
  const notes: Element[] = [];
  for (let child = row.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (isControl(child)) {
      controls++;
      continue;
    }
    if (child.localName === 'svg' || scan.chrome.has(child)) continue;
    const text = visibleText(child, scan, maxRowQuestionChars + 1);
    if (text === '') continue;
    const isLong = text.length > maxRowNoteChars || text.split(' ').length > maxRowNoteWords;
    // The row's own question asked of its buttons ("¿Te resultó útil esta respuesta?" over Sí / No) is a note at
    // any length: labelRole knows it (page-chrome.ts).
    if ((isLong && labelRole(text) !== 'none') || notes.length >= maxRowNotes) return;
    notes.push(child);
  }
  // A row of one control is neither a chip row nor a row of notes: its place is not looked at (each look climbs the
  // row's ancestors, for each of the thousands of rows of a 400-turn page).
  if (controls < 2) return;
  if (notes.length === 0) {
    // A code block's header is no chip row: its language label ("python") is the fence's language.
    if (!hasOwnRowText(row) && !isCodeHeader(row) && row.closest('pre') === null) stripChipCaption(row, scan);
    return;
  }
  if (hasOwnRowText(row) || isCodeHeader(row)) return;
  for (const note of notes) scan.chrome.add(note);
}

// A caption over a row of chips: a few words ("Try asking", "Suggested"), no sentence.
const maxChipCaptionChars = 30;
const maxChipCaptionWords = 4;
const chipCaptionContent = 'p,li,ul,ol,table,pre,blockquote,h1,h2,h3,h4,h5,h6';

/**
 * The caption right before a row of chips (suggested questions under a greeting, quick replies): the tool's, like
 * the chips. Only a short caption that is no sentence (a question or a lead-in of the answer's own ends with
 * punctuation) and no Markdown block (an answer's words are rendered in paragraphs; a caption is a bare label).
 */
function stripChipCaption(row: Element, scan: PageScan): void {
  const caption = row.previousElementSibling;
  if (caption === null || scan.chrome.has(caption) || isChromeTag(caption.localName)) return;
  if (caption.matches(chipCaptionContent) || caption.querySelector(chipCaptionContent) !== null) return;
  const text = visibleText(caption, scan, maxChipCaptionChars + 1);
  if (text === '' || text.length > maxChipCaptionChars || text.split(' ').length > maxChipCaptionWords) return;
  if (/[.!?¿¡:;,]/.test(text)) return;
  scan.chrome.add(caption);
}

function hasOwnRowText(row: Element): boolean {
  for (let node = row.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === 3 && (node as Text).data.trim() !== '') return true;
  }
  return false;
}

/** A row right before a code block (or inside its frame, the code after it): a code header. */
function isCodeHeader(row: Element): boolean {
  for (let at: Element | null = row, up = 0; at !== null && up < 2; at = at.parentElement, up++) {
    const next = at.nextElementSibling;
    if (next !== null && (next.localName === 'pre' || next.firstElementChild?.localName === 'pre')) return true;
  }
  return false;
}

// The most characters outside the links of a source item, per link: its index ("12") or an icon's letter.
const maxItemCharsPerLink = 4;

/**
 * A disclosure's list of sources under an answer: a toggle ("2 references", "6 sources", an icon) beside items that
 * are each nothing but a link (with an index or an icon's letter). Issue 8 counts reference lists as chrome; a class
 * name told it on the page it was seen on (a redesign renamed it, 2026-12-01). A list of links the answer writes
 * sits in its Markdown with no toggle beside it, and a group holding anything but link items (the answer's text)
 * stays.
 */
function stripSourceList(toggle: Element, column: Element, scan: PageScan): void {
  const group = toggle.parentElement;
  if (group !== null && group !== column && isSourceList(toggle, group, scan)) scan.chrome.add(group);
}

function isSourceList(toggle: Element, group: Element, scan: PageScan): boolean {
  let items = 0;
  for (let child = group.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (child === toggle || isControl(child) || scan.chrome.has(child)) continue;
    if (!isLinkItem(child, scan)) return false;
    items++;
  }
  return items > 0;
}

/**
 * A block that is nothing but a source list (stripSourceList): found as a message of its own where the answer's
 * parts were read as messages, it is no turn. Asked of blocks whose role no evidence gave.
 */
export function isSourceListBlock(block: Element, scan: PageScan): boolean {
  const captioned = captionedSourceList(block, scan);
  if (captioned !== null) return edgeContentText(block, scan, false, (text) => !captioned.contains(text)) === null;
  for (const button of scan.markup.buttonsInside(block)) {
    if (!button.hasAttribute('aria-expanded')) continue;
    const group = button.parentElement;
    if (group === null || !isSourceList(button, group, scan)) return false;
    return edgeContentText(block, scan, false, (text) => !group.contains(text)) === null;
  }
  return false;
}

// A caption naming the sources listed after it ("Sources", "Fuentes:"), or counting them ("2 fuentes", "1 source"): a
// tool's, not the answer's words.
const sourcesCaption =
  /^(\d{1,3} )?(sources?|fuentes?|references?|referencias?|citations?|citas?|quellen|learn more|más información|en savoir plus)\s*:?$/i;
const maxCaptionChars = 24;
// How many ancestors of a message's last text a captioned source list is looked for in (text, link, card, list, its
// wrapper, the panel holding the caption).
const maxSourceListDepth = 6;

/**
 * A list of sources closing a message: a group whose first part is a caption naming sources ("Sources", "Fuentes:")
 * and whose other parts are each nothing but a link (a card with the article's title, a tag). Issue 8 counts
 * reference lists as chrome; where a disclosure toggle stands for the caption, stripSourceList finds it. A list of
 * links the answer writes has its own words before it, in a sentence, not a caption alone. Looked for only among the
 * few ancestors of the message's last text: the list closes the message.
 */
function captionedSourceList(block: Element, scan: PageScan): Element | null {
  let at = edgeContentText(block, scan, true)?.parentElement ?? null;
  for (let depth = 0; at !== null && at !== block && depth < maxSourceListDepth; depth++, at = at.parentElement) {
    if (isCaptionedSourceList(at, scan)) return at;
  }
  return null;
}

function isCaptionedSourceList(group: Element, scan: PageScan): boolean {
  let hasCaption = false;
  let items = 0;
  for (let child = group.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (isControl(child) || scan.chrome.has(child) || !hasContentText(child, scan)) continue;
    if (!hasCaption) {
      if (!sourcesCaption.test(visibleText(child, scan, maxCaptionChars + 1))) return false;
      hasCaption = true;
    } else if (isLinkItem(child, scan)) items++;
    else return false;
  }
  return items > 0 && !hasOwnRowText(group);
}

/**
 * Moves the captioned source list closing each message to the chrome (captionedSourceList); a message that is
 * nothing but one is left whole (isSourceListBlock drops it where its role is not evident).
 */
export function stripSourceCaptionLists(blocks: readonly MessageBlock[], scan: PageScan): void {
  for (const { el } of blocks) {
    const list = captionedSourceList(el, scan);
    if (list === null) continue;
    scan.chrome.add(list);
    if (!hasContentText(el, scan)) scan.chrome.delete(list);
  }
}

function isLinkItem(el: Element, scan: PageScan): boolean {
  const links = el.localName === 'a' ? [el] : Array.from(el.getElementsByTagName('a'));
  if (links.length === 0) return false;
  let linked = 0;
  for (const link of links) linked += visibleText(link, scan, 200).length;
  const text = visibleText(el, scan, linked + maxItemCharsPerLink * links.length + 1);
  return text.length - linked <= maxItemCharsPerLink * links.length;
}

function stripControlCaption(button: Element, scan: PageScan): void {
  const label = (button.getAttribute('aria-label') ?? button.textContent ?? '').trim();
  if (label === '') return;
  if (isThinkingToggle(label)) {
    for (let next = button.nextElementSibling; next !== null; next = next.nextElementSibling) scan.chrome.add(next);
    return;
  }
  const parent = button.parentElement;
  if (parent === null) return;
  for (let sibling = parent.firstElementChild; sibling !== null; sibling = sibling.nextElementSibling) {
    if (sibling !== button && isTextOf(sibling, label)) scan.chrome.add(sibling);
  }
}

/**
 * Whether `el.textContent.trim()` is `text` (trimmed, not empty), reading `el`'s text only as far as it can still be:
 * a button's siblings are often whole messages or code blocks, and their textContent, built in full to be compared
 * with a word or two, was most of stripping inline chrome on the 400-turn pages (4,400 buttons on ChatGPT's).
 * `el`'s text trimmed at the start, up to any point and trimmed at the end, is the start of its whole text trimmed.
 */
function isTextOf(el: Element, text: string): boolean {
  let read = '';
  let node: Node | null = el.firstChild;
  while (node !== null) {
    const type = node.nodeType;
    // textContent is the data of the Text and CDATA nodes inside, in document order (comments add nothing).
    if (type === 3 || type === 4) {
      read += (node as CharacterData).data;
      if (!text.startsWith(read.trim())) return false;
    } else if (type === 1 && node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    node = nextInWalk(node, el);
  }
  return read.trim() === text;
}

// The subtitle of an attachment or side-document card ("Document ∙ Version 1", "PDF · 2 pages").
const cardSubtitle =
  /^(document|code|file|artifact|canvas|image|pdf|spreadsheet|presentation|html|text)\s*[∙·•|]\s*(version \d+|\d+ pages?|[\p{L}\d .-]{1,20})$/iu;
/** The separator every card subtitle holds: a turn whose text has none holds no card. */
export const cardHint = /[∙·•]/;

/**
 * Cards standing for a side document or an attachment inside an answer: a short title over a subtitle naming its
 * kind. The document's own text is read elsewhere (or not at all); the card's two lines are not the answer. Asked
 * only about the messages of a turn whose serialized text holds a subtitle's separator (serialize-turns.ts): reading
 * every message's text natively to look for one cost a thirtieth of the reading on the 400-turn pages, where no
 * turn holds a card. Only messages whose own text holds the separator are walked. Returns the cards added to the
 * chrome.
 */
export function stripAttachmentCards(blocks: readonly Element[], scan: PageScan): Element[] {
  const cards: Element[] = [];
  for (const block of blocks) {
    if (!cardHint.test(block.textContent ?? '')) continue;
    const walker = block.ownerDocument.createTreeWalker(block, 4);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const data = (node as Text).data;
      if (data.length > 40 || !cardHint.test(data)) continue;
      const subtitle = node.parentElement;
      const card = subtitle?.parentElement;
      const subtitleText = (subtitle?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const match = cardSubtitle.exec(subtitleText);
      if (subtitle == null || card == null) continue;
      if (match === null) {
        // A card for the app's own object, with its buttons (tool-cards.ts): the tool's as a whole.
        const toolCard = toolCardOf(subtitle, subtitleText, scan);
        if (toolCard !== null && !scan.chrome.has(toolCard)) {
          scan.chrome.add(toolCard);
          cards.push(toolCard);
        }
        continue;
      }
      // A file the answer sends ("PDF · 184 KB"): its title and description are the answer's (file-cards.ts).
      if (namesFileSize(match[2]!)) {
        if (scan.chrome.has(subtitle)) continue;
        for (const part of fileCardChrome(card, subtitle, scan)) {
          scan.chrome.add(part);
          cards.push(part);
        }
        continue;
      }
      if ((card.textContent ?? '').length <= 160 && !scan.chrome.has(card)) {
        scan.chrome.add(card);
        cards.push(card);
      }
    }
  }
  return cards;
}

/**
 * Progress groups inside an answer: a live status announcement beside a disclosure row and its details ("Thought
 * for 6s" ▸ the model's draft, "Searched the web" ▸ the queries; Claude 2026-10). The announcement's container,
 * when it also holds the disclosure button, is the whole group; the answer's text lies outside it.
 */
function stripStatusGroup(status: Element, column: Element, scan: PageScan): void {
  const group = status.parentElement;
  if (group === null || group === column) return;
  if (group.querySelector('button[aria-expanded],[role="button"][aria-expanded]') === null) return;
  scan.chrome.add(group);
}
