import type { ExtractedConversation } from '../../model/conversation';
import type { SiteId } from '../../model/site';
import { AdapterError } from '../types';
import { stripAnswerPreambles } from './answer-preamble';
import { avatarSides } from './avatar-side';
import { classifyRoles, type ClassifiedBlock } from './classify-roles';
import { conversationOfTurns } from './conversation-meta';
import { findMessages } from './find-messages';
import { findGreetings } from './greeting';
import { sidedBlocks } from './layout-side';
import { hasWrittenText } from './message-words';
import { noConversationError } from './messages';
import { hasShownText, isChromeElement, isInsideChrome, scanPage, visibleText, type PageScan } from './page-scan';
import { inReadingOrder } from './reading-order';
import { serializeTurns } from './serialize-turns';
import { withoutStatisticsRows } from './statistics-rows';
import { findTranscriptTable, readTranscriptTable } from './transcript-table';
import { findThreadAnchors, isChatDialog, type ThreadAnchor } from './thread-anchors';
import {
  isSourceListBlock,
  repeatedLabels,
  stripEdgeLabels,
  stripInlineChrome,
  stripSourceCaptionLists,
} from './strip-chrome';

/** Why the structural reader believes what it read, for tests and for the plausibility check. */
export interface StructuralReading {
  /** The conversation read, with `reader: 'structural'`; null when no conversation was found. */
  readonly conversation: ExtractedConversation | null;
  /** 0…1: how sure the reader is that these are the page's prompts and answers. */
  readonly confidence: number;
  /** Short human-readable reasons ("composer after the column", "roles alternate", …). */
  readonly reasons: readonly string[];
}

export interface StructuralReadOptions {
  /** The site id to store under: a known site's id when used as its fallback, `web` elsewhere. */
  readonly site?: Exclude<SiteId, 'selection'>;
}

/**
 * Reads the conversation from any chat page's DOM by structure and semantics alone: no host names, site class
 * names or site attribute names. Pure: the document in, turns out. Never executes or keeps the page's HTML:
 * only text and Markdown leave it.
 * @throws AdapterError('unrecognised-page') when the page holds no conversation.
 */
export function readStructurally(doc: Document, url: URL, options: StructuralReadOptions = {}): StructuralReading {
  const body = doc.body ?? doc.documentElement;
  if (body === null) throw noConversationError();
  const scan = scanPage(body);
  // A transcript table (one row per turn: speaker, message) is read row by row where it shows the conversation.
  const transcript = findTranscriptTable(body, scan);
  const byTable = (main: ExtractedConversation | null) =>
    transcript === null ? null : readTranscriptTable(doc, url, options.site ?? 'web', scan, transcript, main);
  try {
    const reading = readRegion(doc, url, options, body, scan);
    return byTable(reading.conversation) ?? reading;
  } catch (error) {
    if (!isNoConversation(error)) throw error;
    const tableReading = byTable(null);
    if (tableReading !== null) return tableReading;
    // The page's main text held no conversation: a chat embedded in a bigger page (a block in a sidebar) is read
    // from beside its composer or from its log region, each read as if it were the page.
    for (const anchor of findThreadAnchors(body, scan)) {
      try {
        return readRegion(doc, url, options, anchor.root, anchoredScan(scan, anchor.composer), anchor);
      } catch (anchoredError) {
        if (!isNoConversation(anchoredError)) throw anchoredError;
      }
    }
    throw error;
  }
}

/**
 * The blocks from the first prompt on, with the tool's greeting before it (greeting.ts). A conversation opens with
 * the teacher's prompt: other answers before it are the tool's own cards (a welcome card with starter prompts, a
 * bot's profile card, a notebook's summary of its sources), which a teacher would have to delete from every trace.
 * Kept whole when no answer follows the first prompt.
 */
function fromFirstPrompt(blocks: readonly ClassifiedBlock[]): readonly ClassifiedBlock[] {
  const first = blocks.findIndex((block) => block.role === 'user');
  if (first <= 0) return blocks;
  for (let i = first + 1; i < blocks.length; i++) {
    if (blocks[i]!.role !== 'assistant') continue;
    const greetings = findGreetings(blocks);
    return blocks.filter((_, at) => at >= first || greetings.has(at));
  }
  return blocks;
}

// A sender's name row: a tool's or model's name, a few words at most ("Qwen3-Max", "Copilot").
const maxNameChars = 30;
const maxNameWords = 3;

/**
 * Without the sender's name rows read as parts of answers: where an answer's parts were read apart (its header's
 * markup names the model), the header is a part of its own before the answer's body. A short text standing alone
 * before another part of an answer, the same each time it does (or the same as a label stripped from other
 * messages' edges: the badge beside the sender's name): a name, not the answer's words. One such part (a lead line
 * before a table) stays.
 */
function withoutNameRows(blocks: readonly ClassifiedBlock[], scan: PageScan): readonly ClassifiedBlock[] {
  const names = new Map<number, string>();
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < blocks.length; i++) {
    if (blocks[i]!.role !== 'assistant' || blocks[i + 1]!.role !== 'assistant') continue;
    const text = visibleText(blocks[i]!.el, scan, maxNameChars + 1);
    if (text.length > maxNameChars || text.split(' ').length > maxNameWords) continue;
    names.set(i, text);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  if (names.size === 0) return blocks;
  const labels = repeatedLabels(scan);
  return blocks.filter((_, i) => {
    const name = names.get(i);
    return name === undefined || ((counts.get(name) ?? 0) < 2 && !labels.has(name));
  });
}

function isNoConversation(error: unknown): boolean {
  return error instanceof AdapterError && error.code === 'unrecognised-page';
}

/** The page's scan for reading a region: its composer is the anchor's, and nothing read of the page is reused. */
function anchoredScan(scan: PageScan, composer: Element | null): PageScan {
  return { ...scan, composer, roleLabels: new Map(), notLabels: new Set(), cache: new Map() };
}

/**
 * Reads the conversation from `root`: the page's body, or a region anchored by a composer or log region
 * (`anchor`: the region was found as a chat's, which counts as its composer when it has none inside).
 */
function readRegion(
  doc: Document,
  url: URL,
  options: StructuralReadOptions,
  root: Element,
  scan: PageScan,
  anchor?: ThreadAnchor,
): StructuralReading {
  const isAnchored = anchor !== undefined;
  const found = findMessages(root, scan);
  // A conversation has a prompt and an answer at least: one block is a page, not a chat.
  if (found === null || found.blocks.length < 2) throw noConversationError();
  const labels = stripEdgeLabels(found.blocks, scan);
  stripSourceCaptionLists(found.blocks, scan);
  // A block showing no text is no message: chrome alone, or a collapsed panel read apart from its answer; nor is one
  // showing only punctuation (a control row's separator: message-words.ts).
  // In reading order: a virtual list's recycled rows are placed by their offsets, not their order (reading-order.ts).
  const ordered = inReadingOrder(
    found.blocks.filter((block) => hasShownText(block.el, scan) && hasWrittenText(block.el, scan)),
    found.column,
  );
  // In a chat laid out by sides, a centred row is the tool's notice, not a turn (layout-side.ts).
  const sided = sidedBlocks(ordered, found.column);
  const blocks = sided?.blocks ?? ordered;
  const classification = classifyRoles(
    blocks,
    labels,
    (el, block) => isChromeElement(el, scan) || isInsideChrome(el, block, scan),
    scan.actions,
    () => avatarSides(blocks, scan),
    sided?.sides,
  );
  // A page is a conversation when it holds prompts and answers, and either something on it names roles or a
  // composer follows several blocks that alternate between plain and rendered text.
  const roles = new Set(classification.blocks.map((block) => block.role));
  const isMarked = classification.markedShare > 0;
  const hasComposer = scan.composer !== null || isAnchored;
  // Counted from the page's first block, not the first prompt: an article above a comment box, read as an answer,
  // leaves comments that alternate plain and rendered no chat (thread-anchors.test.ts). A greeting built as the
  // later answers are and unlike the prompts (greeting.ts) shows a chat opening with the tool's turn, whatever card
  // comes before it.
  const isPlainChat =
    hasComposer &&
    (classification.blocks.length >= 4 || found.hasExchangeShape) &&
    (classification.blocks[0]?.role === 'user' || findGreetings(classification.blocks).size > 0) &&
    classification.blocks.some((block) => block.role === 'assistant' && block.isEvident) &&
    (anchor?.isInDialog !== true || isChatDialog(root, classification.blocks));
  if (roles.size < 2 || (!isMarked && !isPlainChat)) throw noConversationError();

  stripInlineChrome(found.column, scan);
  // A source list read apart from its answer (a toggle and its links) is no message.
  const messages = withoutStatisticsRows(
    withoutNameRows(
      fromFirstPrompt(classification.blocks.filter((block) => block.isEvident || !isSourceListBlock(block.el, scan))),
      scan,
    ),
    scan,
  );
  stripAnswerPreambles(messages, scan);
  const turns = serializeTurns(found.column, messages, scan, url.href);
  if (turns.length === 0) throw noConversationError();
  return conversationOfTurns(doc, url, options.site ?? 'web', found.column, {
    turns,
    evidentShare: classification.evidentShare,
    hasComposer,
    seen: classification.seen,
  });
}
